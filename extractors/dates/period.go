package dates

import "time"

// grain is the size of a period, named as in doc.Date.Grain.
type grain uint8

const (
	gNone grain = iota
	gDay
	gWeek
	gMonth
	gSeason // also quarters, tertials and halves (EDTF sub-year groupings)
	gYear
)

// cue is a word that moves a yearless period: neste, forrige, denne, til.
type cue uint8

const (
	cueNone  cue = iota
	cueNext      // neste, kommende: the first occurrence starting after ref
	cuePrev      // forrige, sist: the last occurrence ending before ref
	cueThis      // denne: the occurrence holding ref, else the nearest
	cueAhead     // til (høsten): the occurrence holding ref or the next one
)

// period is one date as written: y is 0 when the text gives no year.
type period struct {
	g    grain
	y    int
	m, d int // month and day, by grain
	code int // week number or EDTF sub-year code
	wd   int // ISO weekday written with a day, 0 if none
	cue  cue
	rule *dayRule // a movable day or week, until place fixes it
}

// span returns the first and last day of p placed in year y.
func (p period) span(y int) (first, last time.Time, ok bool) {
	if p.rule != nil {
		first, ok = p.rule.day(y)
		if p.g == gWeek {
			return first, first.AddDate(0, 0, 6), ok
		}
		return first, first, ok
	}
	switch p.g {
	case gDay:
		if p.d > daysIn(y, p.m) {
			return first, last, false
		}
		first = civil(y, p.m, p.d)
		return first, first, true
	case gWeek:
		if p.code < 1 || p.code > weeksIn(y) {
			return first, last, false
		}
		first = isoMonday(y).AddDate(0, 0, 7*(p.code-1))
		return first, first.AddDate(0, 0, 6), true
	case gMonth:
		first = civil(y, p.m, 1)
		return first, first.AddDate(0, 1, -1), true
	case gSeason:
		fm, n := subYear(p.code)
		first = civil(y, fm, 1)
		return first, first.AddDate(0, n, -1), true
	case gYear:
		return civil(y, 1, 1), civil(y, 12, 31), true
	}
	return first, last, false
}

// subYear returns the first month and the length in months of an EDTF
// sub-year code. Winter of year y runs from December y-1 to February y.
func subYear(code int) (firstMonth, months int) {
	switch {
	case code >= spring && code <= autumn:
		return 3 + 3*(code-spring), 3
	case code == winter:
		return 0, 3 // civil normalises month 0 to December of y-1
	case code >= quarter && code < tertial:
		return 1 + 3*(code-quarter), 3
	case code >= tertial && code < half:
		return 1 + 4*(code-tertial), 4
	}
	return 1 + 6*(code-half), 6
}

// edtf formats p (whose year is known) as EDTF.
func (p period) edtf() string {
	var buf [16]byte
	b := pad(buf[:0], p.y, 4)
	switch p.g {
	case gDay:
		b = pad(append(pad(append(b, '-'), p.m, 2), '-'), p.d, 2)
	case gWeek:
		b = pad(append(b, "-W"...), p.code, 2)
	case gMonth:
		b = pad(append(b, '-'), p.m, 2)
	case gSeason:
		b = pad(append(b, '-'), p.code, 2)
	}
	return string(b)
}

// pad appends n, zero-padded to width digits (n is never negative).
func pad(b []byte, n, width int) []byte {
	var d [8]byte
	i := len(d)
	for ; n > 0 || len(d)-i < width; n /= 10 {
		i--
		d[i] = byte('0' + n%10)
	}
	return append(b, d[i:]...)
}

// grainName is the doc.Date grain of a single period.
func (p period) grainName() string {
	switch p.g {
	case gDay:
		return "day"
	case gWeek:
		return "week"
	case gMonth:
		return "month"
	case gSeason:
		switch {
		case p.code >= half:
			return "half"
		case p.code >= tertial:
			return "tertial"
		case p.code >= quarter:
			return "quarter"
		}
		return "season"
	}
	return "year"
}

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// daysIn returns the days of month m in year y; y 0 means "a leap year".
func daysIn(y, m int) int {
	if y == 0 {
		y = 2000
	}
	return civil(y, m+1, 0).Day()
}

// isoMonday is the Monday of ISO week 1 of ISO year y.
func isoMonday(y int) time.Time {
	jan4 := civil(y, 1, 4)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
}

// weeksIn is the number of ISO weeks (52 or 53) in ISO year y.
func weeksIn(y int) int {
	_, w := civil(y, 12, 28).ISOWeek()
	return w
}

// isoWeekday maps time.Weekday to 1 (Monday) .. 7 (Sunday).
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }
