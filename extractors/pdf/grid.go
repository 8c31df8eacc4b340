package pdf

import (
	"math"
	"sort"
	"strings"
)

// maxLabelWords is the most words a line of a form's label column has;
// longer lines are prose, whose columns must not be read line by line.
const maxLabelWords = 6

// splitGrids cuts side-by-side boxes whose lines align one to one (a form:
// labels on the left, values on the right) into one box per line, so that
// each line becomes a table row. Boxes that are one row of a table with
// multi-line cells stay whole (see inTable).
func splitGrids(bs []*box) []*box {
	split := map[*box]bool{}
	sorted := append([]*box(nil), bs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].firstY > sorted[j].firstY })
	for i, a := range sorted {
		for _, b := range sorted[i+1:] {
			if a.firstY-b.firstY > alignTol*b.size {
				break
			}
			left, right := a, b
			if b.x1 <= a.x0 {
				left, right = b, a
			}
			if left.x1 <= right.x0 && linesAlign(left, right) && shortLines(left) && !inTable(sorted, left, right) {
				split[left], split[right] = true, true
			}
		}
	}
	if len(split) == 0 {
		return bs
	}
	var out []*box
	for _, b := range bs {
		if !split[b] {
			out = append(out, b)
			continue
		}
		for _, l := range lineGroups(b.segs) {
			nb := newBox(l[0])
			nb.pitch = b.pitch
			for _, s := range l[1:] {
				nb.add(s)
			}
			out = append(out, nb)
		}
	}
	return out
}

// inTable reports whether the pair left, right is a row of a table whose
// cells have several lines: a pair of boxes starting in the same columns
// lies just above or below it, and either its lines do not align one to
// one or the pair has only two lines (too few to tell a form from a row).
func inTable(sorted []*box, left, right *box) bool {
	two := len(lineGroups(left.segs)) == 2
	for _, a := range sorted {
		if a == left || !sameStart(a, left) || !near(a, left) {
			continue
		}
		for _, b := range sorted {
			if b != right && sameStart(b, right) && math.Abs(a.firstY-b.firstY) <= alignTol*a.size && (two || !linesAlign(a, b)) {
				return true
			}
		}
	}
	return false
}

// sameStart reports boxes that start at the same x, as the cells of one
// column do.
func sameStart(a, b *box) bool { return math.Abs(a.x0-b.x0) <= alignTol*a.size }

// near reports boxes separated by less than regionGap ems of white space.
func near(a, b *box) bool {
	gap := math.Max(a.bot-b.top, b.bot-a.top)
	return gap < regionGap*a.size
}

// lineGroups returns the segments of each line, top down.
func lineGroups(segs []*seg) [][]*seg {
	sorted := append([]*seg(nil), segs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].y > sorted[j].y })
	var out [][]*seg
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[i].y-sorted[j].y <= sameLine*sorted[i].size {
			j++
		}
		out = append(out, sorted[i:j])
		i = j
	}
	return out
}

// linesAlign reports two boxes of two or more lines with pairwise aligned
// baselines.
func linesAlign(a, b *box) bool {
	la, lb := lineGroups(a.segs), lineGroups(b.segs)
	if len(la) < 2 || len(la) != len(lb) {
		return false
	}
	for i := range la {
		if d := la[i][0].y - lb[i][0].y; d > alignTol*a.size || d < -alignTol*a.size {
			return false
		}
	}
	return true
}

func shortLines(b *box) bool {
	for _, l := range lineGroups(b.segs) {
		n := 0
		for _, s := range l {
			n += len(strings.Fields(s.text))
		}
		if n > maxLabelWords {
			return false
		}
	}
	return true
}
