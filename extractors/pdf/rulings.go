package pdf

import (
	"math"
	"sort"
)

// joinTol is how far apart, in points, two collinear rulings may be and
// still be one line.
const joinTol = 1

// joinRulings merges collinear rulings that touch or overlap into one:
// tables whose cells are drawn as separate rectangles then have borders
// that cross several columns, as ruled tables drawn line by line do.
// Duplicates (a border drawn once per adjacent cell) disappear.
func joinRulings(rules []ruling) []ruling {
	var hs, vs []ruling
	for _, r := range rules {
		if r.horizontal() {
			hs = append(hs, r)
		} else {
			vs = append(vs, transpose(r))
		}
	}
	out := joinHorizontal(hs)
	for _, r := range joinHorizontal(vs) {
		out = append(out, transpose(r))
	}
	return out
}

func transpose(r ruling) ruling { return ruling{r.y0, r.x0, r.y1, r.x1} }

// joinHorizontal merges horizontal rulings on the same line whose extents
// touch.
func joinHorizontal(rs []ruling) []ruling {
	sort.Slice(rs, func(i, j int) bool { return rs[i].y0 < rs[j].y0 })
	var out []ruling
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j].y0-rs[i].y0 <= joinTol {
			j++
		}
		out = append(out, joinCollinear(rs[i:j])...)
		i = j
	}
	return out
}

// joinCollinear merges rulings on one line, sorting them by x.
func joinCollinear(rs []ruling) []ruling {
	sort.Slice(rs, func(i, j int) bool { return rs[i].x0 < rs[j].x0 })
	out := rs[:1:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r.x0 > last.x1+joinTol {
			out = append(out, r)
			continue
		}
		last.x1, last.y1 = math.Max(last.x1, r.x1), math.Max(last.y1, r.y1)
	}
	return out
}
