package minutes

import (
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// line is one paragraph of the main flow: a block, or one paragraph of one
// table cell. Every extractor in this package reads lines, so that a table
// row, a run of paragraphs and a PDF's rebuilt rows look alike.
type line struct {
	text  string
	page  int
	kind  doc.BlockKind
	level int
	block int // index of the source block in Document.Blocks
	cell  int // cell index within a table row, -1 outside tables

	lab     labelKind // the line's leading label, see splitLabel
	labRest string    // the text after the label
}

// withText returns the line with new text and its label read again.
func (l line) withText(t string) line {
	l.text = t
	l.lab, _, l.labRest = splitLabel(t)
	return l
}

// inTable reports whether the line comes from a table row.
func (l line) inTable() bool { return l.cell >= 0 }

// flatten turns the main-flow blocks into lines. Blocks outside the main
// flow (headers, footers, notes, comments) are dropped.
func flatten(blocks []doc.Block) []line {
	out := make([]line, 0, len(blocks))
	for i, b := range blocks {
		if b.Part != doc.Body {
			continue
		}
		if b.Kind != doc.TableRow {
			for _, p := range strings.Split(b.Text, "\n") {
				if t := clean(p); t != "" {
					out = append(out, line{page: b.Page, kind: b.Kind, level: b.Level, block: i, cell: -1}.withText(t))
				}
			}
			continue
		}
		for c, cell := range rowCells(b) {
			for _, p := range strings.Split(cell, "\n") {
				if t := clean(p); t != "" {
					out = append(out, line{page: b.Page, kind: b.Kind, block: i, cell: c}.withText(t))
				}
			}
		}
	}
	return out
}

// rowCells returns a table row's cells, splitting Text on " | " when a
// reader gave no Cells.
func rowCells(b doc.Block) []string {
	if len(b.Cells) > 0 {
		return b.Cells
	}
	return strings.Split(b.Text, " | ")
}

// clean trims a paragraph and drops a leading bullet glyph.
func clean(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"•", "▪", "●", "◦", "■", "–", "- ", "* ", "o "} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}
