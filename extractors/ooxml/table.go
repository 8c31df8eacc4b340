package ooxml

import (
	"encoding/xml"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// table reads a w:tbl whose start was just read: one TableRow per row with
// text, nested tables flattened into their cell's text.
func (w *walker) table() ([]doc.Block, error) {
	var rows []doc.Block
	end := w.d.Depth()
	for {
		tok, err := w.d.Token()
		if err != nil {
			return nil, err
		}
		if w.d.Depth() < end {
			return rows, nil
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case se.Name.Local == "tr":
			row, err := w.row()
			if err != nil {
				return nil, err
			}
			if row != nil {
				rows = append(rows, *row)
			}
		case skipped[se.Name.Local]:
			if err := w.d.Skip(); err != nil {
				return nil, err
			}
		}
	}
}

// tableRow collects one w:tr.
type tableRow struct {
	cells   []string
	deleted bool
	page    int
}

// row reads a w:tr; it returns nil for a deleted or empty row. Cells that
// span several grid columns are followed by empty cells, and the
// continuation of a vertical merge is empty, so columns stay aligned.
func (w *walker) row() (*doc.Block, error) {
	r := tableRow{page: w.pages.current()}
	end := w.d.Depth()
	for {
		tok, err := w.d.Token()
		if err != nil {
			return nil, err
		}
		if w.d.Depth() < end {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if err := w.rowElement(&r, se); err != nil {
			return nil, err
		}
	}
	b, ok := rowBlock(r.cells)
	if r.deleted || !ok {
		return nil, nil
	}
	b.Page = r.page
	return &b, w.emit()
}

func (w *walker) rowElement(r *tableRow, se xml.StartElement) error {
	switch se.Name.Local {
	case "tc":
		text, span, err := w.cell()
		r.cells = append(r.cells, text)
		for range min(span, 64) - 1 {
			r.cells = append(r.cells, "")
		}
		return err
	case "gridBefore":
		for range min(atoiClamp(zipxml.Attr(se, "val"), 0, 64), 64) {
			r.cells = append(r.cells, "")
		}
	case "del":
		r.deleted = true
		return w.d.Skip()
	case "trPrChange":
		return w.d.Skip()
	default:
		if skipped[se.Name.Local] {
			return w.d.Skip()
		}
	}
	return nil
}

// cell reads a w:tc: its text (paragraphs joined by doc.CellBreak) and its span.
func (w *walker) cell() (text string, span int, err error) {
	span = 1
	merged := false
	props := func(se xml.StartElement) (bool, error) {
		switch se.Name.Local {
		case "gridSpan":
			span = atoiClamp(zipxml.Attr(se, "val"), 1, 64)
		case "vMerge":
			merged = zipxml.Attr(se, "val") != "restart"
		case "tcPrChange":
			return true, w.d.Skip()
		default:
			return false, nil
		}
		return true, nil
	}
	bs, err := w.blocks(props)
	if err != nil || merged {
		return "", span, err
	}
	return joinText(bs, doc.CellBreak), span, nil
}

// joinText joins the texts of blocks.
func joinText(bs []doc.Block, sep string) string {
	texts := make([]string, len(bs))
	for i, b := range bs {
		texts[i] = b.Text
	}
	return strings.Join(texts, sep)
}
