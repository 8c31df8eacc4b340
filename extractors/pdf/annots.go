package pdf

import (
	"strings"
	"unicode/utf16"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/motebok/motebok/extractors/doc"
)

// maxAnnots bounds the annotations read on one page.
const maxAnnots = 1000

// notComments are the annotation types whose /Contents is not a reader's
// comment: links, form fields, popups (which show their parent's text)
// and print or media furniture.
var notComments = map[string]bool{
	"Link": true, "Widget": true, "Popup": true, "PrinterMark": true, "TrapNet": true,
	"Watermark": true, "Sound": true, "Movie": true, "Screen": true, "3D": true, "RichMedia": true,
}

// annotations returns the comments attached to a page: the /Contents of
// its sticky notes, free text boxes, highlights and other markup, each a
// block with Part doc.Comment. Reading stops at a damaged annotation.
func annotations(page lpdf.Value, num int) (out []doc.Block) {
	defer func() { _ = recover() }() // keep what was read before the damage
	annots := page.Key("Annots")
	for i := 0; i < annots.Len() && i < maxAnnots; i++ {
		a := annots.Index(i)
		if notComments[a.Key("Subtype").Name()] {
			continue
		}
		if text := strings.TrimSpace(textString(a.Key("Contents"))); text != "" {
			out = append(out, doc.Block{Kind: doc.Paragraph, Text: text, Page: num, Part: doc.Comment})
		}
	}
	return out
}

// textString decodes a PDF text string: UTF-16BE or UTF-8 after their
// byte order marks, else PDFDocEncoding.
func textString(v lpdf.Value) (s string) {
	if v.Kind() != lpdf.String {
		return ""
	}
	raw := v.RawString()
	switch {
	case strings.HasPrefix(raw, "\xfe\xff"):
		return string(utf16.Decode(utf16Units(raw[2:])))
	case strings.HasPrefix(raw, "\xef\xbb\xbf"):
		return strings.ToValidUTF8(raw[3:], "\ufffd")
	}
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	return strings.ToValidUTF8(v.Text(), "\ufffd")
}
