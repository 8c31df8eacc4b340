package doc

import "strings"

// inText says which parts belong in the record's text: the main flow,
// footnotes and speaker notes. Headers, footers and comments stay in the
// blocks only.
var inText = map[Part]bool{Body: true, Footnote: true, Notes: true}

// PageStart is where a page begins in a record's text: the byte offset of
// the first line of its blocks.
type PageStart struct {
	Offset int
	Page   int
}

// JoinText is a record's text: one line per block of the main flow,
// footnotes and speaker notes; a table row's cells are joined by spaces.
func JoinText(blocks []Block) string {
	text, _ := TextPages(blocks)
	return text
}

// TextPages returns JoinText(blocks) and where each page begins in it, in
// text order; a line of a block without a page number continues the page
// before. The pages are empty for formats without pages.
func TextPages(blocks []Block) (string, []PageStart) {
	var sb strings.Builder
	var pages []PageStart
	for _, b := range blocks {
		if !inText[b.Part] {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		if n := len(pages); b.Page > 0 && (n == 0 || pages[n-1].Page != b.Page) {
			pages = append(pages, PageStart{sb.Len(), b.Page})
		}
		if b.Cells != nil {
			sb.WriteString(strings.Join(strings.Fields(strings.Join(b.Cells, " ")), " "))
			continue
		}
		sb.WriteString(b.Text)
	}
	return sb.String(), pages
}
