package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/doc"
)

// headingScale holds the document's body font size and the larger sizes
// that make headings, largest first.
type headingScale struct {
	body  float64
	sizes []float64
}

const (
	headingRatio = 1.15 // a heading is this much larger than body text
	maxHeadLines = 3
	maxHeadRunes = 200
	maxBoldRunes = 100
	maxBoldLines = 2
)

func round(size float64) float64 { return math.Round(size*2) / 2 }

// newHeadingScale finds the body size (the size of most characters) and
// the distinct sizes of short paragraphs above it.
func newHeadingScale(pages []pageItems) headingScale {
	weight := map[float64]int{}
	for _, p := range pages {
		for _, it := range p.items {
			for _, l := range it.para.lines {
				weight[round(l.size)] += utf8.RuneCountInString(l.text)
			}
		}
	}
	var hs headingScale
	best := -1
	for s, w := range weight {
		if w > best || w == best && s < hs.body {
			hs.body, best = s, w
		}
	}
	seen := map[float64]bool{}
	for _, p := range pages {
		for _, it := range p.items {
			if s := round(it.para.size()); hs.isHeading(it) && !seen[s] {
				seen[s] = true
				hs.sizes = append(hs.sizes, s)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(hs.sizes)))
	return hs
}

func (hs headingScale) isHeading(it item) bool {
	p := it.para
	text := p.text()
	return it.kind == doc.Paragraph && len(p.lines) > 0 && len(p.lines) <= maxHeadLines &&
		utf8.RuneCountInString(text) <= maxHeadRunes && p.size() >= headingRatio*hs.body &&
		strings.ContainsFunc(text, unicode.IsLetter)
}

// isBoldHeading reports a short bold paragraph of body size (a line, or
// two when a long title wraps) that does not read as a sentence or a
// label: a subheading.
func (hs headingScale) isBoldHeading(it item) bool {
	p := it.para
	if it.kind != doc.Paragraph || len(p.lines) == 0 || len(p.lines) > maxBoldLines || !p.bold() {
		return false
	}
	return headingText(p.text())
}

// headingText reports short text that opens with a capital or a digit and
// does not end as a sentence or a label does.
func headingText(text string) bool {
	text = strings.TrimSpace(text)
	return text != "" && utf8.RuneCountInString(text) <= maxBoldRunes && !strings.ContainsAny(lastRune(text), ".:,;") &&
		opensUpper(text) && strings.ContainsFunc(text, unicode.IsLetter)
}

// opensUpper reports text that starts with a capital or a digit.
func opensUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// level returns the heading level of a paragraph, 0 for body text: by
// size, else as a bold subheading, which ranks below every larger size.
func (hs headingScale) level(it item) int {
	if hs.isHeading(it) {
		s := round(it.para.size())
		for i, x := range hs.sizes {
			if x == s {
				return min(i+1, 3)
			}
		}
	}
	if hs.isBoldHeading(it) {
		return min(len(hs.sizes)+1, 3)
	}
	return 0
}

func (hs headingScale) block(it item, page int) doc.Block {
	b := doc.Block{Kind: it.kind, Text: it.para.text(), Page: page}
	if lv := hs.level(it); lv > 0 {
		b.Kind, b.Level = doc.Heading, lv
	}
	return b
}
