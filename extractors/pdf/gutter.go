package pdf

import (
	"math"
	"slices"
	"sort"
)

// gutterGap is the narrowest white space, in ems, that can part columns
// set closer than splitGap (a list of names in two columns); gutterTol is
// how many points the left edges of one column's lines may differ.
const (
	gutterGap = 0.4
	gutterTol = 1.0
)

// gutters holds the left edges, ascending, of columns set closer than
// splitGap: where words of two or more lines start after a gap of
// gutterGap ems or more that is also at least twice as wide as the other
// spaces of its line (a justified line spaces its words evenly).
type gutters []float64

func findGutters(words []word) gutters {
	lines := map[float64][]word{}
	for _, w := range words {
		y := math.Round(w.y)
		lines[y] = append(lines[y], w)
	}
	var xs []float64
	for _, ws := range lines {
		xs = append(xs, wideGapStarts(ws)...)
	}
	sort.Float64s(xs)
	var out gutters
	for i := 0; i+1 < len(xs); i++ {
		if xs[i+1]-xs[i] <= gutterTol && (len(out) == 0 || xs[i]-out[len(out)-1] > gutterTol) {
			out = append(out, xs[i])
		}
	}
	return out
}

// wideGapStarts returns where the words of one line start after a gap
// that may be a gutter.
func wideGapStarts(ws []word) []float64 {
	sort.Slice(ws, func(i, j int) bool { return ws[i].x0 < ws[j].x0 })
	var gaps []float64 // the spaces between words, ws[i+1] after gaps[i]
	for i := 1; i < len(ws); i++ {
		gaps = append(gaps, ws[i].x0-ws[i-1].x1)
	}
	var out []float64
	for i, g := range gaps {
		size := ws[i+1].size
		if g < gutterGap*size {
			continue
		}
		other := math.Inf(1)
		for k, h := range gaps {
			if k != i && h >= spaceGap*size {
				other = math.Min(other, h)
			}
		}
		if g >= 2*other || math.IsInf(other, 1) {
			out = append(out, ws[i+1].x0)
		}
	}
	return out
}

// at reports whether a column edge lies at x.
func (g gutters) at(x float64) bool {
	i, _ := slices.BinarySearch(g, x-gutterTol)
	return i < len(g) && g[i] <= x+gutterTol
}
