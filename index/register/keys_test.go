package register

import (
	"strconv"
	"testing"
	"unicode/utf8"
)

func TestCaseKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"33/25", "33/25"},
		{"Sak 33/25", "33/25"},
		{"SAK 33/25:", "33/25"},
		{"sak nr. 33 / 25", "33/25"},
		{"Saksnr. 033/2025", "33/25"},
		{"Beslutningssak 33/25", "33/25"},
		{"Orienteringssak\u00a033/25", "33/25"},
		{"PS 12/24", "ps 12/24"},
		{"Styresak 045-2024", "45/24"},
		{"Sak 21-25", "21/25"},
		{"O-sak 3/24", "o-sak 3/24"},
		{"V-sak 3/24", "v-sak 3/24"},
		{"RS 12/24", "rs 12/24"},
		{"3", "3"},
		{"Sak 3", "3"},
		{"Sak 3 a)", "3 a"},
		{"12/1999", "12/99"},
		{"2025/12", "2025/12"}, // a year before the slash is not shortened
		{"0/00", "0/0"},
		{"sak", "sak"}, // a lone label is kept rather than emptied
		{"", ""},
	}
	for _, tt := range tests {
		if got := caseKey(tt.in); got != tt.want {
			t.Errorf("caseKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBodyKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Styringsgruppen for Normen", "styringsgruppen for normen"},
		{"  STYRINGSGRUPPEN\tfor  Normen. ", "styringsgruppen for normen"},
		{"Eldrera\u030adet", "eldrerådet"}, // decomposed å
		{"«Kontrollutvalget»", "kontrollutvalget"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := bodyKey(tt.in); got != tt.want {
			t.Errorf("bodyKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMeetingKey(t *testing.T) {
	tests := []struct{ name, path, body, date, want string }{
		{"body and date", "a.pdf", "Formannskapet ", "2025-01-02", "2025-01-02|formannskapet"},
		{"no date", "a.pdf", "Formannskapet", "", "doc|a.pdf"},
		{"no body", "a.pdf", " ", "2025-01-02", "doc|a.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := meetingKey(tt.path, tt.body, tt.date); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSortKey(t *testing.T) {
	keys := []string{"3/25", "19/25", "ps 2/25", "title:eventuelt"}
	for i := 1; i < len(keys); i++ {
		if sortKey(keys[i-1]) >= sortKey(keys[i]) {
			t.Errorf("sortKey(%q) >= sortKey(%q)", keys[i-1], keys[i])
		}
	}
}

func TestKeyID(t *testing.T) {
	seen := map[int64]string{}
	for i := range 10000 {
		k := meetingKey("", "Utvalg "+strconv.Itoa(i%100), "2025-01-"+strconv.Itoa(i/100))
		id := keyID(k)
		if id <= 0 {
			t.Fatalf("keyID(%q) = %d, want > 0", k, id)
		}
		if prev, ok := seen[id]; ok && prev != k {
			t.Fatalf("keyID collides: %q and %q", prev, k)
		}
		seen[id] = k
	}
}

// FuzzCaseKey checks that normalising a case number never panics, gives
// valid UTF-8 and is idempotent: a key normalises to itself.
func FuzzCaseKey(f *testing.F) {
	for _, s := range []string{"Sak 33/25", "sak nr. 33 / 25", "PS 12/2024", "033/2025", "Sak 3 a)", "\xc3", "nr. sak 0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := caseKey(s)
		if !utf8.ValidString(k) {
			t.Fatalf("caseKey(%q) = %q: invalid UTF-8", s, k)
		}
		if k2 := caseKey(k); k2 != k {
			t.Fatalf("caseKey(%q) = %q, but caseKey(%q) = %q", s, k, k, k2)
		}
	})
}
