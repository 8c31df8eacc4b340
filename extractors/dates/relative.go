package dates

import "time"

// Days relative to ref after "i": i dag, i morgen, i går …
var dayOffsets = map[string]int{
	"dag": 0, "morgen": 1, "morgon": 1, "morra": 1, "går": -1,
	"overmorgen": 2, "overimorgen": 2, "overmorgon": 2, "overimorra": 2,
	"forgårs": -2, "forigårs": -2,
}

// Glued forms: idag, imorgen …
var gluedOffsets = map[string]int{"idag": 0, "imorgen": 1, "imorgon": 1, "imorra": 1, "igår": -1}

// relative parses expressions resolved from ref alone: "i dag", "i fjor",
// "neste uke", "forrige måned", "neste tirsdag", "denne våren", "neste
// mars", "til høsten", "innen september", "i fjor høst", "på fredag", "onsdag neste uke",
// "om to uker", "3 dager siden", "neste 3 dager".
func (p *parser) relative(i int) (match, bool) {
	ref := civil(p.ref.Year(), int(p.ref.Month()), p.ref.Day())
	w := p.low(i)
	if n, ok := gluedOffsets[w]; ok {
		return match{from: i, to: i + 1, a: dayOf(ref.AddDate(0, 0, n))}, true
	}
	if m, ok := p.shift(i, ref); ok {
		return m, true
	}
	if m, ok := p.nextDays(i, ref); ok {
		return m, true
	}
	switch w {
	case "i":
		return p.afterI(i, ref)
	case "ifjor":
		return match{from: i, to: i + 1, a: period{g: gYear, y: ref.Year() - 1}}, true
	case "til", "innen":
		if a, j, ok := p.aheadPeriod(i + 1); ok {
			a.cue = cueAhead
			return match{from: i + 1, to: j, a: a}, true
		}
	case "på":
		if wd := p.word(i + 1); wd.kind == wWeekday {
			if _, ok := p.weekdayDate(i + 1); !ok {
				return match{from: i + 1, to: i + 2, a: dayOf(weekdayFrom(ref, wd.val, cueNext))}, true
			}
		}
	}
	if m, ok := p.cued(i, ref); ok {
		return m, true
	}
	return p.weekdayInWeek(i, ref)
}

// afterI parses "i dag", "i morgen", "i fjor", "i år", "i fjor høst", "i vår".
func (p *parser) afterI(i int, ref time.Time) (match, bool) {
	w := p.low(i + 1)
	if n, ok := dayOffsets[w]; ok {
		return match{from: i, to: i + 2, a: dayOf(ref.AddDate(0, 0, n))}, true
	}
	switch w {
	case "fjor":
		if a, j, ok := p.bareSeason(i + 2); ok {
			a.y = ref.Year() - 1
			return match{from: i, to: j, a: a}, true
		}
		return match{from: i, to: i + 2, a: period{g: gYear, y: ref.Year() - 1}}, true
	case "år":
		return match{from: i, to: i + 2, a: period{g: gYear, y: ref.Year()}}, true
	}
	if a, j, ok := p.bareSeason(i + 1); ok {
		return match{from: i + 1, to: j, a: a}, true
	}
	return match{}, false
}

// bareSeason reads a season word without a year after it.
func (p *parser) bareSeason(i int) (period, int, bool) {
	w := p.word(i)
	if (w.kind != wSeason && w.kind != wSeasonBare) || p.num1(i+1) >= 1000 {
		return period{}, 0, false
	}
	return period{g: gSeason, code: w.val}, i + 1, true
}

// aheadPeriod parses what "til" or "innen" points ahead to: a season or a
// month without its year ("til høsten", "innen september").
func (p *parser) aheadPeriod(i int) (period, int, bool) {
	if a, j, ok := p.bareSeason(i); ok {
		return a, j, true
	}
	if w := p.word(i); w.kind == wMonth && p.num1(i+1) < 1000 && !p.nameLike(i) {
		return period{g: gMonth, m: w.val}, i + 1, true
	}
	return period{}, 0, false
}

