package pdf

import "sort"

// unit is a box or a table placed in reading order.
type unit struct {
	x0, x1, top, bot float64
	box              *box
	tab              *table
}

func (u unit) mid() float64 { return (u.top + u.bot) / 2 }

// maxOrderUnits bounds the cubic ordering; beyond it units are read top
// to bottom.
const maxOrderUnits = 250

// readingOrder sorts units with Breuel's rules: a comes before b when they
// overlap horizontally and a is above b, or when a is left of b and no
// unit between them vertically overlaps both horizontally (so columns
// are read one after the other, but not across a full-width heading).
// The partial order is resolved top-first; a cycle falls back to top-down.
func readingOrder(us []unit) []unit {
	n := len(us)
	byTop := func(s []int) {
		sort.SliceStable(s, func(i, j int) bool {
			if us[s[i]].top != us[s[j]].top {
				return us[s[i]].top > us[s[j]].top
			}
			return us[s[i]].x0 < us[s[j]].x0
		})
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if n > maxOrderUnits {
		byTop(idx)
		return pick(us, idx)
	}
	succ := make([][]int, n)
	indeg := make([]int, n)
	p := newPrecedence(us)
	for a := range us {
		for b := range us {
			if a != b && p.precedes(a, b) {
				succ[a] = append(succ[a], b)
				indeg[b]++
			}
		}
	}
	var out, ready []int
	for i := range us {
		if indeg[i] == 0 {
			ready = append(ready, i)
		}
	}
	for len(ready) > 0 {
		byTop(ready)
		u := ready[0]
		ready = ready[1:]
		out = append(out, u)
		for _, v := range succ[u] {
			if indeg[v]--; indeg[v] == 0 {
				ready = append(ready, v)
			}
		}
	}
	if len(out) < n {
		byTop(idx)
		return pick(us, idx)
	}
	return pick(us, out)
}

func pick(us []unit, idx []int) []unit {
	out := make([]unit, len(idx))
	for i, k := range idx {
		out[i] = us[k]
	}
	return out
}

func xOverlap(a, b unit) bool { return a.x0 < b.x1-1 && b.x0 < a.x1-1 }

// precedence holds the units sorted by their vertical middle, so that the
// units between two others are found by position.
type precedence struct {
	us    []unit
	byMid []int // unit indices, middle descending
	rank  []int // position of each unit in byMid
}

func newPrecedence(us []unit) *precedence {
	p := &precedence{us: us, byMid: make([]int, len(us)), rank: make([]int, len(us))}
	for i := range us {
		p.byMid[i] = i
	}
	sort.SliceStable(p.byMid, func(i, j int) bool { return us[p.byMid[i]].mid() > us[p.byMid[j]].mid() })
	for r, i := range p.byMid {
		p.rank[i] = r
	}
	return p
}

func (p *precedence) precedes(ai, bi int) bool {
	a, b := p.us[ai], p.us[bi]
	if xOverlap(a, b) {
		return a.mid() > b.mid()
	}
	if a.x1 > b.x0+1 || p.underColumns(a, b) {
		return false // a is not left of b, or lies under the columns
	}
	lo, hi := min(p.rank[ai], p.rank[bi]), max(p.rank[ai], p.rank[bi])
	for _, ci := range p.byMid[lo+1 : hi] {
		if c := p.us[ci]; c.mid() != a.mid() && c.mid() != b.mid() && xOverlap(c, a) && xOverlap(c, b) {
			return false
		}
	}
	return true
}

// underSlack is how many points a paragraph may reach past the column it
// goes on (ragged lines), or half the gutter when that is narrower.
const underSlack = 10.0

// underColumns reports a unit a below b that reaches past the right edge
// of the column beside b it is under: a paragraph under the columns (of a
// list set in two columns), read after them, not the left column going on.
func (p *precedence) underColumns(a, b unit) bool {
	if a.top >= b.bot {
		return false
	}
	for _, c := range p.us {
		beside := c.x1 <= b.x0+1 && c.top > b.bot && b.top > c.bot
		if beside && c.mid() > a.mid() && xOverlap(c, a) && a.x1 > c.x1+min(underSlack, (b.x0-c.x1)/2) {
			return true
		}
	}
	return false
}
