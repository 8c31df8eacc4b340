package ident

import (
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// minutesText is a paraphrased set of minutes; protocol prints one
// election protocol from a shared template.
const minutesText = `Referat fra møte i driftsutvalget
Dato: 6. mai 2024, kl. 18.00–20.00. Sted: Rådhuset, møterom 2.
Til stede: Kari Hansen (leder), Nils Berg, Aud Solheim.
Sak 12/24 Vedlikehold av kommunale veier. Forslag til vedtak: Driftsutvalget
tar orienteringen til etterretning. Vedtak: Som forslag. Sak 13/24 Brøyting
vinteren 2024/2025. Utvalget drøftet mannskap, beredskap og avtaler med
entreprenører. Vedtak: Driftsutvalget ber om en ny plan til neste møte.`

func protocol(municipality, circuit string, people []string, counts ...int) string {
	return fmt.Sprintf(`Valgprotokoll for stemmestyret. Krets: %s. Kommune: %s.
A1 Valget ble avholdt mandag 11. september 2023. A2 Stemmestyret: %s.
B1 Antall godkjente stemmegivninger i konvolutt %d, forkastede %d.
B2 Antall stemmesedler i urne %d, blanke %d.`, circuit, municipality, strings.Join(people, ", "),
		counts[0], counts[1], counts[2], counts[3])
}

func TestSimilarity(t *testing.T) {
	// The PDF of the minutes: other line breaks, a page header, a
	// hyphenated word and upper case.
	pdf := "DRIFTSUTVALGET – side 1\n" + strings.ReplaceAll(minutesText, "etterretning", "etter-\nretning")
	tests := []struct {
		name string
		a, b string
		copy bool
	}{
		{"same text", minutesText, minutesText, true},
		{"pdf copy", minutesText, pdf, true},
		{"one template, two municipalities",
			protocol("Fjellvik", "Nordre", []string{"Hansen Kari", "Lunde Petter"}, 41, 0, 1207, 3),
			protocol("Strandby", "Havn", []string{"Vik Ole", "Sunde Ingrid"}, 12, 1, 388, 0), false},
		{"other minutes", minutesText, protocol("Fjellvik", "Nordre", []string{"Hansen Kari"}, 1, 2, 3, 4), false},
		{"empty", minutesText, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Similarity(NewSketch(tt.a), NewSketch(tt.b))
			if (s >= SimilarCopies) != tt.copy {
				t.Errorf("similarity %.2f, copies %v, want %v", s, !tt.copy, tt.copy)
			}
			if r := Similarity(NewSketch(tt.b), NewSketch(tt.a)); r != s {
				t.Errorf("not symmetric: %.2f and %.2f", s, r)
			}
		})
	}
}

func TestSketchString(t *testing.T) {
	s := NewSketch(minutesText)
	if got := ParseSketch(s.String()); Similarity(got, s) != 1 || len(got) != len(s) {
		t.Errorf("ParseSketch(String()) differs: %v, want %v", got, s)
	}
	for _, bad := range []string{"x|z", "abc", "AAAA"} {
		if ParseSketch(bad) != nil {
			t.Errorf("ParseSketch(%q) is not nil", bad)
		}
	}
}

// referenceSketch is NewSketch as first written: every word, every
// shingle's hash in a map, all of them sorted. NewSketch must give what it
// gives, or the sketches the register holds would stop matching.
func referenceSketch(text string) Sketch {
	if len(text) > sketchMaxText {
		text = text[:sketchMaxText]
	}
	words := strings.FieldsFunc(Lower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	seen := map[uint64]bool{}
	for i := 0; i+shingleWords <= len(words) || (i == 0 && len(words) > 0); i++ {
		h := fnv.New64a()
		for _, w := range words[i:min(i+shingleWords, len(words))] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		seen[h.Sum64()] = true
	}
	s := Sketch(slices.Sorted(maps.Keys(seen)))
	return s[:min(len(s), sketchSize)]
}

func TestSketchAsReference(t *testing.T) {
	long := strings.Repeat(minutesText+" ", 1+sketchMaxText/len(minutesText))
	for _, text := range []string{
		"", " ", "...", "vedtak", "Forslag til", "forslag til vedtak", "Forslag til vedtak: som forslag.",
		minutesText, protocol("Lier", "Sylling", []string{"Kari Hansen", "Nils Berg"}, 12, 7, 9, 1),
		"Sa\u030Ak 3/24 (a and combining ring: one letter in NFC)", "ÆØÅ æøå ÄÖÜ ß İstanbul", "tall 2024 12/24 3,5 %",
		"\xc3(\xa9) ugyldig \xff utf-8", "ord\u00A0med\u2009smale\tmellomrom\nog linjer", long,
	} {
		if got, want := NewSketch(text), referenceSketch(text); !slices.Equal(got, want) {
			t.Errorf("NewSketch(%.40q) = %v,\nwant %v", text, got, want)
		}
	}
}

func FuzzSketchAsReference(f *testing.F) {
	for _, s := range []string{"", "a b c d", minutesText, "Sa\u030Ak \xff 3/24"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NewSketch(s), referenceSketch(s); !slices.Equal(got, want) {
			t.Fatalf("NewSketch(%q) = %v, want %v", s, got, want)
		}
	})
}

func BenchmarkNewSketch(b *testing.B) {
	text := strings.Repeat(minutesText+" ", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		NewSketch(text)
	}
}
