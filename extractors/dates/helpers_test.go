package dates

import (
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	for _, c := range []struct{ in, start, end string }{
		{"Møtetidspunkt: Tirsdag 02.12.25 12:00 – 15:30", "12:00", "15:30"},
		{"Tid: kl. 10.00–14.00", "10:00", "14:00"},
		{"Dato: Tirsdag 16. september 2025, kl. 10.00–14.00", "10:00", "14:00"},
		{"kl 09", "09:00", ""},
		{"Kl. 12.00", "12:00", ""},
		{"klokka 9 til 11", "09:00", "11:00"},
		{"fra kl. 9 til 11 den 3. mars", "09:00", "11:00"},
		{"12:10", "12:10", ""},
		{"15:23:24", "15:23", ""},
		{"Møtet 2.12", "", ""},
		{"02.12.25", "", ""},
		{"Normen 7.0", "", ""},
		{"12.00", "", ""},
		{"25:00", "", ""},
		{"12.30–14.00", "12:30", "14:00"},
		{"Tid: 12.30 - 14.00", "12:30", "14:00"},
		{"kl 9.00-11.30", "09:00", "11:30"},
		{"13.00-15.30", "13:00", "15:30"},
		{"12.03", "", ""},
		{"12.03.2024", "", ""},
		{"12.03–14.04", "", ""},
		{"12.03–14.04.2024", "", ""},
		{"1.5-2.5", "", ""},
		{"", "", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			s, e := Clock(c.in)
			if s != c.start || e != c.end {
				t.Errorf("Clock(%q) = %q, %q; want %q, %q", c.in, s, e, c.start, c.end)
			}
		})
	}
}

func TestParseDay(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"02.12.25", "2025-12-02"},
		{"Tirsdag 16. september 2025, kl. 10.00–14.00", "2025-09-16"},
		{"tirsdag 2. desember", "2025-12-02"},
		{"22.–23. april 2026", "2026-04-22"},
		{"15. desember til 5. januar", "2025-12-15"},
		{"i morgen", "2025-12-03"},
		{"uke 43", ""},
		{"desember", ""},
		{"Sak 21/25", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			d, ok := ParseDay(c.in, refDate)
			got := ""
			if ok {
				got = d.Format(time.DateOnly)
			}
			if got != c.want {
				t.Errorf("ParseDay(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
