package ident

import (
	"reflect"
	"strings"
	"testing"
)

func TestAbbreviations(t *testing.T) {
	tests := []struct {
		in   string
		want []Abbrev
	}{
		{"Veileder i Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren (Normen) versjon 1",
			[]Abbrev{{"Normen", "Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren"}}},
		{"Redegjør for arbeidet i arbeidsutvalget (AU).", []Abbrev{{"AU", "arbeidsutvalget"}}},
		{"Orientering om Felles sikkerhet i forvaltningen (FSIF) og Helse Nord (HN)",
			[]Abbrev{{"FSIF", "Felles sikkerhet i forvaltningen"}, {"HN", "Helse Nord"}}},
		// Look-alikes: remarks, numbers, lower case, letters out of order.
		{"Susanne presenterer (se presentasjon) og (2024) og (vedlegg)", nil},
		{"Kontrollutvalget (KU) møttes", []Abbrev{{"KU", "Kontrollutvalget"}}},
		{"Fylkesmannen i Vestland (XQ)", nil},
		{"uten slutt (AU", nil},
	}
	for _, tt := range tests {
		if got := Abbreviations(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Abbreviations(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBodyIDs(t *testing.T) {
	abbrevs := []Abbrev{{"Normen", "Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren"}}
	aliases, err := ParseAliases(strings.NewReader(`# bodies that are one
Formannskapet i Fjellvik = Formannskapet
FSK = Formannskapet i Fjellvik

a = b
b = a
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, want string }{
		{"styringsgruppen for normen", "styringsgruppen for normen"},
		{"styringsgruppen for norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren", "styringsgruppen for normen"},
		{"styringsgruppen for norm for informasjonssikkerhet i helse- og omsorgssektoren", "styringsgruppen for normen"},
		{"fsk", "formannskapet"},
		{"formannskapet i fjellvik", "formannskapet"},
		{"a", "b"}, // a loop stops
		// Look-alikes: a long form's words in another order or cut short.
		{"rådet for norm for personvern", "rådet for norm for personvern"},
		{"rådet for omsorgssektoren og norm", "rådet for omsorgssektoren og norm"},
		{"kontrollutvalget", "kontrollutvalget"},
		// A name contained in exactly one other.
		{"styringsgruppen", "styringsgruppen for normen"},
		{"styret", "styret"}, // two longer names: not settled
		{"styret i fjordheim", "styret i fjordheim"},
		{"styret i nordlys", "styret i nordlys"},
		{"styringsgruppe", "styringsgruppe"}, // a word, not a prefix of one
	}
	var names []string
	for _, tt := range tests {
		names = append(names, tt.name)
	}
	got := BodyIDs(names, abbrevs, aliases)
	for _, tt := range tests {
		if got[tt.name] != tt.want {
			t.Errorf("BodyIDs[%q] = %q, want %q", tt.name, got[tt.name], tt.want)
		}
	}
}

func TestParseAliasesErrors(t *testing.T) {
	for _, bad := range []string{"no equals sign", " = only right", "only left =", "ok = fine\n=\n"} {
		if _, err := ParseAliases(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("ParseAliases(%q) = %v, want an error naming the line", bad, err)
		}
	}
}