// cued parses a cue word and what it moves: "neste uke", "forrige
// tirsdag", "denne måneden", "neste år", "førre kvartal", "neste mars",
// "neste vår".
func (p *parser) cued(i int, ref time.Time) (match, bool) {
	c := cueOf(p.word(i).kind)
	if c == cueNone {
		return match{}, false
	}
	w := p.word(i + 1)
	step := c.step()
	var a period
	switch w.kind {
	case wWeekday:
		a = dayOf(weekdayFrom(ref, w.val, c))
	case wWeek:
		y, n := ref.AddDate(0, 0, 7*step).ISOWeek()
		a = period{g: gWeek, y: y, code: n}
	case wMonthUnit:
		t := civil(ref.Year(), int(ref.Month())+step, 1)
		a = period{g: gMonth, y: t.Year(), m: int(t.Month())}
	case wYearUnit:
		a = period{g: gYear, y: ref.Year() + step}
	case wGroup:
		a = groupOf(ref, w.val, step)
	case wMonth:
		a = period{g: gMonth, m: w.val, cue: c}
	case wSeason, wSeasonBare:
		a = period{g: gSeason, code: w.val, cue: c}
	default:
		return match{}, false
	}
	if p.low(i+2) != "igjen" {
		return match{from: i, to: i + 2, a: a}, true
	}
	switch a.g { // "neste fredag igjen": one step further
	case gDay:
		a = dayOf(civil(a.y, a.m, a.d+7*step))
	case gMonth, gSeason:
		a = a.resolve(p.ref)
		a.y += step
		a.cue = cueNone
	default:
		return match{from: i, to: i + 2, a: a}, true
	}
	return match{from: i, to: i + 3, a: a}, true
}

// weekdayInWeek parses "onsdag neste uke", "søndag i forrige uke", "mandag
// denne uken".
func (p *parser) weekdayInWeek(i int, ref time.Time) (match, bool) {
	wd := p.word(i)
	j := i + 1
	if p.low(j) == "i" {
		j++
	}
	c := cueOf(p.word(j).kind)
	if wd.kind != wWeekday || c == cueNone || p.word(j+1).kind != wWeek {
		return match{}, false
	}
	step := c.step()
	monday := ref.AddDate(0, 0, 1-isoWeekday(ref)+7*step)
	return match{from: i, to: j + 2, a: dayOf(monday.AddDate(0, 0, wd.val-1))}, true
}

// step is how far a cue moves: +1 next, -1 previous, 0 this.
func (c cue) step() int {
	switch c {
	case cueNext:
		return 1
	case cuePrev:
		return -1
	}
	return 0
}

func cueOf(k wordKind) cue {
	switch k {
	case wNext:
		return cueNext
	case wPrev:
		return cuePrev
	case wThis:
		return cueThis
	}
	return cueNone
}

// weekdayFrom is the weekday wd after ref (cueNext), before it (cuePrev) or
// in its week (cueThis).
func weekdayFrom(ref time.Time, wd int, c cue) time.Time {
	rw := isoWeekday(ref)
	switch c {
	case cueNext:
		return ref.AddDate(0, 0, (wd-rw+6)%7+1)
	case cuePrev:
		return ref.AddDate(0, 0, -((rw-wd+6)%7 + 1))
	}
	return ref.AddDate(0, 0, wd-rw)
}

// groupOf is the quarter, tertial or half holding ref, moved by step.
func groupOf(ref time.Time, base, step int) period {
	n := groupSize(base)
	idx := ref.Year()*n + (int(ref.Month())-1)/(12/n) + step
	return period{g: gSeason, y: idx / n, code: base + idx%n}
}

func dayOf(t time.Time) period {
	return period{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// yearCue reads a year given as a cue after a yearless day, month or
// season at token j: "desember i fjor", "mars neste år", "høsten i år".
func (p *parser) yearCue(a *period, j int) int {
	if a.y != 0 || a.cue != cueNone || a.g == gWeek || a.g == gYear {
		return j
	}
	y := p.ref.Year()
	switch {
	case p.low(j) == "i" && p.low(j+1) == "fjor", p.low(j) == "ifjor":
		a.y = y - 1
	case p.low(j) == "i" && p.low(j+1) == "år":
		a.y = y
	case p.word(j+1).kind == wYearUnit && cueOf(p.word(j).kind) != cueNone:
		a.y = y + cueOf(p.word(j).kind).step()
	default:
		return j
	}
	if p.low(j) == "ifjor" {
		return j + 1
	}
	return j + 2
}
