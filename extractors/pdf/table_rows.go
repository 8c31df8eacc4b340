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
// those just above and below that stay inside single columns (see
// takeBelow and extendUp).
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
		if b.firstY < last-alignTol*b.size && !t.takeBelow(b) {
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

// takeBelow takes b under the last row start when it goes on in the last
// row: near, inside one column, in the table's font size (not a heading)
// and not the start of another row (of a table with other columns).
func (t *table) takeBelow(b *box) bool {
	if b.grouped || b.size > 1.15*t.bodySize() {
		return false
	}
	return t.take(b, b.top >= t.bot-regionGap*b.size)
}

// take adds b when it is near enough and inside one column.
func (t *table) take(b *box, near bool) bool {
	if !near || b.consumed || !t.inside(b) {
		return false
	}
	t.add(b)
	return true
}

// inside reports whether b stays in one column, neither starting left of
// it nor reaching far into the gap before the next column (a heading or
// paragraph under a table does).
func (t *table) inside(b *box) bool {
	c := t.within(b)
	if c < 0 {
		return false
	}
	limit := t.cols[c].x1 + regionGap*b.size
	if c+1 < len(t.cols) {
		limit = math.Min(limit, (t.cols[c].x1+t.cols[c+1].x0)/2)
	}
	return b.x1 <= limit
}

// within returns the column b lies in without starting left of it, -1
// when none.
func (t *table) within(b *box) int {
	c := columnOf(t.cols, b.x0, b.x1)
	if c < 0 || b.x0 < t.cols[c].x0-alignTol*b.size {
		return -1
	}
	return c
}

func (t *table) add(b *box) {
	t.boxes = append(t.boxes, b)
	t.top, t.bot = math.Max(t.top, b.top), math.Min(t.bot, b.bot)
}
