package oneline

import (
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/arkiv/referat 2.12.25 æøå.pdf", "/arkiv/referat 2.12.25 æøå.pdf"},
		{"emoji 👍 and \u00a0nbsp and a real \uFFFD", "emoji 👍 and \u00a0nbsp and a real \uFFFD"},
		{"a\n  failed: FORGED.pdf: x", `a\n  failed: FORGED.pdf: x`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"tab\there\rcr", `tab\there\rcr`},
		{"del\x7f c1\u0085 nul\x00", `del\x7f c1\u0085 nul\x00`},
		{"latin1 \xe6\xf8\xe5.pdf", `latin1 \xe6\xf8\xe5.pdf`},
		{"rlo \u202egnp.exe", `rlo \u202egnp.exe`},
		{"line\u2028sep", `line\u2028sep`},
	}
	for _, tc := range tests {
		got := Escape(tc.in)
		if got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.ContainsAny(got, "\n\r\x1b") {
			t.Errorf("Escape(%q) still holds a line break or escape", tc.in)
		}
	}
}

func FuzzEscape(f *testing.F) {
	f.Add("a\nb\x1b\xff\u202e")
	f.Fuzz(func(t *testing.T, s string) {
		got := Escape(s)
		for _, r := range got {
			if unsafe(r) {
				t.Fatalf("Escape(%q) = %q holds %U", s, got, r)
			}
		}
		if !needsEscape(s) && got != s {
			t.Fatalf("plain %q changed to %q", s, got)
		}
	})
}
