package odf

import (
	"encoding/xml"

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
	return zipxml.Collect(w.d, func(se xml.StartElement) ([]doc.Block, error) {
		switch {
		case se.Name.Local == "table-row":
			return w.row()
		case isSkipped(se) || se.Name.Local == "title" || se.Name.Local == "desc":
			return nil, w.d.Skip()
		}
		return nil, nil
	})
}

// row reads a table:table-row just opened: none when all cells are empty.
func (w *walker) row() ([]doc.Block, error) {
	var cells []string
	page := w.page()
	err := w.d.Children(func(se xml.StartElement) error {
		if se.Name.Local != "table-cell" && se.Name.Local != "covered-table-cell" {
			return nil
		}
		text, err := w.cell(se)
		for range clamp(zipxml.Attr(se, "number-columns-repeated"), 1, maxCells-len(cells)) {
			cells = append(cells, text)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	b, ok := zipxml.TableRow(cells)
	if !ok {
		return nil, nil
	}
	b.Page = page
	return []doc.Block{b}, w.count.Add(0)
}

// cell reads a table:table-cell just opened; a covered cell is empty.
func (w *walker) cell(se xml.StartElement) (string, error) {
	if se.Name.Local != "table-cell" {
		return "", w.d.Skip()
	}
	bs, err := w.blocks()
	return zipxml.JoinText(bs, doc.CellBreak), err
}
