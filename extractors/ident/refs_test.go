package ident

import (
	"reflect"
	"testing"
)

func TestReferences(t *testing.T) {
	tests := []struct {
		in   string
		want []Ref
	}{
		{"Jon Berge – Sak 21-25 er uklart, må presiseres.", []Ref{{"Sak 21-25", "21/25"}}},
		{"jf. sak 21/25 og oppfølging av sak 21/25", []Ref{{"sak 21/25", "21/25"}}},
		{"Viser til PS 12/24 og RS 3/2024.", []Ref{{"PS 12/24", "ps 12/24"}, {"RS 3/2024", "rs 3/24"}}},
		{"Som i saka 4/19 (nynorsk).", []Ref{{"saka 4/19", "4/19"}}},
		{"sak nr. 7/25", []Ref{{"sak nr. 7/25", "7/25"}}},
		// Look-alikes: archive numbers, dates, bare numbers and fractions.
		{"Saksnr.: 24/00311", nil},
		{"Arkivsak 2024/1234", nil},
		{"møtet 16/09-25 og 3/4 av medlemmene", nil},
		{"saken ble utsatt", nil},
		{"kl 10/25", nil},
	}
	for _, tt := range tests {
		if got := References(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("References(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleKey(t *testing.T) {
	for in, want := range map[string]string{
		"Veileder: Sikre helseopplysningenes integritet": "sikre helseopplysningenes integritet",
		"Nytt i Normen": "nytt i normen",
		"Høring: Forskrift om sikkerhet i helse": "forskrift om sikkerhet i helse",
		"Plan for 2026: mål, tiltak og budsjett": "plan for 2026: mål, tiltak og budsjett",
	} {
		if got := TitleKey(in); got != want {
			t.Errorf("TitleKey(%q) = %q, want %q", in, got, want)
		}
	}
}
