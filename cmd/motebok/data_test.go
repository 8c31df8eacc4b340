package main

import "testing"

func TestParsePeriod(t *testing.T) {
	for _, tc := range []struct{ in, first, last string }{
		{"2025-12-02", "2025-12-02", "2025-12-02"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"2024", "2024-01-01", "2024-12-31"},
		{"2.12.25", "2025-12-02", "2025-12-02"},
		{"1. mars 2024", "2024-03-01", "2024-03-01"},
		{"januar 2024", "2024-01-01", "2024-01-31"},
		{"Februar 2024", "2024-02-01", "2024-02-29"},
		{"våren 2024", "2024-01-01", "2024-06-30"},
		{"høsten 2023", "2023-08-01", "2023-12-31"},
		{"2024-Q1", "2024-01-01", "2024-03-31"},
		{"2024-q4", "2024-10-01", "2024-12-31"},
		{"Q2 2024", "2024-04-01", "2024-06-30"},
		{" 2024 ", "2024-01-01", "2024-12-31"},
	} {
		f, l, err := parsePeriod("--from", tc.in)
		if err != nil || f.Format("2006-01-02") != tc.first || l.Format("2006-01-02") != tc.last {
			t.Errorf("parsePeriod(%q) = %v, %v, %v; want %s, %s", tc.in, f, l, err, tc.first, tc.last)
		}
	}
	for _, bad := range []string{"2025-13", "2024-13-01", "x", "sak 12/24", "2024-Q5", "møte i januar 2024", "0000", "9999", "9999-01-01", "1. mars 1500"} {
		if _, _, err := parsePeriod("--from", bad); err == nil {
			t.Errorf("parsePeriod(%q) accepted", bad)
		}
	}
}
