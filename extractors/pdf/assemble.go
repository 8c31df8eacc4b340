package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/doc"
)

// pageItems is a page's items in reading order with the blocks outside
// the main flow: kept header and footer, comments.
type pageItems struct {
	num   int
	items []item
	kept  []doc.Block
}

// assemble turns the pages' items into blocks: headings are classified
// document-wide, and a table row broken across pages is joined again (the
// repeated header row dropped, the continuation merged into the row).
func assemble(pages []pageItems) []doc.Block {
	hs := newHeadingScale(pages)
	var out []doc.Block
	ts := tableState{last: -1}
	for _, p := range pages {
		out = appendParts(out, p.kept, doc.Header)
		for _, it := range p.items {
			if it.kind == doc.TableRow {
				out = ts.row(out, it, p.num)
				continue
			}
			if !it.header {
				ts = tableState{last: -1}
			}
			out = append(out, hs.block(it, p.num))
		}
		out = appendParts(out, p.kept, doc.Comment)
		out = appendParts(out, p.kept, doc.Footer)
	}
	return out
}

func appendParts(out, kept []doc.Block, part doc.Part) []doc.Block {
	for _, b := range kept {
		if b.Part == part {
			out = append(out, b)
		}
	}
	return out
}

// tableState follows the table being emitted.
type tableState struct {
	header []string // first row of the table
	last   int      // index of its last row in the output, -1 when none
}

// row appends a table row. A row that goes on from the previous page loses
// what repeats the header and is merged into the table's last row.
func (ts *tableState) row(out []doc.Block, it item, page int) []doc.Block {
	cells := it.cells
	if last := ts.last; it.continued && last >= 0 && len(cells) == len(out[last].Cells) {
		cells = stripHeader(cells, ts.header)
		if strings.Join(cells, "") != "" {
			out[last] = rowBlock(mergeCells(out[last].Cells, cells), out[last].Page)
		}
		return out
	}
	if ts.last < 0 {
		ts.header = cells
	}
	out = append(out, rowBlock(cells, page))
	ts.last = len(out) - 1
	return out
}

// stripHeader blanks the cells that repeat the table's header row.
func stripHeader(cells, header []string) []string {
	if len(cells) != len(header) {
		return cells
	}
	out := make([]string, len(cells))
	for i, c := range cells {
		h := header[i]
		out[i] = c
		if h == "" {
			continue
		}
		for _, rest := range []string{"", doc.CellBreak, "\n"} {
			if c == h+rest || rest != "" && strings.HasPrefix(c, h+rest) {
				out[i] = strings.TrimPrefix(c, h+rest)
				break
			}
		}
	}
	return out
}

// mergeCells appends the cells of a row's continuation. When the cell
// ended mid-sentence and the continuation starts in lower case, the page
// broke a paragraph, which goes on after a line break; otherwise the
// continuation is a new paragraph.
func mergeCells(a, b []string) []string {
	out := make([]string, len(a))
	for i := range a {
		sep := doc.CellBreak
		first, _ := utf8.DecodeRuneInString(b[i])
		if !strings.ContainsAny(lastRune(a[i]), ".:!?»)") && unicode.IsLower(first) {
			sep = "\n"
		}
		switch {
		case a[i] == "":
			out[i] = b[i]
		case b[i] == "":
			out[i] = a[i]
		default:
			out[i] = a[i] + sep + b[i]
		}
	}
	return out
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

func rowBlock(cells []string, page int) doc.Block {
	return doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Cells: cells, Page: page}
}
