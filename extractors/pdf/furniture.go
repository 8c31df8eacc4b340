package pdf

import (
	"math"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/lazy"
)

// pageText is one interpreted page: segments by text direction.
type pageText struct {
	num      int
	segs     [4][]*seg
	unmapped int
	rules    []ruling
	y0, y1   float64     // vertical extent of the page box
	kept     []doc.Block // comments, and a header or footer kept once
	err      error       // why the page's content could not be read, if it could not
}

const (
	bandShare = 0.075 // of the page height: where headers and footers live
	furnTol   = 4.0   // points a repeated header may move
)

var (
	digits     = lazy.Regexp(`\d+`)
	spaces     = lazy.Regexp(`\s+`)
	pageNumber = lazy.Regexp(`^(?:(?:side|page|s\.|p\.)\s*)?[-–(]?\s*#\s*[-–)]?\s*(?:(?:av|of|/)\s*#)?$`)
)

// furnKey is a line's text with numbers blanked, in the top or bottom band.
type furnKey struct {
	text string
	top  bool
}

func keyOf(s *seg) string {
	t := strings.ToLower(strings.TrimSpace(s.text))
	return spaces().ReplaceAllString(digits().ReplaceAllString(t, "#"), " ")
}

// dropFurniture removes page numbers and running headers and footers: lines
// in the top or bottom band whose text (numbers aside) recurs at the same
// height on at least half of the pages, two at least. The first copy of a
// header or footer that is not a page number is kept once as a block with
// Part header or footer.
func dropFurniture(pages []*pageText) {
	type seen struct {
		y     float64
		pages int
	}
	first := map[furnKey]*seen{}
	for _, p := range pages {
		done := map[furnKey]bool{}
		p.eachBand(func(s *seg, k furnKey) {
			f := first[k]
			if f == nil {
				f = &seen{y: s.y}
				first[k] = f
			}
			if !done[k] && math.Abs(s.y-f.y) <= furnTol {
				done[k] = true
				f.pages++
			}
		})
	}
	emitted := map[furnKey]bool{}
	for _, p := range pages {
		keep := p.segs[0][:0]
		drop := map[*seg]furnKey{}
		p.eachBand(func(s *seg, k furnKey) {
			f := first[k]
			if isPageNumber(s.text, p.num) || (f.pages >= 2 && 2*f.pages >= len(pages) && math.Abs(s.y-f.y) <= furnTol) {
				drop[s] = k
			}
		})
		for _, s := range p.segs[0] {
			k, ok := drop[s]
			if !ok {
				keep = append(keep, s)
				continue
			}
			if !emitted[k] && !isPageNumber(s.text, p.num) {
				emitted[k] = true
				p.kept = append(p.kept, furnBlock(s, k.top, p.num))
			}
		}
		p.segs[0] = keep
	}
}

// pageSlack is how far a printed page number may be from the page's index
// (cover pages, numbering from 0).
const pageSlack = 2

// isPageNumber reports a line that is only a page number ("3", "Side 3 av
// 10", "3/10", "- 3 -") close to the page's index; "33/25" on page 3 is not.
func isPageNumber(text string, page int) bool {
	if !pageNumber().MatchString(keyOf(&seg{text: text})) {
		return false
	}
	n, err := strconv.Atoi(digits().FindString(text))
	return err == nil && n >= page-pageSlack && n <= page+pageSlack
}

func furnBlock(s *seg, top bool, page int) doc.Block {
	part := doc.Footer
	if top {
		part = doc.Header
	}
	return doc.Block{Kind: doc.Paragraph, Text: s.text, Page: page, Part: part}
}

// eachBand calls fn for the page's segments in the top and bottom bands.
func (p *pageText) eachBand(fn func(*seg, furnKey)) {
	band := bandShare * (p.y1 - p.y0)
	for _, s := range p.segs[0] {
		switch {
		case s.y > p.y1-band:
			fn(s, furnKey{keyOf(s), true})
		case s.y < p.y0+band:
			fn(s, furnKey{keyOf(s), false})
		}
	}
}
