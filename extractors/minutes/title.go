package minutes

import (
	"regexp"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// junkTitle matches meta titles that editors fill in by themselves.
var junkTitle = regexp.MustCompile(`(?i)^(microsoft (word|powerpoint)|untitled|uten tittel|utan tittel|dokument\d*|document\d*|presentasjon\d*|presentation\d*|powerpoint[- ]presentasjon|lysbilde \d+|slide \d+|mal|template|tittel|title)\b|\.(docx?|pdf|pptx?|odt|odp)$`)

// findTitle picks the document's title: the first heading near the top (or,
// for a slide deck, the first line of the first slide), else the meta
// title, else the first line. A meta title that the chosen line only begins
// (a title a PDF broke over two lines) wins.
func findTitle(d *doc.Document, lines []line) string {
	meta := strings.Join(strings.Fields(d.Meta.Title), " ")
	if len(meta) < 4 || junkTitle.MatchString(meta) {
		meta = ""
	}
	cand := ""
	for i, l := range lines {
		if i >= 10 {
			break
		}
		if l.kind == doc.Heading && wordCount(l.text) <= 30 {
			cand = l.text
			break
		}
	}
	if cand == "" && len(lines) > 0 && wordCount(lines[0].text) <= 30 {
		cand = lines[0].text
	}
	if meta != "" && (cand == "" || (len(meta) > len(cand) && strings.HasPrefix(fold(meta), fold(cand)))) {
		return meta
	}
	return strings.TrimSuffix(cand, ":")
}
