package register

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestWriteTable(t *testing.T) {
	ds := sampleDecisions(t)
	for _, width := range []int{0, 60, 80, 140} {
		var buf bytes.Buffer
		if err := WriteTable(&buf, ds, width); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsRune(buf.String(), '\x1b') {
			t.Errorf("width %d: escape sequence reaches the terminal", width)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		limit := max(width, minWidth)
		if width == 0 {
			limit = defaultWidth
		}
		for _, l := range lines {
			if n := runeLen(l); n > limit {
				t.Errorf("width %d: line of %d characters: %q", width, n, l)
			}
		}
		header := strings.Fields(lines[0])
		if !slices.Equal(header, []string{"DATE", "BODY", "CASE", "DEC", "TITLE", "DECISION"}) {
			t.Errorf("header %q", lines[0])
		}
		// Every row starts with its date, and continuation lines with spaces.
		starts := 0
		for _, l := range lines[1:] {
			if !strings.HasPrefix(l, " ") {
				starts++
			}
		}
		if starts != len(ds) {
			t.Errorf("width %d: %d row starts, want %d", width, starts, len(ds))
		}
		titleCol := strings.Index(lines[0], "TITLE")
		for _, l := range lines[1:] {
			if r := []rune(l); len(r) > titleCol && r[titleCol-1] != ' ' {
				t.Errorf("width %d: title column not aligned: %q", width, l)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		s     string
		width int
		lines int
		want  []string
	}{
		{"", 10, 4, nil},
		{"kort", 10, 4, []string{"kort"}},
		{"Vedtak om årsmelding godkjennes", 10, 4, []string{"Vedtak om", "årsmelding", "godkjennes"}},
		{"helseopplysningsintegritet er", 10, 4, []string{"helseopply", "sningsinte", "gritet er"}},
		{"en to tre fire fem seks sju åtte", 7, 2, []string{"en to", "tre fi…"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.s, tt.width, tt.lines); !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %d, %d) = %q, want %q", tt.s, tt.width, tt.lines, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"Formannskapet", 20, "Formannskapet"},
		{"Råd for personer med funksjonsnedsettelse", 10, "Råd for p…"},
		{"ææææ", 3, "ææ…"},
	}
	for _, tt := range tests {
		if got := truncate(tt.s, tt.width); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}
