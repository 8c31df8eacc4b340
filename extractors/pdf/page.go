package pdf

import (
	"context"
	"errors"
	"fmt"

	"github.com/motebok/motebok/extractors/doc"
)

// pageReader holds what pages of one document share.
type pageReader struct {
	ctx    context.Context
	fonts  *fontCache
	budget *budget
}

func newPageReader(ctx context.Context, lim doc.Limits, warn func(string)) *pageReader {
	left := lim.MaxUncompressed
	if left <= 0 {
		left = doc.DefaultLimits.MaxUncompressed
	}
	b := &budget{left: left}
	return &pageReader{ctx: ctx, budget: b, fonts: &fontCache{fonts: map[string]*font{}, budget: b, warn: warn}}
}

// content interprets one page. A panic in the library (malformed objects)
// or an error ends the page; what was drawn until then is kept.
func (pr *pageReader) content(p pageRef, warn func(string)) (pc pageContent, err error) {
	in := newInterp(pr.ctx, pr.fonts, pr.budget, warn)
	defer func() {
		if x := recover(); x != nil {
			pc, err = in.out, fmt.Errorf("%w: %v", doc.ErrCorrupt, x)
		}
	}()
	data, rerr := pr.budget.read(p.v.Key("Contents"))
	ierr := in.run(data, p.res, 0)
	return in.out, errors.Join(rerr, ierr)
}
