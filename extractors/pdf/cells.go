package pdf

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// continuation returns the table that goes on from the previous page,
// under any running headers at the top of the page; when it goes on, they
// are marked as such.
func continuation(bs []*box, hint *tableHint, found []*table) *table {
	if hint == nil {
		return nil
	}
	sorted := append([]*box(nil), bs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].firstY > sorted[j].firstY })
	n := 0
	for n < len(sorted) && hint.runningHeader(sorted[n]) {
		n++
	}
	t, ok := goesOn(sorted[n:], hint, found)
	for _, b := range sorted[:n] {
		b.header = ok
	}
	return t
}

// goesOn returns the table that goes on from the previous page: the boxes
// at the top (sorted top down) that each stay inside one of the hint's
// columns. When the first table found already starts at the top with the
// same columns, it is marked as continued instead, and its first row start
// is dropped unless it has the style of a title (else it continues the
// row broken by the page end). ok reports whether a table goes on.
func goesOn(sorted []*box, hint *tableHint, found []*table) (_ *table, ok bool) {
	if len(found) > 0 && len(sorted) > 0 && sorted[0].consumed && sameColumns(found[0].cols, hint.cols) {
		t := found[0]
		t.continued = true
		if slices.Contains(hint.titles, true) && !t.isTitle(t.starts[0], hint.titles) {
			t.starts = t.starts[1:]
		}
		if !slices.Contains(t.titles, true) {
			t.titles = hint.titles
		}
		return nil, true
	}
	t := &table{cols: append([]span(nil), hint.cols...), continued: true, top: math.Inf(-1), bot: math.Inf(1)}
	inner := false
	for _, b := range sorted {
		if !t.take(b, len(t.boxes) == 0 || b.top >= t.bot-regionGap*b.size) {
			break
		}
		inner = inner || columnOf(t.cols, b.x0, b.x1) > 0
	}
	if !inner {
		return nil, false
	}
	t.starts = t.acceptedStarts(nil, nil, rowGroups(t.boxes), hint.titles)
	t.consume()
	return t, true
}

func sameColumns(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !overlaps(a[i].x0, a[i].x1, b[i].x0, b[i].x1) {
			return false
		}
	}
	return true
}

// cellRow is a table row; pre is true for rows above the first row start
// (a repeated header or what continues from the previous page).
type cellRow struct {
	cells []string
	pre   bool
}

// cells returns the rows of the table, each with the text of every column.
// Rows begin at the accepted row starts and at rulings across two or more
// columns.
func (t *table) cells(rules []ruling) []cellRow {
	var starts, rulings []float64
	for _, g := range t.starts {
		starts = append(starts, g.y+alignTol*t.bodySize())
	}
	for _, r := range rules {
		if r.horizontal() && r.y0 < t.top && r.y0 > t.bot && t.crossed(r) >= 2 {
			rulings = append(rulings, r.y0)
		}
	}
	type key struct{ starts, rulings int }
	grid := map[key][][]*seg{}
	for _, b := range t.boxes {
		c := columnOf(t.cols, b.x0, b.x1)
		if c < 0 {
			continue
		}
		for _, s := range b.segs {
			k := key{countAbove(starts, s.y), countAbove(rulings, s.y)}
			if grid[k] == nil {
				grid[k] = make([][]*seg, len(t.cols))
			}
			grid[k][c] = append(grid[k][c], s)
		}
	}
	keys := make([]key, 0, len(grid))
	for k := range grid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		return a.starts+a.rulings < b.starts+b.rulings || a.starts+a.rulings == b.starts+b.rulings && a.starts < b.starts
	})
	rows := make([]cellRow, 0, len(keys))
	for _, k := range keys {
		row := cellRow{cells: make([]string, len(t.cols)), pre: k.starts == 0}
		for c, segs := range grid[k] {
			row.cells[c] = cellText(segs, t.pitch())
		}
		rows = append(rows, row)
	}
	return rows
}

// countAbove counts the thresholds above y.
func countAbove(thr []float64, y float64) int {
	n := 0
	for _, v := range thr {
		if y < v {
			n++
		}
	}
	return n
}

// cellText joins a cell's paragraphs with doc.CellBreak and the lines
// inside a paragraph with "\n".
func cellText(segs []*seg, pitch float64) string {
	lines := lineUp(segs)
	var parts []string
	for _, p := range splitParas(lines, pitch) {
		parts = append(parts, p.text())
	}
	return strings.Join(parts, doc.CellBreak)
}
