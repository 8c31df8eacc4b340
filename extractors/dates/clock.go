package dates

import "fmt"

// clockAt parses a time of day, or a span of two, at token i: "kl. 10.00–
// 14.00", "12:00 – 15:30", "kl 09", "klokka 9 til 11". Without "kl" a time
// needs a colon, except right after a date (afterDate), where "12.00" is a
// time too and a comma or "fra" may come first.
func (p *parser) clockAt(i int, afterDate bool) (start, end string, next int, ok bool) {
	j := i
	if afterDate {
		if p.punct(j, ",") {
			j++
			afterDate = false // "2.12, 9.12": after a comma a time needs kl or a colon
		}
		if p.low(j) == "fra" || p.low(j) == "frå" {
			j++
		}
	}
	j, kl := p.klAt(j)
	h, m, j, ok := p.timeAt(j, kl || afterDate, kl)
	if !ok {
		return "", "", i, false
	}
	start = hhmm(h, m)
	if k, ok := p.connector(j); ok {
		k, kl2 := p.klAt(k)
		if h2, m2, k2, ok := p.timeAt(k, kl || kl2 || afterDate, kl || kl2); ok {
			end, j = hhmm(h2, m2), k2
		}
	}
	return start, end, j, true
}

// dottedSpan parses a span of two dotted times without "kl" at token i,
// "12.30–14.00", "9.00-11.30", when one end cannot be a day and month
// (12.30, 10.00) and no year follows: "12.03–14.04" stays a span of days.
func (p *parser) dottedSpan(i int) (start, end string, next int, ok bool) {
	h, m, j, ok := p.timeAt(i, true, false)
	if !ok || !p.punct(i+1, ".") {
		return "", "", i, false
	}
	k, ok := p.connector(j)
	if !ok || !p.punct(j, dashes) {
		return "", "", i, false
	}
	h2, m2, k2, ok := p.timeAt(k, true, false)
	if !ok || !p.punct(k+1, ".") || dayMonth(h, m) && dayMonth(h2, m2) || p.punct(k2, ".") && p.tokS(k2+1) != "" {
		return "", "", i, false
	}
	return hhmm(h, m), hhmm(h2, m2), k2, true
}

// dayMonth reports whether d.m could be a day and month.
func dayMonth(d, m int) bool { return d >= 1 && d <= 31 && m >= 1 && m <= 12 }

// klAt skips "kl.", "kl", "klokka", "klokken" at token j.
func (p *parser) klAt(j int) (int, bool) {
	switch p.low(j) {
	case "kl", "klokka", "klokken", "kloka":
		if p.punct(j+1, ".") && p.tight(j+1) {
			return j + 2, true
		}
		return j + 1, true
	}
	return j, false
}

// timeAt reads H:MM or HH:MM (seconds are read and dropped), HH.MM when
// dotOK, and a bare hour when hourOK.
func (p *parser) timeAt(j int, dotOK, hourOK bool) (h, m, next int, ok bool) {
	h, hd, ok := p.num(j)
	if !ok || hd > 2 || h > 24 || p.inNumber(j) {
		return 0, 0, j, false
	}
	if p.punct(j+1, ":.") && p.tight(j+1) && p.tight(j+2) && p.t[j+2].kind == tNum {
		if p.t[j+1].s == "." && !dotOK {
			return 0, 0, j, false
		}
		m, md, ok := p.num(j + 2)
		if !ok || md != 2 || m > 59 {
			return 0, 0, j, false
		}
		k := j + 3
		if p.punct(k, ":") && p.tight(k) && p.tight(k+1) && len(p.tokS(k+1)) == 2 {
			k += 2
		}
		return h, m, k, !p.continues(k) || p.dashClock(k)
	}
	if hourOK && (!p.continues(j+1) || p.punct(j+1, dashes)) {
		return h, 0, j + 1, true
	}
	return 0, 0, j, false
}

// dashClock reports whether token k is a dash glued to a time with minutes,
// as in "9.00-11.30": the end of a span, not a number going on.
func (p *parser) dashClock(k int) bool {
	return p.punct(k, dashes) && len(p.tokS(k+1)) <= 2 && p.punct(k+2, ":.") && p.tight(k+2) && len(p.tokS(k+3)) == 2
}

// tokS is the text of a number token, "" for anything else.
func (p *parser) tokS(i int) string {
	if i < len(p.t) && p.t[i].kind == tNum {
		return p.t[i].s
	}
	return ""
}

func hhmm(h, m int) string { return fmt.Sprintf("%02d:%02d", h, m) }
