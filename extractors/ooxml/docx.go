package ooxml

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// ReadDOCX reads a Word document (docx, docm, dotx): the body in reading
// order, then footnotes, endnotes, comments, headers and footers, each
// marked with its Part. Body blocks carry 1-based page numbers when the
// document has page breaks, 0 otherwise.
func ReadDOCX(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error) {
	return zipxml.ReadPackage(ctx, r, size, lim, "docx", readDOCX)
}

func readDOCX(ctx context.Context, a *zipxml.Archive) (*doc.Document, error) {
	pkg, err := rels(a, "")
	if err != nil {
		return nil, err
	}
	main := firstOfKind(pkg, relOfficeDocument, "word/document.xml")
	st, docRels, err := newDocxState(ctx, a, main)
	if err != nil {
		return nil, err
	}
	body, err := st.readBody(a, main)
	if err != nil {
		return nil, err
	}
	d := &doc.Document{Format: "docx", Blocks: body}
	if st.pages.any() {
		d.Pages = st.pages.current()
	} else {
		for i := range d.Blocks {
			d.Blocks[i].Page = 0
		}
	}
	if d.Pages > st.lim.MaxPages {
		return nil, fmt.Errorf("%d pages: %w", d.Pages, doc.ErrLimit)
	}
	if err := st.readParts(a, docRels, d); err != nil {
		return nil, err
	}
	st.count.Cut(d)
	d.Meta, err = readCore(a, pkg)
	return d, err
}

// newDocxState reads the styles and numbering of the main part.
func newDocxState(ctx context.Context, a *zipxml.Archive, main string) (*docxState, []rel, error) {
	docRels, err := rels(a, main)
	if err != nil {
		return nil, nil, err
	}
	dir := path.Dir(main) + "/"
	styles, err := readStyles(a, firstOfKind(docRels, relStyles, dir+"styles.xml"))
	if err != nil {
		return nil, nil, fmt.Errorf("styles: %w", err)
	}
	num, err := readNumbering(a, firstOfKind(docRels, relNumbering, dir+"numbering.xml"))
	if err != nil {
		return nil, nil, fmt.Errorf("numbering: %w", err)
	}
	return &docxState{lim: a.Limits(), count: zipxml.NewCounter(ctx, a.Limits()), styles: styles, num: num}, docRels, nil
}

// readBody reads the w:body of the main part.
func (st *docxState) readBody(a *zipxml.Archive, main string) ([]doc.Block, error) {
	var body []doc.Block
	found := false
	err := walkElements(a, main, func(w *walker, se xml.StartElement) error {
		if se.Name.Local != "body" || found {
			return nil
		}
		found = true
		var err error
		body, err = w.blocks(nil)
		return err
	}, st)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("no main document part %q: %w", main, doc.ErrCorrupt)
	case err != nil:
		return nil, err
	case !found:
		return nil, fmt.Errorf("%s has no w:body: %w", main, doc.ErrCorrupt)
	}
	return body, nil
}

// walkElements walks the part called name with a walker sharing st.
func walkElements(a *zipxml.Archive, name string, fn func(w *walker, se xml.StartElement) error, st *docxState) error {
	return a.Walk(name, func(d *zipxml.Decoder, se xml.StartElement) error {
		return fn(&walker{docxState: st, d: d}, se)
	})
}
