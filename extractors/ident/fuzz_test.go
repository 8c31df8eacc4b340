package ident

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTextReaders checks that the readers of free text never panic, that
// what they return is taken from the text, and that keys are stable.
func FuzzTextReaders(f *testing.F) {
	for _, s := range []string{
		"Jon Berge – Sak 21-25 er uklart. jf. sak 21/25, PS 12/24",
		"Veileder i Norm for informasjonssikkerhet og personvern (Normen) (AU) (",
		"Kommune: Lier Fylke: Viken\nLier kommune\n((((", "sak nr. 0/0000", "\xc3(\xa9)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range References(s) {
			if !strings.Contains(s, r.Text) || CaseKey(r.Key) != r.Key {
				t.Fatalf("References(%q) gave %+v", s, r)
			}
		}
		for _, a := range Abbreviations(s) {
			if !strings.Contains(s, a.Short) || !strings.Contains(strings.Join(strings.Fields(s), " "), a.Long) {
				t.Fatalf("Abbreviations(%q) gave %+v", s, a)
			}
		}
		if k := PersonKey(s); PersonKey(k) != k || !utf8.ValidString(k) {
			t.Fatalf("PersonKey(%q) = %q is not stable", s, k)
		}
		if k := TitleKey(s); !utf8.ValidString(k) {
			t.Fatalf("TitleKey(%q) = %q", s, k)
		}
		_ = Similarity(NewSketch(s), NewSketch(s+" x"))
	})
}
