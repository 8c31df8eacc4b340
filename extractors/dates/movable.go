package dates

import (
	"strings"
	"time"
)

// dayRule places a day that moves from year to year: the nth weekday of a
// month, the nth day of a month, or a day counted from Easter Sunday.
type dayRule struct {
	m   int // month; 0 counts from Easter Sunday
	nth int // 1.. from the start of the month, -1 the last
	wd  int // ISO weekday; 0 means nth is the day of the month
	add int // days added to the day found
}

// day returns the day of r in year y; false when y has none.
func (r *dayRule) day(y int) (time.Time, bool) {
	var d time.Time
	switch {
	case r.m == 0:
		d = easter(y)
	case r.wd == 0 && r.nth < 0:
		d = civil(y, r.m+1, 0)
	case r.wd == 0:
		if r.nth > daysIn(y, r.m) {
			return d, false
		}
		d = civil(y, r.m, r.nth)
	case r.nth < 0:
		last := civil(y, r.m+1, 0)
		d = last.AddDate(0, 0, -((isoWeekday(last) - r.wd + 7) % 7))
	default:
		first := civil(y, r.m, 1)
		d = first.AddDate(0, 0, (r.wd-isoWeekday(first)+7)%7+7*(r.nth-1))
		if int(d.Month()) != r.m {
			return d, false
		}
	}
	return d.AddDate(0, 0, r.add), true
}

// easter returns Easter Sunday of year y (the anonymous Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	h := (19*a + b - b/4 - (b-(b+8)/25+1)/3 + 15) % 30
	l := (32 + 2*(b%4) + 2*(c/4) - h - c%4) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return civil(y, n/31, n%31+1)
}

// place turns a movable period, now given its year, into a plain day or
// week.
func (p period) place() period {
	if p.rule == nil {
		return p
	}
	d, ok := p.rule.day(p.y)
	if !ok { // the parser admits no such period; keep the month
		return period{g: gMonth, y: p.y, m: max(p.rule.m, 1)}
	}
	if p.g == gWeek {
		y, w := d.ISOWeek()
		return period{g: gWeek, y: y, code: w}
	}
	return dayOf(d)
}

// nthInMonth parses "første tirsdag i oktober", "siste mandag i mars",
// "tredje dag i oktober", "siste dag i oktober 2015" (days) and "første uke
// i oktober 2014" (the first ISO week wholly in the month; "siste uke" the
// last).
func (p *parser) nthInMonth(i int) (match, bool) {
	n, j := p.nth(i)
	mw := p.word(j + 2)
	if n == 0 || p.low(j+1) != "i" || mw.kind != wMonth {
		return match{}, false
	}
	a := period{g: gDay, rule: &dayRule{m: mw.val, nth: n}}
	switch w := p.word(j); {
	case w.kind == wWeekday && n <= 4:
		a.rule.wd = w.val
	case w.kind == wWeek && n <= 4:
		a.g, a.rule.wd = gWeek, 1 // the nth Monday starts the week
		if n < 0 {
			a.rule.wd, a.rule.add = 7, -6 // the last Sunday ends it
		}
	case (p.low(j) == "dag" || p.low(j) == "dagen") && n <= daysIn(0, mw.val):
	default:
		return match{}, false
	}
	a, k := p.withYear(a, j+3, false)
	if _, ok := a.rule.day(a.y); a.y != 0 && !ok {
		return match{}, false
	}
	return match{from: i, to: p.yearCue(&a, k), a: a}, true
}

// nth reads an ordinal before a weekday, "dag" or "uke": a word (første,
// andre), a number with its dot (2.) or "siste" (-1).
func (p *parser) nth(i int) (n, next int) {
	if w := p.word(i); w.kind == wOrdinal {
		return w.val, i + 1
	}
	if p.word(i).kind == wLast {
		return -1, i + 1
	}
	if v, digits, ok := p.num(i); ok && digits <= 2 && p.punct(i+1, ".") && p.tight(i+1) &&
		!p.inNumber(i) && !p.rejectBefore(i) {
		return v, i + 2
	}
	return 0, i
}

// feast is a Norwegian holiday. Numbered feasts take an ordinal ("2.
// juledag" is the day after "1. juledag"); until, when set, makes the feast
// an interval ending on that day of the same month (romjula).
type feast struct {
	forms    string
	rule     dayRule
	numbered bool
	until    int
}

func fixed(m, d int) dayRule   { return dayRule{m: m, nth: d} }
func fromEaster(n int) dayRule { return dayRule{add: n} }

var feasts = []feast{
	{forms: "julaften julaftan julekveld julekvelden", rule: fixed(12, 24)},
	{forms: "juledag juledagen", rule: fixed(12, 25), numbered: true},
	{forms: "romjul romjulen romjula", rule: fixed(12, 24), until: 30},
	{forms: "nyttårsaften nyttårsaftan", rule: fixed(12, 31)},
	{forms: "nyttårsdag nyttårsdagen", rule: fixed(1, 1)},
	{forms: "palmesøndag palmesundag", rule: fromEaster(-7)},
	{forms: "skjærtorsdag skjærtorsdagen", rule: fromEaster(-3)},
	{forms: "langfredag langfredagen", rule: fromEaster(-2)},
	{forms: "påskeaften påskeaftan", rule: fromEaster(-1)},
	{forms: "påske påsken påska påskedag påskedagen påskesøndag", rule: fromEaster(0), numbered: true},
	{forms: "himmelfartsdag himmelfartsdagen kristihimmelfartsdag", rule: fromEaster(39)},
	{forms: "pinseaften pinseaftan", rule: fromEaster(48)},
	{forms: "pinse pinsen pinsa pinsedag pinsedagen", rule: fromEaster(49), numbered: true},
	{forms: "grunnlovsdagen nasjonaldagen", rule: fixed(5, 17)},
	{forms: "sankthans sankthansaften sankthansaftan jonsokaftan", rule: fixed(6, 23)},
	{forms: "sankthansdag sankthansdagen jonsok jonsokdagen", rule: fixed(6, 24)},
	{forms: "morsdag morsdagen", rule: dayRule{m: 2, nth: 2, wd: 7}},
	{forms: "farsdag farsdagen", rule: dayRule{m: 11, nth: 2, wd: 7}},
}

// addFeasts enters the forms of every feast in the lexicon; val indexes feasts.
func addFeasts(add func(k wordKind, val int, forms ...string)) {
	for k, f := range feasts {
		add(wFeast, k, strings.Fields(f.forms)...)
	}
}

// feastAt parses a holiday, "julaften", "1. juledag", "andre påskedag",
// "pinsen 2026", "langfredag i fjor", "romjula" (an interval). The year
// comes from the text or, by the nearest occurrence, from ref.
func (p *parser) feastAt(i int) (match, bool) {
	n, j := p.dayNumber(i)
	if n == 0 {
		j = i
	}
	w := p.word(j)
	if w.kind != wFeast {
		return match{}, false
	}
	f := feasts[w.val]
	r := f.rule
	if n != 0 {
		if !f.numbered || n > 2 || !strings.Contains(p.low(j), "dag") {
			return match{}, false
		}
		r.add += n - 1
	}
	a, k := p.withYear(period{g: gDay, rule: &r}, j+1, false)
	k = p.yearCue(&a, k)
	m := match{from: i, to: k, a: a}
	if f.until != 0 {
		m.b = period{g: gDay, y: a.y, m: r.m, d: f.until}
	}
	return m, true
}
