package extractors

import (
	"bytes"
	"context"
	"flag"
	"slices"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/internal/fixtures"
	"github.com/motebok/motebok/internal/synth"
)

var strictPDF = flag.Bool("strictpdf", false, "check the wild layouts the PDF reader is known to garble too")

// oneRowTable is why a member table of one row is garbled in PDF.
const oneRowTable = "a plain header and one row of one-line cells look like page columns of two one-line paragraphs (Tika testPDFVarious), so are read column by column"

// pdfGarbled are the wild layouts whose PDF the PDF reader does not read
// back as written, with why; -strictpdf checks them anyway.
var pdfGarbled = map[string]string{
	"nynorsk council protocol":                                oneRowTable,
	"council protocol, decision under the body's own heading": oneRowTable,
	"nynorsk council protocol, members table and tilråding":   oneRowTable,
	"nynorsk council for the elderly":                         oneRowTable,
	"housing co-op general meeting":                           "the last list item and the paragraph after it are read as one line",
}

// TestWildFormats writes the wild layouts as DOCX, ODT and PDF with the
// synth writers and checks that each format gives what the layout's blocks
// give: the same meeting, attendees and cases. A DOCX file Word has not
// laid out does not know its pages.
func TestWildFormats(t *testing.T) {
	ref := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	opts := DefaultOptions()
	opts.RefDate = ref
	for _, l := range slices.Concat(fixtures.Wild, fixtures.General) {
		m := synth.Meeting{Lang: "nb", Date: ref, Flow: itemsOf(l.Doc().Blocks)}
		for _, format := range []string{"docx", "odt", "pdf"} {
			t.Run(l.Name+"/"+format, func(t *testing.T) {
				if why := pdfGarbled[l.Name]; format == "pdf" && why != "" && !*strictPDF {
					t.Skip("PDF reader: " + why)
				}
				var buf bytes.Buffer
				if err := synth.Write(&buf, m, format); err != nil {
					t.Fatal(err)
				}
				rec, err := Extract(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), "wild."+format, ref, opts)
				if err != nil {
					t.Fatal(err)
				}
				if rec.Kind != doc.KindMinutes {
					t.Fatalf("kind = %q (%v)", rec.Kind, rec.Warnings)
				}
				l.Check(t, format != "docx", rec.Meeting, rec.Attendees, rec.Cases)
			})
		}
	}
}

// itemsOf turns blocks into the synth writers' flow: headings, paragraphs
// and list items as they are, consecutive rows as one table with columns
// of equal width.
func itemsOf(blocks []doc.Block) []synth.Item {
	items := make([]synth.Item, 0, len(blocks))
	for _, b := range blocks {
		switch b.Kind {
		case doc.Heading:
			items = append(items, synth.Item{Kind: synth.HeadingItem, Level: b.Level, Text: b.Text})
		case doc.ListItem:
			items = append(items, synth.Item{Kind: synth.BulletItem, Text: b.Text})
		case doc.TableRow:
			widths := make([]float64, len(b.Cells))
			for i := range widths {
				widths[i] = 1 / float64(len(widths))
			}
			items = append(items, synth.Item{Kind: synth.RowItem, Cells: b.Cells, Widths: widths})
		default:
			items = append(items, synth.Item{Kind: synth.ParaItem, Text: b.Text})
		}
	}
	return items
}
