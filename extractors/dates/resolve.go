package dates

import "time"

// candidate is a period placed in one year.
type candidate struct {
	y           int
	first, last time.Time
}

// reach is how many years either side of ref a yearless period may land:
// four, so that 29 February always finds a leap year.
const reach = 4

// resolve gives p a year when the text wrote none.
//
// Without a cue the period lands on the occurrence nearest to ref: the one
// holding ref, else the latest before or the first after it (a tie goes to
// the future). A weekday written with a day chooses between those two; when
// neither fits, the weekday is taken for a slip and the nearest wins.
func (p period) resolve(ref time.Time) period {
	if p.y != 0 {
		return p.place()
	}
	day := civil(ref.Year(), int(ref.Month()), ref.Day())
	var c [2*reach + 1]candidate
	n := 0
	prev, next, after, before := -1, -1, -1, -1
	for y := max(1, ref.Year()-reach); y <= ref.Year()+reach; y++ {
		first, last, ok := p.span(y)
		if !ok {
			continue
		}
		c[n] = candidate{y, first, last}
		if !first.After(day) {
			prev = n
		}
		if !last.Before(day) && next < 0 {
			next = n
		}
		if first.After(day) && after < 0 {
			after = n
		}
		if last.Before(day) {
			before = n
		}
		n++
	}
	var k int
	switch p.cue {
	case cueNext:
		k = after
	case cuePrev:
		k = before
	case cueAhead:
		k = next
	default:
		k = nearest(c[:n], p.wd, day, prev, next)
	}
	p.y = day.Year()
	if k >= 0 {
		p.y = c[k].y
	}
	return p.place()
}

// nearest chooses between the candidates before and after day (indexes
// into c, -1 when absent).
func nearest(c []candidate, wd int, day time.Time, prev, next int) int {
	switch {
	case prev < 0:
		return next
	case next < 0 || prev == next:
		return prev
	}
	if wd != 0 {
		pw, nw := isoWeekday(c[prev].first) == wd, isoWeekday(c[next].first) == wd
		if pw != nw {
			if pw {
				return prev
			}
			return next
		}
	}
	if day.Sub(c[prev].last) < c[next].first.Sub(day) {
		return prev
	}
	return next
}

// resolvePair gives the ends of an interval their years: a written year on
// one end places the other next to it, and a yearless end follows its start.
func resolvePair(a, b period, ref time.Time) (period, period) {
	switch {
	case a.y != 0 && b.y != 0:
	case a.y == 0 && b.y != 0:
		a.y = b.y
		if af, _, ok := a.span(a.y); ok {
			if bf, _, _ := b.span(b.y); af.After(bf) {
				a.y--
			}
		}
	default:
		a = a.resolve(ref)
		b.y = a.y
		af, _, _ := a.span(a.y)
		if bf, _, ok := b.span(b.y); ok && bf.Before(af) {
			b.y++
		}
	}
	return a.place(), b.place()
}
