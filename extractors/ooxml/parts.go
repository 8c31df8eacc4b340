package ooxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// notePart describes a part kept apart from the body.
type notePart struct {
	kind      string   // relationship type
	part      doc.Part // where its blocks go
	container string   // element holding one note ("" for the whole part)
}

// docxParts lists the parts read after the body, in output order.
var docxParts = []notePart{
	{relFootnotes, doc.Footnote, "footnote"},
	{relEndnotes, doc.Footnote, "endnote"},
	{relComments, doc.Comment, "comment"},
	{relHeader, doc.Header, "hdr"},
	{relFooter, doc.Footer, "ftr"},
}

// separatorNotes are the built-in notes that hold no text.
var separatorNotes = map[string]bool{"separator": true, "continuationSeparator": true, "continuationNotice": true}

// readParts appends the blocks of notes, comments, headers and footers to
// d. Page numbers are not known there; repeated header and footer text
// (first, even and default variants) is kept once.
func (st *docxState) readParts(a *zipxml.Archive, docRels []rel, d *doc.Document) error {
	saved := st.pages
	defer func() { st.pages = saved }()
	seen := map[[2]string]bool{}
	for _, np := range docxParts {
		for _, name := range byKind(docRels, np.kind) {
			bs, err := st.readNotes(a, name, np.container)
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("%s: %w", name, err)
			}
			for _, b := range bs {
				b.Part, b.Page = np.part, 0
				if key := [2]string{string(b.Part), b.Text}; !seen[key] {
					seen[key] = true
					d.Blocks = append(d.Blocks, b)
				}
			}
		}
	}
	return nil
}

// readNotes reads the blocks inside every container element of a part.
func (st *docxState) readNotes(a *zipxml.Archive, name, container string) ([]doc.Block, error) {
	var out []doc.Block
	err := walkElements(a, name, func(w *walker, se xml.StartElement) error {
		if se.Name.Local != container {
			return nil
		}
		if separatorNotes[zipxml.Attr(se, "type")] {
			return w.d.Skip()
		}
		bs, err := w.blocks(nil)
		out = append(out, bs...)
		return err
	}, st)
	return out, err
}
