package ooxml

import (
	"encoding/xml"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// table reads a w:tbl whose start was just read: one TableRow per row with
// text, nested tables flattened into their cell's text.
func (w *walker) table() ([]doc.Block, error) {
	return zipxml.Collect(w.d, func(se xml.StartElement) ([]doc.Block, error) {
		switch {
		case se.Name.Local == "tr":
			return w.row()
		case skipped[se.Name.Local]:
			return nil, w.d.Skip()
		}
		return nil, nil
	})
}

// tableRow collects one w:tr.
type tableRow struct {
	cells   []string
	deleted bool
	page    int
}

// row reads a w:tr; it returns none for a deleted or empty row. Cells that
// span several grid columns are followed by empty cells, and the
// continuation of a vertical merge is empty, so columns stay aligned.
func (w *walker) row() ([]doc.Block, error) {
	r := tableRow{page: w.pages.current()}
	err := w.d.Children(func(se xml.StartElement) error { return w.rowElement(&r, se) })
	if err != nil {
		return nil, err
	}
	b, ok := zipxml.TableRow(r.cells)
	if r.deleted || !ok {
		return nil, nil
	}
	b.Page = r.page
	return []doc.Block{b}, w.count.Add(0)
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
	return zipxml.JoinText(bs, doc.CellBreak), span, nil
}
