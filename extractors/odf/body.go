package odf

import (
	"encoding/xml"
	"fmt"

	"github.com/motebok/motebok/extractors/doc"
)

// body reads office:text or office:presentation (kind) into d.
func (w *walker) body(kind string, d *doc.Document) error {
	if kind == "presentation" {
		return w.presentation(d)
	}
	bs, err := w.blocks()
	if err != nil {
		return err
	}
	d.Blocks = bs
	if !w.pages.any() {
		w.zeroPages()
		return nil
	}
	d.Pages = w.pages.current()
	if d.Pages > w.lim.MaxPages {
		return fmt.Errorf("%d pages: %w", d.Pages, doc.ErrLimit)
	}
	return nil
}

// zeroPages clears the pages of blocks kept apart, for a text document
// without page breaks (the body's are cleared by the caller).
func (w *walker) zeroPages() {
	for _, bs := range [][]doc.Block{w.notes, w.comments} {
		for i := range bs {
			bs[i].Page = 0
		}
	}
}

// presentation reads the draw:page elements of office:presentation, one
// page each, and the footer and header declarations.
func (w *walker) presentation(d *doc.Document) error {
	return w.d.Children(func(se xml.StartElement) error {
		return w.presentationElement(se, d)
	})
}

func (w *walker) presentationElement(se xml.StartElement, d *doc.Document) error {
	switch se.Name.Local {
	case "page":
		d.Pages++
		if d.Pages > w.lim.MaxPages {
			return fmt.Errorf("more than %d pages: %w", w.lim.MaxPages, doc.ErrLimit)
		}
		w.slide = d.Pages
		bs, err := w.drawPage()
		if err != nil {
			return fmt.Errorf("page %d: %w", d.Pages, err)
		}
		d.Blocks = append(d.Blocks, bs...)
	case "footer-decl", "header-decl":
		part := doc.Footer
		if se.Name.Local == "header-decl" {
			part = doc.Header
		}
		text, err := w.d.Text()
		if b, ok := declBlock(text, part); ok && err == nil {
			w.furniture = append(w.furniture, b)
		}
		return err
	default:
		if isSkipped(se) {
			return w.d.Skip()
		}
	}
	return nil
}
