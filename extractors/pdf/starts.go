package pdf

import (
	"math"
	"sort"
)

// acceptedStarts keeps the row starts in sure plus those of maybe that are
// clear: a ruling separates the start from what is above, a column has
// nothing above it, the gaps above it differ between columns, or the gaps
// are plain line pitch (a grid of one-line cells). When every column goes
// on after the same paragraph gap the start may be a coincidence; it is
// kept only when the gap is the table's row gap (the smallest gap above a
// clear start: what separates the tallest cell from the next row; else the
// gap above every start, when they all have the same) or when
// it has the style of the table's clear starts: bold in the columns where
// they are all bold (the title columns; prior when this table shows none).
func (t *table) acceptedStarts(rules []ruling, sure, maybe []rowGroup, prior []bool) []rowGroup {
	out := append([]rowGroup(nil), sure...)
	var unsure []rowGroup
	for _, g := range maybe {
		if t.clearStart(g.y, rules) {
			out = append(out, g)
		} else {
			unsure = append(unsure, g)
		}
	}
	t.titles = t.titleColumns(out, prior)
	gaps := t.rowGaps(out, unsure, underHeader(sure, unsure))
	for _, g := range unsure {
		if t.isTitle(g, t.titles) || t.usualGap(g.y, gaps) {
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].y > out[j].y })
	return out
}

// underHeader reports whether the first unsure start is the first row
// under a header row: the one sure start is bold in every cell, the row is
// not bold in any, and both are in the same font size.
func underHeader(sure, unsure []rowGroup) bool {
	if len(sure) != 1 || len(unsure) == 0 || !allBold(sure[0].boxes, true) || !allBold(unsure[0].boxes, false) {
		return false
	}
	h, b := sure[0].boxes[0].segs[0].size, unsure[0].boxes[0].segs[0].size
	return max(h, b) <= 1.15*min(h, b)
}

// allBold reports whether every box begins bold (want true) or none does.
func allBold(bs []*box, want bool) bool {
	for _, b := range bs {
		if b.segs[0].bold != want {
			return false
		}
	}
	return true
}

func (t *table) clearStart(y float64, rules []ruling) bool {
	gaps, missing := t.gapsAbove(y)
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, g := range gaps {
		lo, hi = math.Min(lo, g), math.Max(hi, g)
	}
	return missing || hi-lo > 0.5*t.bodySize() || hi <= gridPitch*t.pitch() || t.ruledAbove(rules, y, y+lo)
}

// titleColumns marks the columns in which at least two of the starts have
// a box and all those boxes begin in bold.
func (t *table) titleColumns(starts []rowGroup, prior []bool) []bool {
	out := make([]bool, len(t.cols))
	any := false
	for c := range t.cols {
		n, bold := 0, 0
		for _, g := range starts {
			if b := g.in(t.cols, c); b != nil {
				n++
				if b.segs[0].bold {
					bold++
				}
			}
		}
		out[c] = n >= 2 && bold == n
		any = any || out[c]
	}
	if !any && len(prior) == len(out) {
		return prior
	}
	return out
}

// isTitle reports whether g has a box in a title column and is bold in all
// of them.
func (t *table) isTitle(g rowGroup, titles []bool) bool {
	hit := false
	for c, isT := range titles {
		if b := g.in(t.cols, c); isT && b != nil {
			if !b.segs[0].bold {
				return false
			}
			hit = true
		}
	}
	return hit
}

// in returns the group's box in column c, nil when it has none.
func (g rowGroup) in(cols []span, c int) *box {
	for _, b := range g.boxes {
		if columnOf(cols, b.x0, b.x1) == c {
			return b
		}
	}
	return nil
}

func (t *table) bodySize() float64 {
	size := 0.0
	for _, b := range t.boxes {
		size = math.Max(size, b.size)
	}
	return size
}

// pitch is the smallest line pitch of the table's boxes on the page.
func (t *table) pitch() float64 {
	p := 1.2 * t.bodySize()
	for _, b := range t.boxes {
		if b.pitch > 0 {
			p = math.Min(p, b.pitch)
		}
	}
	return p
}

// ruledAbove reports a horizontal ruling between y0 and y1 that crosses at
// least two columns.
func (t *table) ruledAbove(rules []ruling, y0, y1 float64) bool {
	for _, r := range rules {
		if r.horizontal() && r.y0 > y0 && r.y0 < y1 && t.crossed(r) >= 2 {
			return true
		}
	}
	return false
}

func (t *table) crossed(r ruling) int {
	n := 0
	for _, c := range t.cols {
		if overlaps(r.x0, r.x1, c.x0, c.x1) {
			n++
		}
	}
	return n
}
