package ooxml

import (
	"encoding/xml"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// docxState is what the walks over the parts of one document share.
type docxState struct {
	lim    doc.Limits
	styles styleSet
	num    *numbering
	pages  pager
	count  zipxml.Counter // blocks made so far
}

// walker reads WordprocessingML block content from one part.
type walker struct {
	*docxState
	d *zipxml.Decoder
}

// skipped are elements whose content is never text: deletions, field codes,
// properties, fallbacks of alternate content.
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"rPr": true, "sectPr": true, "sdtPr": true, "sdtEndPr": true, "Fallback": true,
	"fldData": true, "ffData": true, "object": true, "tblPr": true, "tblGrid": true,
	"tblPrEx": true, "customXmlPr": true, "smartTagPr": true, "pPrChange": true,
}

// propFunc handles property elements of a container (w:tcPr); it reports
// whether it consumed the element.
type propFunc func(se xml.StartElement) (bool, error)

// blocks reads block content up to the end of the element just opened.
// Unknown wrappers (sdt, customXml, ins, hyperlink) are read through.
func (w *walker) blocks(props propFunc) ([]doc.Block, error) {
	return zipxml.Collect(w.d, func(se xml.StartElement) ([]doc.Block, error) {
		if props != nil {
			if done, err := props(se); done || err != nil {
				return nil, err
			}
		}
		return w.block(se)
	})
}

// block reads one block-level element; wrappers give nil and are read
// through by the caller's loop. Once the document holds all the text it
// may keep, reading stops.
func (w *walker) block(se xml.StartElement) ([]doc.Block, error) {
	switch {
	case w.count.Full():
		w.d.Stop()
	case se.Name.Local == "p":
		return w.paragraph()
	case se.Name.Local == "tbl":
		return w.table()
	case skipped[se.Name.Local]:
		return nil, w.d.Skip()
	}
	return nil, nil
}

// pager counts pages from explicit breaks (w:br type="page",
// pageBreakBefore, section breaks) and from the breaks Word rendered when it
// last saved (lastRenderedPageBreak). Word marks a rendered break after each
// explicit one too, so the page is one more than the larger count.
type pager struct {
	hard, rendered int
}

func (p *pager) current() int { return 1 + max(p.hard, p.rendered) }
func (p *pager) any() bool    { return p.hard+p.rendered > 0 }
