package pdf

import (
	"math"
	"sort"
)

// regionGap is how many ems of white space may separate a table's boxes;
// rows of one-line cells are at most gridPitch line pitches apart.
const (
	regionGap = 3
	gridPitch = 1.5
)

// appendTable completes t and appends it when at least two row starts
// survive; its boxes are then consumed.
func appendTable(out []*table, t *table, bs []*box, rules []ruling) []*table {
	if t == nil {
		return out
	}
	t.extend(bs)
	t.starts = t.acceptedStarts(rules, t.starts[:1], t.starts[1:], nil)
	if len(t.starts) < 2 {
		return out
	}
	t.consume()
	return append(out, t)
}

func (t *table) consume() {
	for _, b := range t.boxes {
		b.consumed = true
	}
}

// extend collects the boxes between the first and the last row start and
// those just above and below that stay inside single columns.
func (t *table) extend(bs []*box) {
	sorted := append([]*box(nil), bs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].firstY > sorted[j].firstY })
	first, last := t.starts[0].y, t.starts[len(t.starts)-1].y
	t.top, t.bot = math.Inf(-1), math.Inf(1)
	above := -1
	for i, b := range sorted {
		tol := alignTol * b.size
		switch {
		case b.firstY > first+tol:
			above = i
		case b.firstY >= last-tol && !b.consumed && columnOf(t.cols, b.x0, b.x1) >= 0:
			t.add(b)
		}
	}
	for _, b := range sorted[above+1:] {
		if b.firstY < last-alignTol*b.size && !t.take(b, b.top >= t.bot-regionGap*b.size) {
			break
		}
	}
	t.extendUp(sorted[:above+1])
}

// extendUp takes the boxes just above the first row start as a header row,
// but only when they fill two or more columns: a single one is a heading
// or caption of the table.
func (t *table) extendUp(above []*box) {
	var take []*box
	cols := map[int]bool{}
	top := t.top
	for i := len(above) - 1; i >= 0; i-- {
		b := above[i]
		c := columnOf(t.cols, b.x0, b.x1)
		if b.consumed || c < 0 || b.bot > top+regionGap*b.size {
			break
		}
		take, cols[c], top = append(take, b), true, math.Max(top, b.top)
	}
	if len(cols) >= 2 {
		for _, b := range take {
			t.add(b)
		}
	}
}

// take adds b when it is near enough and inside one column.
func (t *table) take(b *box, near bool) bool {
	if !near || b.consumed || !t.inside(b) {
		return false
	}
	t.add(b)
	return true
}

// inside reports whether b stays in one column without reaching far into
// the gap before the next column (a heading under a table does).
func (t *table) inside(b *box) bool {
	c := columnOf(t.cols, b.x0, b.x1)
	if c < 0 {
		return false
	}
	limit := t.cols[c].x1 + regionGap*b.size
	if c+1 < len(t.cols) {
		limit = math.Min(limit, (t.cols[c].x1+t.cols[c+1].x0)/2)
	}
	return b.x1 <= limit
}

func (t *table) add(b *box) {
	t.boxes = append(t.boxes, b)
	t.top, t.bot = math.Max(t.top, b.top), math.Min(t.bot, b.bot)
}

// acceptedStarts keeps the row starts in sure plus those of maybe that are
// clear: a ruling separates the start from what is above, a column has
// nothing above it, the gaps above it differ between columns, or the gaps
// are plain line pitch (a grid of one-line cells). When every column goes
// on after the same paragraph gap the start may be a coincidence; it is
// kept only when it has the style of the table's clear starts: bold in
// the columns where they are all bold (the title columns; prior when this
// table shows none).
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
	for _, g := range unsure {
		if t.isTitle(g, t.titles) {
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].y > out[j].y })
	return out
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

// gapsAbove returns, per column, the distance from the last baseline above
// y down to y; missing is true when a column has none.
func (t *table) gapsAbove(y float64) (gaps []float64, missing bool) {
	for i := range t.cols {
		prev := math.Inf(1)
		for _, b := range t.boxes {
			if columnOf(t.cols, b.x0, b.x1) != i {
				continue
			}
			for _, s := range b.segs {
				if s.y > y+alignTol*s.size {
					prev = math.Min(prev, s.y)
				}
			}
		}
		if math.IsInf(prev, 1) {
			return nil, true
		}
		gaps = append(gaps, prev-y)
	}
	return gaps, false
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
