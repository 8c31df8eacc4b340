package dates

import (
	"unicode"
	"unicode/utf8"
)

// writtenDay parses a day with a month name: "10. februar", "1. januar
// 2021", "2. des. 2025", "15. Okt", "3 mars", "den tredje mars".
func (p *parser) writtenDay(i int) (period, int, bool) {
	d, j := p.dayNumber(i)
	w := p.word(j)
	if d == 0 || (w.kind != wMonth && w.kind != wMonthAbbr) || d > daysIn(0, w.val) {
		return period{}, 0, false
	}
	a, k := p.withYear(period{g: gDay, m: w.val, d: d}, j+1, w.kind == wMonthAbbr)
	return a, k, true
}

// monthFirst parses the month-first order of English-style dates: "April
// 14, 2015", "Feb13 2013"; without a year ("februar 18") only after a
// weekday (needYear false).
func (p *parser) monthFirst(i int, needYear bool) (period, int, bool) {
	w := p.word(i)
	d, digits, ok := p.num(i + 1)
	if (w.kind != wMonth && w.kind != wMonthAbbr) || !ok || digits > 2 || d < 1 || d > daysIn(0, w.val) ||
		p.punct(i+2, ".") || p.continues(i+2) && !p.punct(i+2, ",") {
		return period{}, 0, false
	}
	a, j := period{g: gDay, m: w.val, d: d}, i+2
	k := j
	if p.punct(k, ",") {
		k++
	}
	if y, ok := p.yearAt(k); ok && d <= daysIn(y, w.val) {
		a.y, j = y, k+1
	} else if needYear {
		return period{}, 0, false
	}
	return a, j, true
}

// dayNumber reads a day of the month, "10." "10" or an ordinal word, and
// returns 0 when token i is none.
func (p *parser) dayNumber(i int) (d, next int) {
	if w := p.word(i); w.kind == wOrdinal {
		return w.val, i + 1
	}
	v, digits, ok := p.num(i)
	if !ok || digits > 2 || v < 1 || v > 31 || p.inNumber(i) || p.rejectBefore(i) {
		return 0, i
	}
	if p.punct(i+1, ".") && p.tight(i+1) {
		return v, i + 2
	}
	return v, i + 1
}

// withYear adds a year written after a month name or season at token j; an
// abbreviated month may keep its dot before the year ("des. 2025").
func (p *parser) withYear(a period, j int, abbr bool) (period, int) {
	k := j
	if abbr && p.punct(k, ".") && p.tight(k) {
		k++
	}
	if y, ok := p.yearAt(k); ok {
		a.y = y
		return a, k + 1
	}
	return a, j
}

// yearAt reads a four-digit year 1000..2999 at token k.
func (p *parser) yearAt(k int) (int, bool) {
	y, digits, ok := p.num(k)
	if !ok || digits != 4 || y < 1000 || y > 2999 || p.continues(k+1) || p.unitAfter(k+1) {
		return 0, false
	}
	return y, true
}

// monthPeriod parses a month: "desember", "februar 2007", "des. 2025".
func (p *parser) monthPeriod(i int) (period, int, bool) {
	w := p.word(i)
	a := period{g: gMonth, m: w.val}
	switch w.kind {
	case wMonth:
		a, j := p.withYear(a, i+1, false)
		if a.y == 0 && p.nameLike(i) {
			return period{}, 0, false
		}
		return a, j, true
	case wMonthAbbr:
		if a, j := p.withYear(a, i+1, true); a.y != 0 {
			return a, j, true
		}
	}
	return period{}, 0, false
}

// season parses "våren", "hausten 2020", "vår 2026"; a bare "vår" (also
// "our") needs its year.
func (p *parser) season(i int) (period, int, bool) {
	w := p.word(i)
	if w.kind != wSeason && w.kind != wSeasonBare {
		return period{}, 0, false
	}
	a, j := p.withYear(period{g: gSeason, code: w.val}, i+1, false)
	if w.kind == wSeasonBare && a.y == 0 {
		return period{}, 0, false
	}
	return a, j, true
}

// week parses an ISO week: "uke 43", "veke 2", "uke 43 2025", "uke 43/2025".
func (p *parser) week(i int) (period, int, bool) {
	if p.word(i).kind != wWeek {
		return period{}, 0, false
	}
	j := i + 1
	if p.low(j) == "nr" {
		j++
		if p.punct(j, ".") {
			j++
		}
	}
	n, digits, ok := p.num(j)
	if !ok || digits > 2 || n < 1 || n > 53 {
		return period{}, 0, false
	}
	a := period{g: gWeek, code: n}
	j++
	if p.punct(j, ",/") {
		if y, ok := p.yearAt(j + 1); ok {
			a.y = y
			return a, j + 2, true
		}
	}
	if y, ok := p.yearAt(j); ok {
		a.y = y
		return a, j + 1, true
	}
	if p.continues(j) {
		return period{}, 0, false
	}
	return a, j, true
}

// group parses quarters, tertials and halves: "3. kvartal", "Q4 2018",
// "andre tertial 2026", "1. halvår".
func (p *parser) group(i int) (period, int, bool) {
	var n, base, j int
	if p.low(i) == "q" && p.tight(i+1) {
		n, base, j = p.num1(i+1), quarter, i+2
	} else {
		n, j = p.dayNumber(i)
		w := p.word(j)
		if w.kind != wGroup {
			return period{}, 0, false
		}
		base, j = w.val, j+1
	}
	if n < 1 || n > groupSize(base) {
		return period{}, 0, false
	}
	a, k := p.withYear(period{g: gSeason, code: base + n - 1}, j, false)
	return a, k, true
}

// groupSize is the number of parts of a year a grouping has.
func groupSize(base int) int {
	switch base {
	case quarter:
		return 4
	case tertial:
		return 3
	}
	return 2
}

// nameLike reports whether a capitalised month name at i is followed by a
// capitalised word, as in the names "Mai Britt" or "August Hansen".
func (p *parser) nameLike(i int) bool {
	return upper(p.t[i].s) && i+1 < len(p.t) && p.t[i+1].kind == tWord && upper(p.t[i+1].s) &&
		p.word(i+1).kind == wNone
}

func upper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
