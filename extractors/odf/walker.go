package odf

import (
	"context"
	"encoding/xml"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// Namespaces whose elements never carry document text here.
const (
	nsSVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
	nsDC  = "http://purl.org/dc/elements/1.1/"
)

// walker reads ODF text content.
type walker struct {
	lim   doc.Limits
	st    *styles
	d     *zipxml.Decoder
	pages pager
	slide int // number of the draw:page being read, 0 in text documents
	lists listCounters
	count zipxml.Counter

	notes, comments, furniture []doc.Block // kept apart from the body
}

func newWalker(ctx context.Context, lim doc.Limits, st *styles) *walker {
	return &walker{lim: lim, st: st, lists: newListCounters(), count: zipxml.NewCounter(ctx, lim)}
}

// skipped are elements without document text: tracked deletions,
// declarations, index templates, images and objects.
var skipped = map[string]bool{
	"tracked-changes": true, "sequence-decls": true, "variable-decls": true, "user-field-decls": true,
	"dde-connection-decls": true, "forms": true, "table-of-content-source": true,
	"illustration-index-source": true, "alphabetical-index-source": true, "user-index-source": true,
	"bibliography-source": true, "object-index-source": true, "table-index-source": true,
	"table-columns": true, "table-column": true, "table-header-columns": true, "image": true,
	"object": true, "object-ole": true, "note-citation": true, "page-thumbnail": true,
	"event-listeners": true, "par": true, "seq": true, "scripts": true, "font-face-decls": true,
}

func isSkipped(se xml.StartElement) bool {
	return skipped[se.Name.Local] || se.Name.Space == nsSVG || se.Name.Space == nsDC
}

// blocks reads block content up to the end of the element just opened;
// wrappers (sections, frames, text boxes, index bodies) are read through.
func (w *walker) blocks() ([]doc.Block, error) {
	return zipxml.Collect(w.d, w.block)
}

// block reads one block-level element; wrappers give nil and are read
// through by the caller's loop.
func (w *walker) block(se xml.StartElement) ([]doc.Block, error) {
	switch {
	case w.count.Full():
		w.d.Stop()
	case isSkipped(se), se.Name.Local == "section" && zipxml.Attr(se, "display") == "none":
		return nil, w.d.Skip()
	case se.Name.Local == "p" || se.Name.Local == "h":
		return w.paragraph(se)
	case se.Name.Local == "list":
		return w.list(se, 0, "")
	case se.Name.Local == "table":
		return w.table()
	case se.Name.Local == "soft-page-break":
		w.pages.soft++
	}
	return nil, nil
}

// page is the page a block starting now is on.
func (w *walker) page() int {
	if w.slide > 0 {
		return w.slide
	}
	return w.pages.current()
}

// pager counts pages from the breaks the office suite rendered
// (text:soft-page-break) and from styles that break before a paragraph.
// Soft breaks are only written where no hard break is, so they add up.
type pager struct {
	hard, soft int
}

func (p *pager) current() int { return 1 + p.hard + p.soft }
func (p *pager) any() bool    { return p.hard+p.soft > 0 }
