package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/motebok/motebok/extractors/doc"
)

// Read extracts the text of a PDF in reading order. See the package
// documentation for what it does with columns, tables and page furniture.
func Read(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error) {
	if lim.MaxFileSize > 0 && size > lim.MaxFileSize {
		return nil, fmt.Errorf("file of %d bytes: %w", size, doc.ErrLimit)
	}
	rd, _, err := open(ctx, r, size)
	if err != nil {
		return nil, err
	}
	d := &doc.Document{Format: "pdf", Meta: readMeta(rd)}
	refs, err := safePageList(rd.Trailer().Key("Root").Key("Pages"), lim.MaxPages)
	if err != nil {
		return nil, fmt.Errorf("reading page tree: %w", err)
	}
	d.Pages = len(refs)
	pages, err := readPages(ctx, refs, lim, d.Warn)
	if err != nil {
		return nil, err
	}
	if err := noText(pages); err != nil {
		return nil, err
	}
	dropFurniture(pages)
	d.Blocks = assemble(layoutPages(pages))
	if lim.MaxBlocks > 0 && len(d.Blocks) > lim.MaxBlocks {
		return nil, fmt.Errorf("%d blocks: %w", len(d.Blocks), doc.ErrLimit)
	}
	return d, nil
}

func safePageList(root lpdf.Value, maxPages int) (refs []pageRef, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("%w: %v", doc.ErrCorrupt, x)
		}
	}()
	return pageList(root, maxPages)
}

// readPages interprets every page. A failing page becomes a warning; only
// cancellation and the document's decompression budget stop the reading.
func readPages(ctx context.Context, refs []pageRef, lim doc.Limits, warn func(string)) ([]*pageText, error) {
	pr := newPageReader(ctx, lim, warn)
	out := make([]*pageText, 0, len(refs))
	for i, ref := range refs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pc, err := pr.content(ref, warn)
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		if err != nil {
			if errors.Is(err, doc.ErrLimit) && pr.budget.left <= 0 {
				return nil, fmt.Errorf("page %d: %w", i+1, err)
			}
			warn(fmt.Sprintf("page %d: %v", i+1, err))
		}
		p := newPageText(i+1, ref, pc)
		p.err = err
		out = append(out, p)
	}
	return out, nil
}

func newPageText(num int, ref pageRef, pc pageContent) *pageText {
	p := &pageText{num: num, rules: pc.rules, unmapped: pc.unmapped, kept: annotations(ref.v, num)}
	box, ok := ref.bounds()
	if ok {
		p.rules = insideBox(pc.rules, box)
	}
	p.rules = joinRulings(p.rules)
	var byDir [4][]word
	for _, w := range pc.words {
		byDir[w.dir] = append(byDir[w.dir], w)
	}
	for d := range byDir {
		p.segs[d] = segments(byDir[d], p.rules)
	}
	p.y0, p.y1 = box[1], box[3]
	if !ok {
		p.y0, p.y1 = textExtent(p.segs[0])
	}
	return p
}

func textExtent(segs []*seg) (y0, y1 float64) {
	for i, s := range segs {
		if i == 0 || s.bottom() < y0 {
			y0 = s.bottom()
		}
		if i == 0 || s.top() > y1 {
			y1 = s.top()
		}
	}
	return y0, y1
}

// noText returns an error wrapping doc.ErrNoText when no page has text,
// telling a scan apart from glyphs that lack a Unicode mapping; and one
// wrapping doc.ErrCorrupt when there are no pages or none could be read,
// which is a broken file rather than a scan.
func noText(pages []*pageText) error {
	unmapped := 0
	for _, p := range pages {
		for _, segs := range p.segs {
			if len(segs) > 0 {
				return nil
			}
		}
		unmapped += p.unmapped
	}
	switch {
	case len(pages) == 0:
		return fmt.Errorf("%w: no pages (the page tree is empty or broken)", doc.ErrCorrupt)
	case !slices.ContainsFunc(pages, func(p *pageText) bool { return p.err == nil }):
		err := pages[0].err
		if !errors.Is(err, doc.ErrCorrupt) {
			err = fmt.Errorf("%w: %w", doc.ErrCorrupt, err)
		}
		return fmt.Errorf("no page could be read; page 1: %w", err)
	case unmapped > 0:
		return fmt.Errorf("%d glyphs without a Unicode mapping: %w", unmapped, doc.ErrNoText)
	}
	return fmt.Errorf("%d pages without text: %w", len(pages), doc.ErrNoText)
}

// layoutPages lays out every page, passing the columns of a table that
// ends a page on to the next.
func layoutPages(pages []*pageText) []pageItems {
	out := make([]pageItems, 0, len(pages))
	var hint *tableHint
	for _, p := range pages {
		pi := pageItems{num: p.num, kept: p.kept}
		pi.items, hint = layout(p.segs[0], p.rules, hint)
		for d := 1; d < 4; d++ {
			if len(p.segs[d]) > 0 {
				items, _ := layout(p.segs[d], rotateRules(p.rules, uint8(d)), nil)
				pi.items = append(pi.items, items...)
			}
		}
		out = append(out, pi)
	}
	return out
}
