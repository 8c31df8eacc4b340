package minutes

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
	"github.com/motebok/motebok/extractors/internal/fixtures"
)

// textOf writes a document as fuzz input: one block a line, "# " before a
// heading, "- " before a list item, cells joined by " | " ("\n" in a cell
// becomes "¶").
func textOf(d *doc.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case doc.Heading:
			b.WriteString("# ")
		case doc.ListItem:
			b.WriteString("- ")
		}
		if bl.Kind == doc.TableRow {
			b.WriteString(strings.ReplaceAll(strings.Join(bl.Cells, " | "), "\n", "¶"))
		} else {
			b.WriteString(bl.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// docFromText reads textOf's form back; a new page starts every 20 lines.
func docFromText(s string) *doc.Document {
	d := &doc.Document{Format: "pdf"}
	for i, l := range strings.Split(s, "\n") {
		b := doc.Block{Kind: doc.Paragraph, Text: l, Page: i/20 + 1}
		switch {
		case strings.HasPrefix(l, "# "):
			b.Kind, b.Level, b.Text = doc.Heading, 1, l[2:]
		case strings.HasPrefix(l, "- "):
			b.Kind, b.Text = doc.ListItem, l[2:]
		case strings.Contains(l, " | "):
			b.Kind, b.Cells = doc.TableRow, strings.Split(strings.ReplaceAll(l, "¶", "\n"), " | ")
		}
		d.Blocks = append(d.Blocks, b)
		d.Pages = b.Page
	}
	return d
}

func FuzzAnalyze(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json")
	for _, file := range files {
		f.Add(textOf(loadFixture(f, file)))
	}
	for _, e := range excerpts {
		f.Add(textOf(loadExcerpt(f, e.file)))
	}
	for _, l := range slices.Concat(layouts, readerArtifacts, protocolLayouts, fixtures.Wild, fixtures.General) {
		f.Add(textOf(l.Doc()))
	}
	f.Add("Sak 1/25 |  | \n(\n((for \nVedtak:\nTil stede: , ,; og")
	f.Add("Innkalte: Kari Dahl, Ola (Olli) Berg\n==Tilstede:==\n# 1. trinn\nKari *2. trinn: Ola Berg, *3. trinn - Per\nMeldt forfall: Eva Lie, Tor\nOla Bergh kunne ikke komme")
	ref := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		r := Analyze(docFromText(s), ref)
		checkInvariants(t, r)
	})
}

func checkInvariants(t *testing.T, r Result) {
	switch r.Kind {
	case doc.KindMinutes, doc.KindAgenda:
	case doc.KindPresentation, doc.KindGuide, doc.KindOther:
		if r.Meeting != nil || len(r.Attendees) > 0 || len(r.Cases) > 0 {
			t.Fatalf("%s with minutes fields", r.Kind)
		}
	default:
		t.Fatalf("kind %q", r.Kind)
	}
	for _, a := range r.Attendees {
		if strings.TrimSpace(a.Name) == "" || (a.Status != doc.Present && a.Status != doc.Absent && a.Status != doc.Substitute) {
			t.Fatalf("attendee %+v", a)
		}
	}
	keys := map[string]bool{}
	for _, c := range r.Cases {
		if strings.TrimSpace(c.Number) == "" || keys[ident.CaseKey(c.Number)] {
			t.Fatalf("case number %q empty or repeated", c.Number)
		}
		keys[ident.CaseKey(c.Number)] = true
		if c.Decided != (c.Decision != "") {
			t.Fatalf("case %s decided=%v with decision %q", c.Number, c.Decided, c.Decision)
		}
	}
}
