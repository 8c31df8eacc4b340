package main

import "testing"

func TestParsePeriod(t *testing.T) {
	for _, tc := range []struct{ in, first, last string }{
		{"2025-12-02", "2025-12-02", "2025-12-02"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2024", "2024-01-01", "2024-12-31"},
		{"2.12.25", "2025-12-02", "2025-12-02"},
		{"1. mars 2024", "2024-03-01", "2024-03-01"},
	} {
		f, l, err := parsePeriod("--from", tc.in)
		if err != nil || f.Format("2006-01-02") != tc.first || l.Format("2006-01-02") != tc.last {
			t.Errorf("parsePeriod(%q) = %v, %v, %v; want %s, %s", tc.in, f, l, err, tc.first, tc.last)
		}
	}
	for _, bad := range []string{"2025-13", "x", "sak 12/24", "0000", "9999-01-01", "1. mars 1500"} {
		if _, _, err := parsePeriod("--from", bad); err == nil {
			t.Errorf("parsePeriod(%q) accepted", bad)
		}
	}
}
