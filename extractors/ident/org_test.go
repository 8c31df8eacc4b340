package ident

import (
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestOrganization(t *testing.T) {
	tests := []struct {
		name, text, body, want string
		meta                   doc.Meta
		header                 string
	}{
		{"page header", "Møteprotokoll\nDato: 4. mars 2024", "Formannskapet", "Strandby kommune", doc.Meta{}, "Strandby kommune – side 1"},
		{"signature", "Møteprotokoll\nSak 1/24\nVedtatt.\n\nFor Fjellvik kommune\nKari Hansen, ordfører", "", "Fjellvik kommune", doc.Meta{}, ""},
		{"signature for a person", "Møteprotokoll\nSak 1/24\nVedtatt.\nFor Kari Hansen møtte Ola Vik", "", "", doc.Meta{}, ""},
		{"metadata", "Møteprotokoll\nDato: 4. mars 2024", "", "Helse Vestkyst HF", doc.Meta{Author: "Helse Vestkyst HF"}, ""},
		{"person as author", "Møteprotokoll", "", "", doc.Meta{Author: "Kari Hansen"}, ""},
		{"letterhead", "Valgprotokoll for valgstyret i\nFjellvik kommune, Vestland fylke\nKommune: Fjellvik", "", "Fjellvik kommune", doc.Meta{}, ""},
		{"two-word name", "Valgprotokoll for valgstyret i\nUnjárga - Nesseby kommune, Troms og Finnmark", "", "Unjárga - Nesseby kommune", doc.Meta{}, ""},
		{"label", "Valgprotokoll for stemmestyret\nKrets: Nordre\nKommune: Strandby\nFylke: Rogaland", "", "Strandby kommune", doc.Meta{}, ""},
		{"labels joined on one line", "Valgprotokoll for stemmestyret\nKrets: Nordre Kommune: Strandby Fylke: Rogaland", "", "Strandby kommune", doc.Meta{}, ""},
		{"label with the noun", "Organisasjon: Nordlys idrettslag\nReferat fra styremøte", "", "Nordlys idrettslag", doc.Meta{}, ""},
		{"abbreviation", "Helse Vestkyst HF\nProtokoll fra styremøte", "", "Helse Vestkyst HF", doc.Meta{}, ""},
		{"capitals", "FJELLVIK KOMMUNE\nMøteprotokoll", "", "FJELLVIK KOMMUNE", doc.Meta{}, ""},
		{"from the body", "Referat fra styremøte\nDato: 4. mars 2024", "Styret i Fjordheim borettslag", "Fjordheim borettslag", doc.Meta{}, ""},
		// Look-alikes: none of these names the document's organisation.
		{"attendance list", "Referat\nTil stede:\nKari Nordmann, Fjellvik kommune\nOla Nordmann, Helse Vestkyst HF", "", "", doc.Meta{}, ""},
		{"compound word", "Møte i kommunestyresalen\nSted: Kommunehuset", "", "", doc.Meta{}, ""},
		{"lower-case words", "referatet fra møtet i kommune og fylke", "", "", doc.Meta{}, ""},
		{"abbreviation in lower case", "Styret as planned\nVi som hf", "", "", doc.Meta{}, ""},
		{"far down", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nFjellvik kommune", "", "", doc.Meta{}, ""},
		{"no text", "", "", "", doc.Meta{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &doc.Record{Text: tt.text, Meta: tt.meta}
			if tt.header != "" {
				rec.Blocks = []doc.Block{{Kind: doc.Paragraph, Text: tt.header, Part: doc.Header}}
			}
			if tt.body != "" {
				rec.Meeting = &doc.Meeting{Body: tt.body}
			}
			if got := Organization(rec); got != tt.want {
				t.Errorf("Organization = %q, want %q", got, tt.want)
			}
		})
	}
}
