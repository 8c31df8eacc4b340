package synth

import (
	"bytes"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestFormatsCarryTheTruth writes documents of every kind and layout in
// every format, reads them back and checks that what truth.jsonl promises
// is in the text: names, case numbers, decisions, dates.
func TestFormatsCarryTheTruth(t *testing.T) {
	seen := map[string]bool{}
	for _, format := range Formats {
		for i := range 40 {
			m, _ := Document(Options{Seed: 11, MinutesShare: 0.9}, i)
			seen[string(m.Layout)+"/"+m.Lang] = true
			t.Run(format+"/"+string(m.Layout)+"/"+m.Lang, func(t *testing.T) {
				var b bytes.Buffer
				if err := Write(&b, m, format); err != nil {
					t.Fatal(err)
				}
				if b.Len() < 500 || b.Len() > 20000 {
					t.Errorf("size %d bytes, want 0.5-20 KB", b.Len())
				}
				norm := squash
				if format == "pdf" && m.Style.PDFText == int(TextGaps) {
					norm = compact
				}
				text := norm(documentText(t, format, b.Bytes()))
				for _, want := range promised(m) {
					if !strings.Contains(text, norm(want)) {
						t.Errorf("text lacks %q", want)
					}
				}
			})
		}
	}
	for _, l := range []Layout{LayoutHeadings, LayoutTable, LayoutCaseTable, LayoutProtocol, LayoutBoard, LayoutGuide, LayoutSlides} {
		if !seen[string(l)+"/nb"] && !seen[string(l)+"/nn"] {
			t.Errorf("layout %s never drawn", l)
		}
	}
}

// promised lists phrases the document's text must contain. Long sentences
// are checked by their first and last words, since a page break may fall
// between them.
func promised(m Meeting) []string {
	want := []string{m.Title}
	if m.Kind != doc.KindMinutes {
		for _, s := range m.Sections {
			want = append(want, s.Heading)
		}
		return want
	}
	for _, p := range append(append([]Person(nil), m.Present...), m.Absent...) {
		want = append(want, p.Name)
	}
	for _, c := range m.Cases {
		want = append(want, c.Label)
		if c.Decision != "" {
			w := strings.Fields(c.Decision)
			want = append(want, strings.Join(w[:min(3, len(w))], " "), strings.Join(w[max(0, len(w)-3):], " "))
		}
	}
	return want
}
