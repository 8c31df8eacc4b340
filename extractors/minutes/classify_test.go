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
