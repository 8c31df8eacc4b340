package pdf

import (
	"math"
	"sort"
)

// span is a column's horizontal extent.
type span struct{ x0, x1 float64 }

// table is a region of side-by-side boxes read row by row.
type table struct {
	cols      []span
	starts    []rowGroup // where rows begin, top down
	titles    []bool     // columns whose row starts are bold titles
	boxes     []*box
	top, bot  float64
	continued bool // the first row goes on from the previous page
}

// rowGroup is a candidate row start: two or more side-by-side boxes whose
// first baselines align.
type rowGroup struct {
	y     float64
	boxes []*box
}

// alignTol is the baseline difference, in ems, of aligned cells.
const alignTol = 0.3

// rowGroups clusters boxes by first baseline and keeps clusters of two or
// more boxes that do not overlap horizontally.
func rowGroups(bs []*box) []rowGroup {
	sorted := append([]*box(nil), bs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].firstY > sorted[j].firstY })
	var out []rowGroup
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j-1].firstY-sorted[j].firstY <= alignTol*sorted[j].size {
			j++
		}
		if g := sorted[i:j]; len(g) >= 2 && disjoint(g) {
			out = append(out, rowGroup{y: g[0].firstY, boxes: g})
		}
		i = j
	}
	return out
}

func disjoint(bs []*box) bool {
	for i, a := range bs {
		for _, b := range bs[i+1:] {
			if overlaps(a.x0, a.x1, b.x0, b.x1) {
				return false
			}
		}
	}
	return true
}

// columnOf returns the index of the only column b overlaps, or -1 when it
// overlaps none or several.
func columnOf(cols []span, x0, x1 float64) int {
	hit := -1
	for i, c := range cols {
		if overlaps(x0, x1, c.x0, c.x1) {
			if hit >= 0 {
				return -1
			}
			hit = i
		}
	}
	return hit
}

// addColumns widens the columns with a group's boxes; it fails when a box
// would join two columns.
func addColumns(cols []span, g rowGroup) ([]span, bool) {
	out := append([]span(nil), cols...)
	for _, b := range g.boxes {
		i := columnOf(out, b.x0, b.x1)
		switch {
		case i >= 0:
			out[i] = span{math.Min(out[i].x0, b.x0), math.Max(out[i].x1, b.x1)}
		case anyOverlap(out, b.x0, b.x1):
			return cols, false
		default:
			out = append(out, span{b.x0, b.x1})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].x0 < out[j].x0 })
	for i := 1; i < len(out); i++ {
		if out[i].x0 < out[i-1].x1 {
			return cols, false
		}
	}
	return out, true
}

func anyOverlap(cols []span, x0, x1 float64) bool {
	for _, c := range cols {
		if overlaps(x0, x1, c.x0, c.x1) {
			return true
		}
	}
	return false
}

// tableHint describes a table that ended the previous page.
type tableHint struct {
	cols   []span
	titles []bool
	size   float64 // body font size
}

// runningHeader reports a box in a smaller font than the table's body that
// does not stay in one of its columns: a page header above the table going
// on, not the end of the table.
func (h *tableHint) runningHeader(b *box) bool {
	return 1.15*b.size < h.size && columnOf(h.cols, b.x0, b.x1) < 0
}

// tables finds tables among the boxes of a page.
func tables(bs []*box, rules []ruling, hint *tableHint) []*table {
	var out []*table
	var cur *table
	groups := rowGroups(bs)
	for _, g := range groups {
		for _, b := range g.boxes {
			b.grouped = true
		}
	}
	for _, g := range groups {
		if cur != nil && cur.fits(g, bs) {
			cur.cols, _ = addColumns(cur.cols, g)
			cur.starts = append(cur.starts, g)
			continue
		}
		out = appendTable(out, cur, bs, rules)
		cols, ok := addColumns(nil, g)
		cur = nil
		if ok {
			cur = &table{cols: cols, starts: []rowGroup{g}}
		}
	}
	out = appendTable(out, cur, bs, rules)
	if t := continuation(bs, hint, out); t != nil {
		out = append([]*table{t}, out...)
	}
	return out
}

// fits reports whether group g continues table t: its boxes fall in t's
// columns and no box between them leaves its column or starts left of it
// (a paragraph under the table).
func (t *table) fits(g rowGroup, bs []*box) bool {
	if _, ok := addColumns(t.cols, g); !ok {
		return false
	}
	last := t.starts[len(t.starts)-1].y
	for _, b := range bs {
		if b.firstY < last && b.firstY > g.y && t.within(b) < 0 {
			return false
		}
	}
	return true
}
