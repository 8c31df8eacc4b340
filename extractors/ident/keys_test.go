package ident

import (
	"strconv"
	"testing"
	"unicode/utf8"
)

// TestKeys is the one table of identity keys: every spelling on a line
// must give the key, and the look-alikes at the end must not collide.
func TestKeys(t *testing.T) {
	tests := []struct {
		key  string
		f    func(string) string
		in   []string
		want string
	}{
		{"case", CaseKey, []string{"33/25", "Sak 33/25", "SAK 33/25:", "sak nr. 33 / 25", "Saksnr. 033/2025",
			"Beslutningssak 33/25", "Orienteringssak\u00a033/25", "Sak 33-25", "33/2025"}, "33/25"},
		{"case", CaseKey, []string{"PS 12/24", "PS 12/2024", "ps 012-24"}, "ps 12/24"},
		{"case", CaseKey, []string{"RS 12/24"}, "rs 12/24"},
		{"case", CaseKey, []string{"O-sak 3/24", "O 3/24", "o-sak 3-24"}, "o 3/24"},
		{"case", CaseKey, []string{"V-sak 3/24"}, "v 3/24"},
		{"case", CaseKey, []string{"FSK-12/2024", "FSK- 12/24", "FSK 12/24"}, "fsk 12/24"},
		{"case", CaseKey, []string{"Styresak 045-2024", "45/24"}, "45/24"},
		{"case", CaseKey, []string{"12-24", "Sak 012/2024", "SAK 12-24", "12/24"}, "12/24"},
		{"case", CaseKey, []string{"3", "Sak 3", "003"}, "3"},
		{"case", CaseKey, []string{"Sak 3 a)"}, "3 a"},
		{"case", CaseKey, []string{"12/1999"}, "12/99"},
		{"case", CaseKey, []string{"2025/12"}, "2025/12"}, // a year before the slash is not shortened
		{"case", CaseKey, []string{"0/00", "0/0"}, "0/0"},
		{"case", CaseKey, []string{"sak"}, "sak"}, // a lone label is kept rather than emptied
		{"case", CaseKey, []string{""}, ""},
		{"body", BodyKey, []string{"Styringsgruppen for Normen", "  STYRINGSGRUPPEN\tfor  Normen. "}, "styringsgruppen for normen"},
		{"body", BodyKey, []string{"Eldrera\u030adet", "«Eldrerådet»"}, "eldrerådet"}, // decomposed å
		{"body", BodyKey, []string{"Lier kommune", "LIER KOMMUNE,"}, "lier kommune"},
		{"person", PersonKey, []string{"Kari Nordmann", "Nordmann Kari", "Nordmann, Kari", "KARI  NORDMANN"}, "kari nordmann"},
		{"person", PersonKey, []string{"Ida-Kristin Martinussen", "Martinussen Ida-Kristin"}, "ida-kristin martinussen"},
		{"person", PersonKey, []string{"Jon Berge Holden", "Holden Jon Berge"}, "berge holden jon"},
		{"meeting", func(s string) string { return MeetingKey(s, "2025-01-02") }, []string{"Formannskapet ", "formannskapet."}, "2025-01-02|formannskapet"},
		{"meeting", func(s string) string { return MeetingKey(s, "") }, []string{"Formannskapet"}, ""},
		{"meeting", func(s string) string { return MeetingKey(s, "2025-01-02") }, []string{" ", ""}, ""},
	}
	for _, tt := range tests {
		for _, in := range tt.in {
			if got := tt.f(in); got != tt.want {
				t.Errorf("%s key of %q = %q, want %q", tt.key, in, got, tt.want)
			}
		}
	}
	// Look-alikes: different things must get different keys.
	for _, pair := range [][2]string{{"PS 3/24", "RS 3/24"}, {"O-sak 3/24", "3/24"}, {"3/24", "3/25"}, {"12/24", "1/224"}} {
		if CaseKey(pair[0]) == CaseKey(pair[1]) {
			t.Errorf("CaseKey(%q) = CaseKey(%q) = %q", pair[0], pair[1], CaseKey(pair[0]))
		}
	}
	if PersonKey("Kari Nordmann") == PersonKey("Kari Nordmo") {
		t.Error("PersonKey merges Nordmann and Nordmo")
	}
}

func TestSortKey(t *testing.T) {
	keys := []string{"3/25", "19/25", "ps 2/25", "title:eventuelt"}
	for i := 1; i < len(keys); i++ {
		if SortKey(keys[i-1]) >= SortKey(keys[i]) {
			t.Errorf("SortKey(%q) >= SortKey(%q)", keys[i-1], keys[i])
		}
	}
}

func TestID(t *testing.T) {
	seen := map[int64]string{}
	for i := range 10000 {
		k := MeetingKey("Utvalg "+strconv.Itoa(i%100), "2025-01-"+strconv.Itoa(i/100))
		id := ID(k)
		if id <= 0 {
			t.Fatalf("ID(%q) = %d, want > 0", k, id)
		}
		if prev, ok := seen[id]; ok && prev != k {
			t.Fatalf("ID collides: %q and %q", prev, k)
		}
		seen[id] = k
	}
}

// FuzzCaseKey checks that normalising a case number never panics, gives
// valid UTF-8 and is idempotent: a key normalises to itself.
func FuzzCaseKey(f *testing.F) {
	for _, s := range []string{"Sak 33/25", "sak nr. 33 / 25", "PS 12/2024", "033/2025", "Sak 3 a)", "\xc3",
		"nr. sak 0", "0-0-0", "O-sak 3/24", "FSK- 12/24", "a-sak-0", "sak-3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := CaseKey(s)
		if !utf8.ValidString(k) {
			t.Fatalf("CaseKey(%q) = %q: invalid UTF-8", s, k)
		}
		if k2 := CaseKey(k); k2 != k {
			t.Fatalf("CaseKey(%q) = %q, but CaseKey(%q) = %q", s, k, k, k2)
		}
	})
}
