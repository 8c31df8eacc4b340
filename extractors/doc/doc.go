// Package doc holds motebok's common document model: what every format
// reader produces (a Document of ordered Blocks) and the structured Record
// that the extract step prints and the index stores.
//
// The model is pure data. Readers live in sibling packages (pdf, ooxml, odf,
// plain); understanding (dates, minutes) works on Blocks only, never on a
// file format.
package doc

import "time"

// BlockKind names the role of a block in the reading order.
type BlockKind string

// The block kinds a reader may emit.
const (
	Heading   BlockKind = "heading"
	Paragraph BlockKind = "paragraph"
	ListItem  BlockKind = "item"
	TableRow  BlockKind = "row"
)

// Part says where outside the main flow a block sits. The main flow has "".
type Part string

// The parts kept apart from the main flow.
const (
	Body     Part = ""
	Header   Part = "header"
	Footer   Part = "footer"
	Footnote Part = "note"
	Comment  Part = "comment"
	Notes    Part = "notes" // speaker notes of a slide
)

// Block is one unit of text in reading order.
//
// For a TableRow, Cells holds the text of each cell and Text joins them with
// " | ". Readers separate the paragraphs inside a cell with CellBreak and may
// keep "\n" for line breaks inside a paragraph; after normalisation the
// paragraphs of a cell are separated by a single "\n". Level is the heading level (1 = top) or the list nesting (0 = top).
// Page is the 1-based page or slide number, 0 when the format has none.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Level int       `json:"level,omitempty"`
	Text  string    `json:"text"`
	Cells []string  `json:"cells,omitempty"`
	Page  int       `json:"page,omitempty"`
	Part  Part      `json:"part,omitempty"`
}

// CellBreak separates the paragraphs inside a table cell as readers give it.
const CellBreak = "\n\n"

// Meta is what the file says about itself.
type Meta struct {
	Title    string     `json:"title,omitempty"`
	Author   string     `json:"author,omitempty"`
	Date     string     `json:"date,omitempty"` // a date the file states for itself, as written (front matter)
	Created  *time.Time `json:"created,omitempty"`
	Modified *time.Time `json:"modified,omitempty"`
}

// Document is what a format reader returns.
type Document struct {
	Format   string   `json:"format"` // pdf, docx, pptx, odt, odp, txt, md
	Meta     Meta     `json:"meta"`
	Pages    int      `json:"pages,omitempty"` // pages or slides, when known
	Blocks   []Block  `json:"blocks"`
	Warnings []string `json:"warnings,omitempty"`
}

// Warn records a non-fatal problem met while reading.
func (d *Document) Warn(msg string) { d.Warnings = append(d.Warnings, msg) }
