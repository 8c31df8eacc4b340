package ident

import (
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestOrganization(t *testing.T) {
	tests := []struct {
		name, text, body, want string
	}{
		{"letterhead", "Valgprotokoll for valgstyret i\nFjellvik kommune, Vestland fylke\nKommune: Fjellvik", "", "Fjellvik kommune"},
		{"two-word name", "Valgprotokoll for valgstyret i\nUnjárga - Nesseby kommune, Troms og Finnmark", "", "Unjárga - Nesseby kommune"},
		{"label", "Valgprotokoll for stemmestyret\nKrets: Nordre\nKommune: Strandby\nFylke: Rogaland", "", "Strandby kommune"},
		{"labels joined on one line", "Valgprotokoll for stemmestyret\nKrets: Nordre Kommune: Strandby Fylke: Rogaland", "", "Strandby kommune"},
		{"label with the noun", "Organisasjon: Nordlys idrettslag\nReferat fra styremøte", "", "Nordlys idrettslag"},
		{"abbreviation", "Helse Vestkyst HF\nProtokoll fra styremøte", "", "Helse Vestkyst HF"},
		{"capitals", "FJELLVIK KOMMUNE\nMøteprotokoll", "", "FJELLVIK KOMMUNE"},
		{"from the body", "Referat fra styremøte\nDato: 4. mars 2024", "Styret i Fjordheim borettslag", "Fjordheim borettslag"},
		// Look-alikes: none of these names the document's organisation.
		{"attendance list", "Referat\nTil stede:\nKari Nordmann, Fjellvik kommune\nOla Nordmann, Helse Vestkyst HF", "", ""},
		{"compound word", "Møte i kommunestyresalen\nSted: Kommunehuset", "", ""},
		{"lower-case words", "referatet fra møtet i kommune og fylke", "", ""},
		{"abbreviation in lower case", "Styret as planned\nVi som hf", "", ""},
		{"far down", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nFjellvik kommune", "", ""},
		{"no text", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &doc.Record{Text: tt.text}
			if tt.body != "" {
				rec.Meeting = &doc.Meeting{Body: tt.body}
			}
			if got := Organization(rec); got != tt.want {
				t.Errorf("Organization = %q, want %q", got, tt.want)
			}
		})
	}
}
