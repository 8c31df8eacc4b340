package index

import (
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// The pages field stores where each page begins in a document's text
// field, as "offset:page" pairs separated by spaces, so that a hit can name
// the page of its best passage. A case's text is not the file's: it has
// one pair, its page at offset 0.

// filePages encodes the page starts of r's text within indexed, the text
// as indexed (the record's text, perhaps after its title); "" when the
// record has no pages or its text is not that of its blocks.
func filePages(r *doc.Record, indexed string) string {
	text, pages := doc.TextPages(r.Blocks)
	if len(pages) == 0 || text != r.Text || !strings.HasSuffix(indexed, text) {
		return ""
	}
	shift := len(indexed) - len(text)
	parts := make([]string, len(pages))
	for i, p := range pages {
		parts[i] = strconv.Itoa(p.Offset+shift) + ":" + strconv.Itoa(p.Page)
	}
	return strings.Join(parts, " ")
}

// casePages encodes a case's page; "" when unknown.
func casePages(c *doc.Case) string {
	if c.Page <= 0 {
		return ""
	}
	return "0:" + strconv.Itoa(c.Page)
}

// pageAt is the page holding byte offset of a text whose page starts are
// enc: the last page starting at or before offset, the first page for an
// offset before it (the title), 0 when enc holds none.
func pageAt(enc string, offset int) int {
	page := 0
	for _, pair := range strings.Fields(enc) {
		o, p, ok := strings.Cut(pair, ":")
		start, err1 := strconv.Atoi(o)
		n, err2 := strconv.Atoi(p)
		if !ok || err1 != nil || err2 != nil {
			return 0
		}
		if start > offset && page > 0 {
			break
		}
		page = n
	}
	return page
}
