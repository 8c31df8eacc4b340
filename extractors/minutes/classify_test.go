package minutes

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// slides builds a PDF-like deck: n pages with a short title and two bullets.
func slides(n int) *doc.Document {
	d := &doc.Document{Format: "pdf", Pages: n}
	for i := 1; i <= n; i++ {
		d.Blocks = append(d.Blocks,
			doc.Block{Kind: doc.Paragraph, Text: fmt.Sprintf("Tema %d for året", i), Page: i},
			doc.Block{Kind: doc.Paragraph, Text: "Bedre struktur, språk og lesbarhet i hele dokumentet", Page: i},
			doc.Block{Kind: doc.Paragraph, Text: "Oppdatert etter relevante krav i forordningen", Page: i})
	}
	return d
}

// report builds a PDF-like report of n dense pages.
func report(title string, n int) *doc.Document {
	d := &doc.Document{Format: "pdf", Pages: n, Blocks: []doc.Block{{Kind: doc.Heading, Level: 1, Text: title, Page: 1}}}
	text := strings.Repeat("Virksomheten skal ha rutiner for tilgangsstyring og logging av alle oppslag. ", 20)
	for i := 1; i <= n; i++ {
		d.Blocks = append(d.Blocks, doc.Block{Kind: doc.Paragraph, Text: text, Page: i})
	}
	return d
}

// noticeOf builds a meeting notice: the given top, members called, an
// agenda and the proposals to be treated.
func noticeOf(top ...doc.Block) *doc.Document {
	return docOf("pdf", append(top,
		p("Dato: 12.03.2024 kl. 10:00"),
		p("Medlemmer: Kari Nordmann, Ola Hansen, Per Olsen"),
		h(2, "Saksliste"),
		row("PS 12/24", "Godkjenning av innkalling og saksliste"),
		row("PS 13/24", "Budsjett 2024"),
		h(2, "PS 13/24 Budsjett 2024"),
		p("Kommunedirektørens innstilling:"),
		p("Budsjettet vedtas."))...)
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name   string
		d      *doc.Document
		want   string
		unsure bool
	}{
		{"case table minutes", tableMinutes(), doc.KindMinutes, false},
		{"heading minutes", headingMinutes(), doc.KindMinutes, false},
		{"municipal protocol", municipalProtocol(), doc.KindMinutes, false},
		{"pptx", &doc.Document{Format: "pptx", Blocks: []doc.Block{h(1, "Referat fra arbeidet")}}, doc.KindPresentation, false},
		{"pdf slides", slides(8), doc.KindPresentation, false},
		{"guide", report("Veileder: Sikre helseopplysningenes integritet", 3), doc.KindGuide, false},
		{"faktaark", report("Faktaark om kunstig intelligens", 1), doc.KindGuide, false},
		{"plain report", report("Årsrapport 2024", 4), doc.KindOther, false},
		{"scanned pdf", &doc.Document{Format: "pdf", Pages: 5}, doc.KindOther, false},
		{"labels without a title", docOf("pdf", p("Notat"), p("Til stede: Kari Nordmann, Ola Hansen"), p("Sted: Rådhuset")), doc.KindMinutes, false},
		{"close call", docOf("docx", h(1, "Veileder – referat fra arbeidsmøte"), p("Teksten følger.")), doc.KindMinutes, true},
		{"weak evidence", docOf("docx", h(1, "Notat"), p("Sted: Rådhuset")), doc.KindOther, true},
		{"notice", noticeOf(h(1, "Møteinnkalling"), p("Utvalg: Formannskapet")), doc.KindOther, true},
		{"nynorsk notice", noticeOf(h(1, "Innkalling til styremøte"), p("Stad: Heradshuset")), doc.KindOther, true},
		{"notice under a banner", noticeOf(p("Fjordvik kommune"), p("Innkalling til møte i Eldrerådet")), doc.KindOther, true},
		{"sakskart", noticeOf(h(1, "Sakskart"), p("Dato: 12.03.2024")), doc.KindOther, true},
		{"minutes approving the notice", docOf("pdf", h(1, "Protokoll – Formannskapet"), p("Dato: 12.03.2024"), p("Til stede: Kari Nordmann, Ola Hansen"),
			h(2, "PS 1/24 Godkjenning av innkalling"), p("Vedtak: Innkalling godkjent."), h(2, "PS 2/24 Innkalling til ekstraordinært møte"), p("Vedtak: Vedtatt.")),
			doc.KindMinutes, false},
		{"minutes opening with innkalling", docOf("pdf", h(1, "Styremøte 12.03.2024"), p("Innkalling og saksliste"), p("Til stede: Kari Nordmann, Ola Hansen"),
			h(2, "Sak 1/24 Budsjett"), p("Vedtak: Budsjettet vedtas."), h(2, "Sak 2/24 Eventuelt"), p("Vedtak: Ingen.")),
			doc.KindMinutes, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Analyze(tc.d, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
			if r.Kind != tc.want {
				t.Errorf("kind = %q, want %q (%v)", r.Kind, tc.want, r.Warnings)
			}
			if unsure := len(r.Warnings) > 0; unsure != tc.unsure {
				t.Errorf("warnings = %q, want unsure=%v", r.Warnings, tc.unsure)
			}
			if r.Kind != doc.KindMinutes && (r.Meeting != nil || r.Cases != nil || r.Attendees != nil) {
				t.Errorf("%s has minutes fields: %+v", r.Kind, r)
			}
		})
	}
}
