package pdf

import (
	"math"
	"sort"
)

// box is a group of segments stacked at line distance and overlapping
// horizontally: a paragraph, a run of paragraphs or a table cell's text.
type box struct {
	x0, x1   float64
	top, bot float64 // extent, from the segments' ascent and descent
	firstY   float64 // baseline of the first line
	lastY    float64 // baseline of the last line
	size     float64 // largest font size
	pitch    float64 // the page's line pitch for the box's first font size
	segs     []*seg
	consumed bool // taken into a table
	grouped  bool // aligned with a box beside it: a candidate row start
	header   bool // a running header over a table going on from the previous page
}

// maxLeading is how many ems apart two baselines of one box may be, and
// pitchSlack how much wider than the page's usual pitch for the size.
const (
	maxLeading = 1.5
	pitchSlack = 1.08
)

// maxBoxSegs bounds the quadratic grouping; beyond it every line is a box.
const maxBoxSegs = 6000

// boxes groups segments top-down. A segment joins the one box whose last
// line is just above it and overlaps it horizontally; touching two or more
// boxes (a full-width line under columns) starts a new one.
func boxes(segs []*seg, rules []ruling) []*box {
	sorted := append([]*seg(nil), segs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if math.Abs(sorted[i].y-sorted[j].y) > 0.5 {
			return sorted[i].y > sorted[j].y
		}
		return sorted[i].x0 < sorted[j].x0
	})
	pitch := linePitch(sorted)
	var out []*box
	for _, s := range sorted {
		var hit *box
		n := 0
		if len(sorted) <= maxBoxSegs {
			for _, b := range out {
				if b.accepts(s, pitch[round(s.size)]) && !ruledAcross(rules, b, s) {
					hit, n = b, n+1
				}
			}
		}
		if n == 1 {
			hit.add(s)
			continue
		}
		b := newBox(s)
		b.pitch = pitch[round(s.size)]
		out = append(out, b)
	}
	return splitGrids(out)
}

func newBox(s *seg) *box {
	return &box{x0: s.x0, x1: s.x1, top: s.top(), bot: s.bottom(), firstY: s.y, lastY: s.y, size: s.size, segs: []*seg{s}}
}

func (b *box) accepts(s *seg, pitch float64) bool {
	size := math.Max(b.size, s.size)
	if math.Max(b.size, s.size) > 1.3*math.Min(b.size, s.size) {
		return false
	}
	dy := b.lastY - s.y
	if dy > maxLeading*size || dy < -sameLine*size {
		return false
	}
	if math.Abs(dy) <= sameLine*size {
		return false // same line: a separate column or cell
	}
	if pitch > 0 && dy > pitchSlack*pitch {
		return false // a wider gap than the page's usual line pitch
	}
	return s.x0 < b.x1 && s.x1 > b.x0
}

func (b *box) add(s *seg) {
	b.segs = append(b.segs, s)
	b.x0, b.x1 = math.Min(b.x0, s.x0), math.Max(b.x1, s.x1)
	b.top, b.bot = math.Max(b.top, s.top()), math.Min(b.bot, s.bottom())
	b.lastY = math.Min(b.lastY, s.y)
	b.size = math.Max(b.size, s.size)
}

func overlaps(a0, a1, b0, b1 float64) bool { return a0 < b1 && b0 < a1 }

// ruledAcross reports a horizontal ruling between box b and segment s that
// spans both (a table border; an underline spans only some words).
func ruledAcross(rules []ruling, b *box, s *seg) bool {
	x0, x1 := math.Min(b.x0, s.x0)+1, math.Max(b.x1, s.x1)-1
	for _, r := range rules {
		if r.horizontal() && r.y0 > s.y && r.y0 < b.lastY && r.x0 <= x0 && r.x1 >= x1 {
			return true
		}
	}
	return false
}

// linePitch returns, for each font size, the line spacing inside
// paragraphs: the smallest distance between a line and the next one below
// it that it overlaps, among the distances that are common (table rows
// and paragraph gaps add larger ones). segs are sorted top-down.
func linePitch(segs []*seg) map[float64]float64 {
	count := map[float64]map[float64]int{}
	for i, s := range segs[:min(len(segs), maxBoxSegs)] {
		size := round(s.size)
		for _, t := range segs[i+1:] {
			dy := s.y - t.y
			if dy > maxLeading*s.size {
				break
			}
			if dy > sameLine*s.size && overlaps(s.x0, s.x1, t.x0, t.x1) && size == round(t.size) {
				if count[size] == nil {
					count[size] = map[float64]int{}
				}
				count[size][round(dy)]++
				break
			}
		}
	}
	out := map[float64]float64{}
	for size, dys := range count {
		most := 0
		for _, n := range dys {
			most = max(most, n)
		}
		best := math.Inf(1)
		for dy, n := range dys {
			if n >= max(2, most/10) || n == most {
				best = math.Min(best, dy)
			}
		}
		out[size] = best + 0.5 // rounding slack
	}
	return out
}
