package pdf

import (
	"reflect"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// annotatedPDF is a page of text with the given /Annots.
func annotatedPDF(annots string) []byte {
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots " + annots + " >>"
	return makePDF("", catalog, onePage, page, stream([]byte("BT /F1 12 Tf 50 700 Td (Body) Tj ET"), ""), helvetic)
}

func TestAnnotations(t *testing.T) {
	tests := []struct {
		name   string
		annots string
		want   []string
	}{
		{"sticky note", "[<< /Subtype /Text /Contents (Here is a comment) >>]", []string{"Here is a comment"}},
		{"free text in UTF-16", "[<< /Subtype /FreeText /Contents <FEFF00D80079> >>]", []string{"Øy"}},
		{"odd UTF-16 length", "[<< /Subtype /Highlight /Contents <FEFF00E500> >>]", []string{"å"}},
		{"UTF-8 with mark", "[<< /Subtype /Text /Contents <EFBBBFC3A6> >>]", []string{"æ"}},
		{"links, fields and popups skipped", "[<< /Subtype /Link /Contents (lenke) >> << /Subtype /Widget /Contents (felt) >> << /Subtype /Popup /Contents (x) >>]", nil},
		{"empty contents skipped", "[<< /Subtype /Text /Contents ( ) >> << /Subtype /Square >>]", nil},
		{"PDFDocEncoding, replies in order", "[<< /Subtype /Text /Contents (Sp\\370rsm\\345l) >> << /Subtype /Text /IRT 9 0 R /Contents (Svar) >>]", []string{"Spørsmål", "Svar"}},
		{"not an array", "(nonsense)", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := readBytes(annotatedPDF(tc.annots))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range d.Blocks {
				if b.Part == doc.Comment {
					got = append(got, b.Text)
					if b.Page != 1 {
						t.Errorf("comment on page %d", b.Page)
					}
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("comments %q, want %q", got, tc.want)
			}
		})
	}
}
