package odf

import (
	"encoding/xml"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// maxCells caps the cells of one row (number-columns-repeated can ask for
// thousands of empty spreadsheet columns).
const maxCells = 256

// table reads a table:table just opened: one TableRow per row with text.
// Covered (merged) cells are empty; nested tables are flattened into their
// cell's text.
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
		switch {
		case !ok:
		case se.Name.Local == "table-row":
			row, err := w.row()
			if err != nil {
				return nil, err
			}
			if row != nil {
				rows = append(rows, *row)
			}
		case isSkipped(se) || se.Name.Local == "title" || se.Name.Local == "desc":
			if err := w.d.Skip(); err != nil {
				return nil, err
			}
		}
	}
}

// row reads a table:table-row just opened; nil when all cells are empty.
func (w *walker) row() (*doc.Block, error) {
	var cells []string
	page := w.page()
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
		if !ok || (se.Name.Local != "table-cell" && se.Name.Local != "covered-table-cell") {
			continue
		}
		text := ""
		if se.Name.Local == "table-cell" {
			bs, err := w.blocks()
			if err != nil {
				return nil, err
			}
			text = joinText(bs, doc.CellBreak)
		} else if err := w.d.Skip(); err != nil {
			return nil, err
		}
		for range clamp(zipxml.Attr(se, "number-columns-repeated"), 1, maxCells-len(cells)) {
			cells = append(cells, text)
		}
	}
	if strings.TrimSpace(strings.Join(cells, "")) == "" {
		return nil, nil
	}
	b, err := w.newBlock(doc.TableRow, 0, strings.Join(cells, " | "), page)
	b.Cells = cells
	return &b, err
}

// joinText joins the texts of blocks with sep.
func joinText(bs []doc.Block, sep string) string {
	texts := make([]string, len(bs))
	for i, b := range bs {
		texts[i] = b.Text
	}
	return strings.Join(texts, sep)
}
