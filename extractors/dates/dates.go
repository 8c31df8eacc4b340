// Package dates finds Norwegian (bokmål and nynorsk) date expressions in
// text and resolves them to EDTF values.
//
// # Overview
//
// Find reads text line by line (an expression never spans a line break),
// splits each line into number, word and punctuation tokens, and tries the
// expressions at every token:
//
//   - numeric dates: 2025-06-10, 2.12.2025, 02.12.25, 31/12-25, and yearless
//     02.12, 31/12, 25-04 when the context vouches for them (see bareOK);
//   - written dates: 10. februar, 1. januar 2021, 2. des. 2025, 15. Okt,
//     den tredje mars; months (desember, februar 2007); seasons (våren,
//     hausten 2020); ISO weeks (uke 43, veke 2); quarters, tertials and
//     halves (3. kvartal 2026, Q4, 1. halvår); bare years 1900..2100;
//   - intervals: 22.–23. april 2026, 1.-3. mars, 15. Okt–11. Nov,
//     15. desember til 5. januar, uke 43–44, januar–mars 2026, 2026 – 2028;
//   - relative expressions: i dag, i går, i fjor, i år, neste uke, forrige
//     måned, neste tirsdag, denne våren, neste mars, til høsten, på fredag,
//     om to uker, 3 dager siden, for to år siden (a month);
//   - days and weeks counted in a month: første tirsdag i oktober, siste dag
//     i oktober 2015, første uke i oktober 2014 (the first whole ISO week);
//   - holidays: julaften, 2. juledag, romjula (24.–30. desember), påske
//     (Easter Sunday), langfredag, Kristi himmelfartsdag, pinse, sankthans,
//     morsdag, farsdag.
//
// A weekday before a date ("Tirsdag 02.12.25") stays out of Text but helps
// choose the year. A time of day after a day ("12:00 – 15:30", "kl.
// 10.00–14.00", "kl 09") fills Start and End. Clock times alone, case
// numbers (Sak 21/25, PS 12/24, 33/25), archive numbers (24/00311),
// versions (7.0, versjon 1.1), amounts, percentages and standards (ISO
// 27001) are not dates.
//
// A missing year comes from ref: see period.resolve. Years written next to
// a yearless date in a list are shared: "våren istedenfor høsten 2026"
// gives 2026-21.
//
// Values are EDTF: 2026-02-10 (day), 2026-02 (month), 2026 (year), 2026-21
// .. 2026-24 (spring, summer, autumn, winter: season), 2025-W43 (week),
// 2026-33 .. 2026-36 (quarter), 2026-37 .. 2026-39 (tertial), 2026-40 and
// 2026-41 (half), 2026-04-22/2026-04-23 (interval).
package dates

import (
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// Find returns the date expressions in text in order of appearance,
// resolving a missing year against ref (the document's own date: for
// minutes the meeting date). Text of each result is an exact substring of
// text.
func Find(text string, ref time.Time) []doc.Date {
	var out []doc.Date
	eachLine(text, ref, func(t []token, ms []match) bool {
		for _, m := range ms {
			if m.a.g != gNone {
				out = append(out, toDate(text, t, m, ref))
			}
		}
		return true
	})
	return out
}

// ParseDay reads one date expression such as "02.12.25", "tirsdag 2.
// desember" or "16. september 2025, kl. 10.00" and returns its day (the
// first day of an interval of days), at midnight in ref's location. It
// reports false when s holds no day.
func ParseDay(s string, ref time.Time) (time.Time, bool) {
	var day time.Time
	eachLine(s, ref, func(_ []token, ms []match) bool {
		for _, m := range ms {
			if m.a.g != gDay {
				continue
			}
			a := m.a
			if m.b.g != gNone {
				a, _ = resolvePair(m.a, m.b, ref)
			}
			a = a.resolve(ref)
			day = time.Date(a.y, time.Month(a.m), a.d, 0, 0, 0, 0, ref.Location())
			return false
		}
		return true
	})
	return day, !day.IsZero()
}

// Clock returns the first time of day in s as HH:MM, and the end time when
// s gives a span: "Tid: kl. 10.00–14.00" → 10:00, 14:00; "Møtetidspunkt:
// Tirsdag 02.12.25 12:00 – 15:30" → 12:00, 15:30; "kl 09" → 09:00, "".
// Digits that belong to a date are never read as a time. Both are "" when
// s has no time.
func Clock(s string) (start, end string) {
	eachLine(s, time.Time{}, func(_ []token, ms []match) bool {
		for _, m := range ms {
			if m.start != "" {
				start, end = m.start, m.end
				return false
			}
		}
		return true
	})
	return start, end
}

// eachLine runs the parser over each line of text; f returns false to stop.
func eachLine(text string, ref time.Time, f func([]token, []match) bool) {
	p := parser{ref: ref, cases: findCaseYears(text)}
	var toks []token
	var ms []match
	for from := 0; from < len(text); {
		to := strings.IndexByte(text[from:], '\n')
		if to < 0 {
			to = len(text)
		} else {
			to += from
		}
		toks = lexLine(toks[:0], text, from, to)
		p.t = toks
		ms = p.scan(ms[:0])
		shareYears(p.t, ms)
		if len(ms) > 0 && !f(toks, ms) {
			return
		}
		from = to + 1
	}
}

// toDate resolves m and formats it.
func toDate(text string, t []token, m match, ref time.Time) doc.Date {
	d := doc.Date{Text: text[t[m.from].pos:t[m.to-1].end], Start: m.start, End: m.end}
	if m.b.g != gNone {
		a, b := resolvePair(m.a, m.b, ref)
		d.Value, d.Grain = a.edtf()+"/"+b.edtf(), "interval"
		return d
	}
	a := m.a.resolve(ref)
	d.Value, d.Grain = a.edtf(), a.grainName()
	return d
}
