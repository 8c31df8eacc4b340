package pdf

import (
	"sort"
	"strings"
)

// maxLabelWords is the most words a line of a form's label column has;
// longer lines are prose, whose columns must not be read line by line.
const maxLabelWords = 6

// splitGrids cuts side-by-side boxes whose lines align one to one (a form:
// labels on the left, values on the right) into one box per line, so that
// each line becomes a table row.
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
			if left.x1 <= right.x0 && linesAlign(left, right) && shortLines(left) {
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
