package plain

import (
	"strings"

	"github.com/motebok/motebok/internal/lazy"
)

// MediaWiki markup read as structure in plain text: "== Heading ==" is a
// heading, "”'bold”'" and "”italic”" lose their quotes, "<br>" breaks
// the line and "[[Page|text]]" keeps its text. Bullets ("* item") are list
// items as in any plain text.
var (
	wikiHeading = lazy.Regexp(`^[ \t]*(={1,6})[ \t]*([^=].*?)[ \t]*={1,6}[ \t]*$`)
	// lineBreak is the HTML line break both Markdown and wiki text use.
	lineBreak  = lazy.Regexp(`(?i)<br[ \t]*/?>[ \t]*\n?`)
	wikiLink   = lazy.Regexp(`\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]`)
	wikiQuotes = lazy.Regexp(`'{2,}`)
	// wikiMark finds the markup that tells wiki text from plain text: a
	// heading line or a line break tag.
	wikiMark = lazy.Regexp(`(?im)^[ \t]*==[^=\n].*==[ \t]*$|<br[ \t]*/?>`)
)

// isWiki reports whether plain text is written in MediaWiki markup.
func isWiki(text string) bool {
	return wikiMark().MatchString(text)
}

// wikiInline drops link brackets and emphasis quotes, in that order, so
// that no run of quotes is left.
func wikiInline(s string) string {
	if strings.Contains(s, "[[") {
		s = wikiLink().ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "''") {
		s = wikiQuotes().ReplaceAllString(s, "")
	}
	return s
}
