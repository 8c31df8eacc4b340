package pdf

import (
	"math"
	"slices"
)

// rowGaps returns the row gaps of the table: the smallest gap above each
// clear start (what separates the tallest cell from the next row), else
// the gap above every unsure start when they all have the same (rows of a
// borderless table spaced evenly: two or more rows, or one under a header
// row). A gap that also separates paragraphs inside a cell tells nothing
// and is left out.
func (t *table) rowGaps(clear, unsure []rowGroup, header bool) []float64 {
	gaps := t.smallestGaps(clear)
	if len(gaps) == 0 {
		gaps = t.commonGap(unsure, header)
	}
	return slices.DeleteFunc(gaps, t.innerGap)
}

// smallestGaps returns the smallest gap above each start that has
// something above it in every column.
func (t *table) smallestGaps(starts []rowGroup) []float64 {
	var out []float64
	for _, g := range starts {
		if gaps, missing := t.gapsAbove(g.y); !missing {
			out = append(out, slices.Min(gaps))
		}
	}
	return out
}

// commonGap returns the gap above the starts when all are the same and
// there are two or more (one under a header row).
func (t *table) commonGap(starts []rowGroup, header bool) []float64 {
	gaps := t.smallestGaps(starts)
	if len(gaps) == 0 || len(gaps) == 1 && !header || len(gaps) < len(starts) || !t.same(slices.Max(gaps), slices.Min(gaps)) {
		return nil
	}
	return gaps[:1]
}

// gapTol is how many ems two row gaps may differ and still be the same.
const gapTol = 0.2

// usualGap reports whether the smallest gap above y is one of gaps.
func (t *table) usualGap(y float64, gaps []float64) bool {
	above, missing := t.gapsAbove(y)
	if missing {
		return false
	}
	g := slices.Min(above)
	return slices.ContainsFunc(gaps, func(v float64) bool { return t.same(v, g) })
}

// gapsAbove returns, per column, the distance from the last baseline above
// y down to y; missing is true when a column has none.
func (t *table) gapsAbove(y float64) (gaps []float64, missing bool) {
	for i := range t.cols {
		g, ok := t.gapAbove(i, y)
		if !ok {
			return nil, true
		}
		gaps = append(gaps, g)
	}
	return gaps, false
}

// gapAbove returns the distance from the last baseline above y in column c
// down to y; ok is false when the column has none.
func (t *table) gapAbove(c int, y float64) (gap float64, ok bool) {
	prev := math.Inf(1)
	for _, b := range t.boxes {
		if columnOf(t.cols, b.x0, b.x1) != c {
			continue
		}
		for _, s := range b.segs {
			if s.y > y+alignTol*s.size {
				prev = math.Min(prev, s.y)
			}
		}
	}
	return prev - y, !math.IsInf(prev, 1)
}

// innerGap reports whether gap also separates two paragraphs inside a
// cell: above a box that is no candidate row start.
func (t *table) innerGap(gap float64) bool {
	for _, b := range t.boxes {
		if b.grouped {
			continue
		}
		if g, ok := t.gapAbove(columnOf(t.cols, b.x0, b.x1), b.firstY); ok && t.same(g, gap) {
			return true
		}
	}
	return false
}

func (t *table) same(a, b float64) bool { return math.Abs(a-b) <= gapTol*t.bodySize() }
