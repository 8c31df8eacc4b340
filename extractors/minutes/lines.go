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
// flow (headers, footers, notes, comments) are dropped. Paragraphs a reader
// ran together are split again, see split.go.
func flatten(blocks []doc.Block) []line {
	out := make([]line, 0, len(blocks))
	for i, b := range blocks {
		if b.Part != doc.Body {
			continue
		}
		if b.Kind == doc.TableRow {
			out = appendRow(out, b, i)
			continue
		}
		for _, p := range strings.Split(b.Text, "\n") {
			l := line{page: b.Page, kind: b.Kind, level: b.Level, block: i, cell: -1}
			for _, t := range splitCaseLabels(clean(p)) {
				if t != "" {
					out = append(out, l.withText(t))
					l.kind = doc.Paragraph // text a PDF ran into a heading
				}
			}
		}
	}
	return out
}

// appendRow appends the lines of a table row, one per paragraph of each
// cell. A section label met after the first paragraph of a cell ("Kari
// Nordmann\nForfall:") is text a PDF reader drew into the table's last row:
// it and what follows it in the cell go after the row, outside the table.
func appendRow(out []line, b doc.Block, i int) []line {
	var moved []string
	for c, cell := range rowCells(b) {
		paras := cellParagraphs(cell)
		for k, t := range paras {
			l := line{page: b.Page, kind: b.Kind, block: i, cell: c}.withText(t)
			if k > 0 && opensSection(l) {
				moved = append(moved, paras[k:]...)
				break
			}
			out = append(out, l)
		}
	}
	for _, t := range moved {
		out = append(out, line{page: b.Page, kind: doc.Paragraph, block: i, cell: -1}.withText(t))
	}
	return out
}

// cellParagraphs splits a cell into cleaned, non-empty paragraphs at line
// breaks, at " / " joins and at inner case labels.
func cellParagraphs(cell string) []string {
	var out []string
	for _, p := range strings.Split(cell, "\n") {
		for _, q := range splitSlashed(strings.TrimSpace(p)) {
			for _, t := range splitCaseLabels(clean(q)) {
				if t != "" {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// opensSection reports whether a line opens a new section of the minutes:
// an attendee label or an agenda heading.
func opensSection(l line) bool {
	return l.lab.isAttendance() || headingWord(agendaHeadings, l.text)
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
