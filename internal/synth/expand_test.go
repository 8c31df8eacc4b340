package synth

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	tests := []struct{ name, tmpl, want string }{
		{"none", "Vedtak: godkjent.", "Vedtak: godkjent."},
		{"one", "Sak {X}", "Sak 12/25"},
		{"repeated", "{X} og {X}", "12/25 og 12/25"},
		{"unknown kept", "{Q} {X}", "{Q} 12/25"},
		{"unterminated", "a {X", "a {X"},
		{"empty key", "{}", "{}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fill(tt.tmpl, "{X}", "12/25"); got != tt.want {
				t.Errorf("fill(%q) = %q, want %q", tt.tmpl, got, tt.want)
			}
		})
	}
}

// TestTemplatesFilled checks that no placeholder survives in any generated
// document, whatever kind, layout or language.
func TestTemplatesFilled(t *testing.T) {
	for i := range 300 {
		m, _ := Document(Options{Seed: 9}, i)
		for _, it := range m.Items() {
			if s := it.Plain(); strings.Contains(s, "{") || strings.Contains(s, "}") {
				t.Fatalf("document %d (%s, %s): unfilled %q", i, m.Layout, m.Lang, s)
			}
		}
	}
}

func TestCompoundForms(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, key := range []string{"CS", "CD", "CU", "CP"} {
		t.Run(key, func(t *testing.T) {
			for lang := range 2 {
				v, ok := compoundValue(rng, lang, key)
				if !ok || len(v) < 6 || strings.ContainsAny(v, " {") {
					t.Errorf("lang %d: %q, %v", lang, v, ok)
				}
				if key == "CU" && v != capitalize(v) {
					t.Errorf("%q not capitalised", v)
				}
			}
		})
	}
	if _, ok := compoundValue(rng, nb, "X"); ok {
		t.Error("X taken for a compound key")
	}
}
