package minutes

import (
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

func TestFindMeeting(t *testing.T) {
	ref := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		title  string
		blocks []doc.Block
		want   *doc.Meeting
	}{
		{"labelled lines", "Referat",
			[]doc.Block{p("Til Styringsgruppen for Normen"), p("Møtetidspunkt: Tirsdag 02.12.25 12:00 – 15:30"), p("Sted: Teams")},
			&doc.Meeting{Body: "Styringsgruppen for Normen", Date: "2025-12-02", Start: "12:00", End: "15:30", Place: "Teams"}},
		{"header table", "Møteprotokoll",
			[]doc.Block{row("Utvalg:", "Valgstyret"), row("Møtedato:", "03.09.2025"), row("Tid:", "kl. 18.00"), row("Møtestad:", "Kommunehuset")},
			&doc.Meeting{Body: "Valgstyret", Date: "2025-09-03", Start: "18:00", Place: "Kommunehuset"}},
		{"several labels on a line", "Protokoll",
			[]doc.Block{p("Dato: 12.03.2024 Tid: 09:00–11:00 Sted: Rådhuset")},
			&doc.Meeting{Date: "2024-03-12", Start: "09:00", End: "11:00", Place: "Rådhuset"}},
		{"roles and fields on one line", "Referat",
			[]doc.Block{p("Møteleder: Kari Nordmann Referent: Ola Hansen Dato: 12.03.2024 Tid: 9.00-11.30 Sted: Rådhuset")},
			&doc.Meeting{Date: "2024-03-12", Start: "09:00", End: "11:30", Place: "Rådhuset"}},
		{"dotted time span in a table", "Referat",
			[]doc.Block{row("Dato:", "20.03.2025"), row("Tid:", "12.30–14.00")},
			&doc.Meeting{Date: "2025-03-20", Start: "12:30", End: "14:00"}},
		{"time and place together", "Referat fra styremøtet",
			[]doc.Block{p("Tid og sted: 5. mai 2025 kl. 10–12, Rådhuset")},
			&doc.Meeting{Date: "2025-05-05", Start: "10:00", End: "12:00", Place: "Rådhuset"}},
		{"title only", "Protokoll fra møte i Formannskapet 12.03.2024", nil,
			&doc.Meeting{Body: "Formannskapet", Date: "2024-03-12"}},
		{"body from the decisions, end from adjournment", "Møtebok",
			[]doc.Block{p("Dato: 1. juni 2025"), p("Sak 1/25 Godkjenning"), p("Valgstyrets vedtak:"), p("Godkjent."), p("Møtet ble hevet kl. 19.30")},
			&doc.Meeting{Body: "Valgstyret", Date: "2025-06-01", End: "19:30"}},
		{"body under a bare title, opening and closing notes", "MØTEPROTOKOLL",
			[]doc.Block{h(1, "MØTEPROTOKOLL"), p("Formannskapet"), p("Møtedato: 05.03.2024"), p("Møtet ble satt kl. 10.00."),
				p("PS 1/24 Godkjenning"), p("Møtet ble hevet kl. 14.30.")},
			&doc.Meeting{Body: "Formannskapet", Date: "2024-03-05", Start: "10:00", End: "14:30"}},
		{"nynorsk", "Møtebok",
			[]doc.Block{p("Møtestad: Kommunehuset"), p("Møtedato: 4. mars 2024"), p("Sak 1/24 Val"), p("Kommunestyret sitt vedtak:"), p("Godkjent.")},
			&doc.Meeting{Body: "Kommunestyret", Date: "2024-03-04", Place: "Kommunehuset"}},
		{"nothing", "Notat", []doc.Block{p("Innhold uten møte.")}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := flatten(tc.blocks)
			cut := len(lines)
			if s := findStarts(lines, make([]bool, len(lines))); len(s) > 0 {
				cut = s[0].at
			}
			got := findMeeting(lines, cut, tc.title, "", ref)
			if (got == nil) != (tc.want == nil) || (got != nil && *got != *tc.want) {
				t.Errorf("meeting = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestFindTitle(t *testing.T) {
	tests := []struct {
		name string
		d    *doc.Document
		want string
	}{
		{"first heading", &doc.Document{Meta: doc.Meta{Title: "Mal for referat"}, Blocks: []doc.Block{p("Kommune"), h(1, "Referat fra styremøte")}}, "Referat fra styremøte"},
		{"meta title completes a broken first line", &doc.Document{Meta: doc.Meta{Title: "Referat fra møte i styringsgruppen for Normen 16. september 2025"},
			Blocks: []doc.Block{p("Referat fra møte i styringsgruppen for"), p("Normen 16. september 2025")}}, "Referat fra møte i styringsgruppen for Normen 16. september 2025"},
		{"junk meta title", &doc.Document{Meta: doc.Meta{Title: "Microsoft Word - ref.docx"}, Blocks: []doc.Block{p("Møtereferat")}}, "Møtereferat"},
		{"meta title without text", &doc.Document{Meta: doc.Meta{Title: "Veileder om logging"}}, "Veileder om logging"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := findTitle(tc.d, flatten(tc.d.Blocks)); got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}
