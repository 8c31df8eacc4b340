package dates

// numericDate parses an all-digit date: 2025-06-10, 2025-06, 2.12.2025,
// 02.12.25, 31/12-25, and, with the care described at bareOK, 02.12, 31/12
// and 25-04.
func (p *parser) numericDate(i int) (period, int, bool) {
	if p.num1(i) == 0 || p.inNumber(i) || p.rejectBefore(i) {
		return period{}, 0, false
	}
	if len(p.t[i].s) == 4 {
		return p.isoDate(i)
	}
	if a, j, ok := p.monthYear(i); ok {
		return a, j, true
	}
	return p.dayMonth(i)
}

// monthYear parses a two-digit month and a year: 01.2026, 12/2025.
func (p *parser) monthYear(i int) (period, int, bool) {
	m, md, _ := p.num(i)
	y, yd, ok := p.num(i + 2)
	if md != 2 || m < 1 || m > 12 || !p.punct(i+1, "./") || !p.tight(i+1) || !p.tight(i+2) ||
		!ok || yd != 4 || y < 1900 || y > 2100 || p.continues(i+3) {
		return period{}, 0, false
	}
	return period{g: gMonth, y: y, m: m}, i + 3, true
}

// num1 returns the value of a number token, or 0 if token i is not one.
func (p *parser) num1(i int) int {
	v, _, ok := p.num(i)
	if !ok {
		return 0
	}
	return v
}

// isoDate parses year-first dates: 2025-06-10, 2015.03.03, 1974/10/31, and
// the month 2025-06 when 06 cannot be the end of a range of years.
func (p *parser) isoDate(i int) (period, int, bool) {
	y := p.num1(i)
	sep := i + 1
	m, md, ok := p.num(i + 2)
	if !p.punct(sep, "-./") || !p.tight(sep) || !ok || !p.tight(i+2) || md > 2 || m < 1 || m > 12 {
		return period{}, 0, false
	}
	if p.punct(i+3, p.t[sep].s) && p.tight(i+3) && p.tight(i+4) {
		d, dd, ok := p.num(i + 4)
		if ok && dd <= 2 && d >= 1 && d <= daysIn(y, m) && !p.continues(i+5) {
			return period{g: gDay, y: y, m: m, d: d}, i + 5, true
		}
		return period{}, 0, false
	}
	if p.t[sep].s == "-" && md == 2 && m <= y%100 && !p.continues(i+3) {
		return period{g: gMonth, y: y, m: m}, i + 3, true
	}
	return period{}, 0, false
}

// dayMonth parses day-first dates with or without a year.
func (p *parser) dayMonth(i int) (period, int, bool) {
	d, dd, _ := p.num(i)
	sep := i + 1
	m, md, ok := p.num(i + 2)
	if !p.punct(sep, "./-") || !p.tight(sep) || !ok || !p.tight(i+2) || dd > 2 || md > 2 ||
		m < 1 || m > 12 || d < 1 || d > daysIn(0, m) {
		return period{}, 0, false
	}
	s := p.t[sep].s
	ysep := s
	if s == "/" && p.punct(i+3, "-") {
		ysep = "-" // 31/12-25
	}
	if p.punct(i+3, ysep) && p.tight(i+3) && p.tight(i+4) {
		y, yd, ok := p.num(i + 4)
		if !ok || (yd != 2 && yd != 4) || p.continues(i+5) {
			return period{}, 0, false
		}
		if yd == 2 {
			y = p.century(y)
		}
		if d > daysIn(y, m) {
			return period{}, 0, false
		}
		return period{g: gDay, y: y, m: m, d: d}, i + 5, true
	}
	if p.continues(i+3) || !p.bareOK(i, s, i+3) {
		return period{}, 0, false
	}
	return period{g: gDay, m: m, d: d}, i + 3, true
}

// century places a two-digit year in the hundred years that end twenty
// years after ref: documents mostly look back.
func (p *parser) century(yy int) int {
	y := p.ref.Year()/100*100 + yy
	switch {
	case y > p.ref.Year()+20:
		y -= 100
	case y <= p.ref.Year()-80:
		y += 100
	}
	return y
}

// bareOK decides whether a yearless day.month (tokens i..j-1, separator sep)
// is a date rather than a decimal, a section number, a fraction, a score or
// a case number. "2.12" needs support: a cue word before it (den, fra,
// innen, frist …), a time after it, a preceding date in the same list, or a
// zero-padded form (02.12). "31/12" is a date unless it looks like a
// fraction (1/2), 24/7 or a case number of a year seen in the text. "25-04"
// needs a zero-padded month or a time after it.
func (p *parser) bareOK(i int, sep string, j int) bool {
	d, m := p.num1(i), p.num1(i+2)
	ds, ms := p.t[i].s, p.t[i+2].s
	padded := len(ds) == 2 && len(ms) == 2 && (ds[0] == '0' || ms[0] == '0')
	support := p.dateCue(i) || p.clockFollows(j) || p.inList(i)
	if p.unitAfter(j) && !support {
		return false
	}
	switch sep {
	case ".":
		return support || padded
	case "/":
		fraction := d < m && len(ds) == 1 && len(ms) == 1 || p.low(j) == "av"
		caseNo := p.cases.has(m) || d == 24 && m == 7
		return support || !fraction && !caseNo
	}
	return p.clockFollows(j) || len(ms) == 2 && ms[0] == '0'
}
