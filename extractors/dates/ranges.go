package dates

// year parses a bare year 1900..2100, "Handlingsplan Normen 2026", unless
// it is a quantity (2000 kroner), part of a code (ISO 27001:2013, NS 3451)
// or glued to a word.
func (p *parser) year(i int) (period, int, bool) {
	y, digits, ok := p.num(i)
	if !ok || digits != 4 || y < 1900 || y > 2100 || p.rejectBefore(i) || p.inNumber(i) ||
		p.unitAfter(i+1) || (p.tight(i) && i > 0 && p.t[i-1].kind == tWord) {
		return period{}, 0, false
	}
	a := period{g: gYear, y: y}
	if p.continues(i + 1) {
		if _, _, ok := p.rangeEnd(a, i+1); !ok {
			return period{}, 0, false // 2025-1, 2020.5
		}
	}
	return a, i + 1, true
}

// rangeEnd parses the end of an interval after a at token j: "– 11. Nov",
// " til 5. januar", "–44" (weeks), "–2028", "/21" (years).
func (p *parser) rangeEnd(a period, j int) (period, int, bool) {
	if a.g == gYear && p.punct(j, "/") {
		return p.yearEnd(a, j, j+1)
	}
	k, ok := p.connector(j)
	if !ok {
		return period{}, 0, false
	}
	switch a.g {
	case gYear:
		return p.yearEnd(a, j, k)
	case gWeek:
		if p.word(k).kind == wWeek {
			k++
		}
		if n, digits, ok := p.num(k); ok && digits <= 2 && n > a.code && n <= 53 && !p.continues(k+1) {
			return period{g: gWeek, y: a.y, code: n}, k + 1, true
		}
		return period{}, 0, false
	}
	_, k = p.weekdayAt(k)
	b, end, ok := p.atom(k)
	if !ok || b.g != a.g || (a.y != 0 && b.y != 0 && b.y < a.y) {
		return period{}, 0, false
	}
	return b, end, true
}

// yearEnd parses the end of a range of years, written in full (2026 – 2028)
// or, after a tight dash or slash, in two digits (2025-26, 2020/21).
func (p *parser) yearEnd(a period, j, k int) (period, int, bool) {
	y, digits, ok := p.num(k)
	if !ok || p.continues(k+1) || p.unitAfter(k+1) {
		return period{}, 0, false
	}
	if digits == 2 && p.tight(j) && p.tight(k) {
		y += a.y / 100 * 100
	} else if digits != 4 {
		return period{}, 0, false
	}
	if y <= a.y || y > a.y+100 {
		return period{}, 0, false
	}
	return period{g: gYear, y: y}, k + 1, true
}

// connector reads the word or dash that joins the ends of an interval.
func (p *parser) connector(j int) (int, bool) {
	switch {
	case p.punct(j, dashes):
		return j + 1, true
	case p.low(j) == "til" || p.low(j) == "tom":
		return j + 1, true
	case p.low(j) == "t" && p.punct(j+1, "."): // t.o.m.
		for k := j + 1; k < j+6 && k < len(p.t); k++ {
			if p.low(k) == "m" && p.punct(k+1, ".") {
				return k + 2, true
			}
		}
	}
	return j, false
}

// partialRange parses a day whose month comes after the next day:
// "22.–23. april 2026", "1.-3. mars", "13-15 juli" (an interval), and
// "10. og 11. mars" (a list: the first day is returned alone and the second
// is found next).
func (p *parser) partialRange(i int) (match, bool) {
	d, j := p.dayNumber(i)
	if d == 0 || p.word(i).kind == wOrdinal || p.word(j).kind == wMonth || p.word(j).kind == wMonthAbbr {
		return match{}, false
	}
	list := p.punct(j, ",") || p.low(j) == "og"
	k, ok := p.connector(j)
	if list {
		k, ok = j+1, p.punct(j-1, ".")
	}
	if !ok {
		return match{}, false
	}
	_, k = p.weekdayAt(k)
	b, end, ok := p.atom(k)
	if !ok || b.g != gDay || d > daysIn(b.y, b.m) {
		return match{}, false
	}
	a := period{g: gDay, y: b.y, m: b.m, d: d}
	switch {
	case list && d != b.d:
		return match{from: i, to: j, a: a}, true
	case !list && d < b.d:
		return match{from: i, to: end, a: a, b: b}, true
	}
	return match{}, false
}
