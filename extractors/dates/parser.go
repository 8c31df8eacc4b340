package dates

import (
	"strings"
	"time"
)

// match is one expression found on a line: tokens [from, to) are its Text.
// b is set for an interval. A match with a.g == gNone is a time of day
// standing alone: Find drops it, Clock reports it.
type match struct {
	from, to   int
	a, b       period
	start, end string
}

// parser scans the tokens of one line.
type parser struct {
	t       []token
	ref     time.Time
	cases   *caseYears
	lastDay int // token index just past the last day found on the line, -1 if none
}

// scan returns the expressions of the line in order.
func (p *parser) scan(out []match) []match {
	p.lastDay = -1
	for i := 0; i < len(p.t); {
		if s, e, k, ok := p.dottedSpan(i); ok {
			out = append(out, match{from: i, to: k, start: s, end: e})
			i = k
			continue
		}
		if m, ok := p.parseAt(i); ok {
			next := m.to
			if m.a.g == gDay {
				if s, e, k, ok := p.clockAt(m.to, true); ok {
					m.start, m.end, next = s, e, k
				}
				p.lastDay = m.to
			}
			out = append(out, m)
			i = next
			continue
		}
		if s, e, k, ok := p.clockAt(i, false); ok {
			out = append(out, match{from: i, to: k, start: s, end: e})
			i = k
			continue
		}
		i++
	}
	return out
}

// parseAt tries every expression that may start at token i.
func (p *parser) parseAt(i int) (match, bool) {
	if t := &p.t[i]; t.kind == tPunct || t.kind == tWord && t.w.kind == wNone {
		return match{}, false
	}
	if m, ok := p.weekdayDate(i); ok {
		return m, true
	}
	if m, ok := p.relative(i); ok {
		return m, true
	}
	if m, ok := p.nthInMonth(i); ok {
		return m, true
	}
	if m, ok := p.feastAt(i); ok {
		return m, true
	}
	return p.expression(i)
}

// expression parses a date, an interval of dates, or a date with a year cue.
func (p *parser) expression(i int) (match, bool) {
	if m, ok := p.partialRange(i); ok {
		return m, true
	}
	a, j, ok := p.atom(i)
	if !ok {
		return match{}, false
	}
	if b, k, ok := p.rangeEnd(a, j); ok {
		return match{from: i, to: k, a: a, b: b}, true
	}
	j = p.yearCue(&a, j)
	return match{from: i, to: j, a: a}, true
}

// atom parses one date (no interval) at token i.
func (p *parser) atom(i int) (a period, j int, ok bool) {
	if i >= len(p.t) {
		return a, j, false
	}
	switch p.word(i).kind {
	case wNone: // a number
		if a, j, ok = p.numericDate(i); !ok {
			if a, j, ok = p.writtenDay(i); !ok {
				if a, j, ok = p.group(i); !ok {
					a, j, ok = p.year(i)
				}
			}
		}
	case wOrdinal:
		if a, j, ok = p.writtenDay(i); !ok {
			a, j, ok = p.group(i)
		}
	case wStarter:
		a, j, ok = p.group(i) // Q4
	case wMonth, wMonthAbbr:
		if a, j, ok = p.monthFirst(i, true); !ok {
			a, j, ok = p.monthPeriod(i)
		}
	case wSeason, wSeasonBare:
		a, j, ok = p.season(i)
	case wWeek:
		a, j, ok = p.week(i)
	}
	return a, j, ok
}

// weekdayDate parses a weekday followed by a day, "Tirsdag 02.12.25",
// "fredag, den 28. november". The weekday chooses the year and stays out of
// Text.
func (p *parser) weekdayDate(i int) (match, bool) {
	wd, j := p.weekdayAt(i)
	if wd == 0 {
		return match{}, false
	}
	if p.punct(j, ",") {
		j++
	}
	if p.low(j) == "den" {
		j++
	}
	m, ok := p.expression(j)
	if !ok || m.a.g != gDay {
		a, k, ok := p.monthFirst(j, false)
		if !ok {
			return match{}, false
		}
		m = match{from: j, to: k, a: a}
	}
	m.a.wd = wd
	return m, true
}

// weekdayAt reads a weekday name, or an abbreviation with its dot.
func (p *parser) weekdayAt(i int) (wd, next int) {
	w := p.word(i)
	switch {
	case w.kind == wWeekday:
		return w.val, i + 1
	case w.kind == wWeekdayAbbr && p.punct(i+1, ".") && p.tight(i+1):
		return w.val, i + 2
	case w.kind == wWeekdayAbbr:
		return w.val, i + 1 // the date that must follow vouches for it
	}
	return 0, i
}

// Token accessors; all are safe out of range.

func (p *parser) word(i int) word {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tWord {
		return word{}
	}
	return p.t[i].w
}

func (p *parser) low(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tWord {
		return ""
	}
	return p.t[i].low
}

// punct reports whether token i is one of the characters in set.
func (p *parser) punct(i int, set string) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tPunct && strings.Contains(set, p.t[i].s)
}

// num returns the value and digit count of a number token of up to 4 digits.
func (p *parser) num(i int) (v, digits int, ok bool) {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tNum || len(p.t[i].s) > 4 {
		return 0, 0, false
	}
	for _, c := range p.t[i].s {
		v = v*10 + int(c-'0')
	}
	return v, len(p.t[i].s), true
}

// tight reports whether token i follows the previous one without a space.
func (p *parser) tight(i int) bool { return i < len(p.t) && !p.t[i].sp }

// dashes are the characters that join the ends of a range.
const dashes = "-–—‐‑−"
