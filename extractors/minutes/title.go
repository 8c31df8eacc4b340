package minutes

import (
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// findTitle picks the document's title. A Markdown file's front matter
// names it. Otherwise it is the first heading near the top (or, for a
// slide deck, the first line of the first slide), else the meta title,
// else the first line; see titleLine. A meta title that the chosen line
// only begins (a title a PDF broke over two lines) wins.
func findTitle(d *doc.Document, lines []line) string {
	meta := strings.Join(strings.Fields(d.Meta.Title), " ")
	if len(meta) < 4 || junkTitle().MatchString(meta) {
		meta = ""
	}
	if meta != "" && d.Format == "md" {
		return meta
	}
	cand := titleLine(lines)
	if meta != "" && (cand == "" || (len(meta) > len(cand) && strings.HasPrefix(fold(meta), fold(cand)))) {
		return meta
	}
	return strings.TrimSuffix(cand, ":")
}

// titleLine returns the first heading of the first ten lines, else the
// first line. Running headers (a line that recurs on several pages) and
// site generators' leftovers ("{{ page.title }}", "toc {:toc}") are passed
// over; a section heading ("Fremmøte", "Til stede:") ends the
// search and is no title. A banner (an organisation's
// name) gives way to a short line under it that names the document's kind
// ("Referat", "Årsmøte 2017").
func titleLine(lines []line) string {
	repeated := runningHeaders(lines)
	var top []line
	for i := 0; i < len(lines) && i < 10; i++ {
		l := lines[i]
		if repeated[fold(l.text)] || markupLeftover().MatchString(l.text) {
			continue
		}
		if l.lab.isAttendance() || headingWord(sectionTitles, l.text) {
			break
		}
		top = append(top, l)
	}
	at := -1
	for i, l := range top {
		if l.kind == doc.Heading && wordCount(l.text) <= 30 {
			at = i
			break
		}
	}
	if at < 0 && len(top) > 0 && wordCount(top[0].text) <= 30 {
		at = 0
	}
	if at < 0 {
		return ""
	}
	if !namesKind(top[at].text) {
		for _, l := range top[at+1 : min(at+3, len(top))] {
			if wordCount(l.text) <= 12 && (l.kind == doc.Heading || top[at].kind != doc.Heading) && namesKind(l.text) {
				return l.text
			}
		}
	}
	return top[at].text
}

// namesKind reports whether a line names the kind of a document: minutes,
// a meeting, an agenda or a guide.
func namesKind(s string) bool {
	f := fold(s)
	return anyWord(f, minutesWord) || anyWord(f, noticeWord) || anyWord(f, guideWord)
}

// runningHeaders returns the folded texts that open two pages or more.
func runningHeaders(lines []line) map[string]bool {
	pages := map[string]int{}
	last := 0
	for _, l := range lines {
		if l.page > last {
			last = l.page
			pages[fold(l.text)]++
		}
	}
	out := map[string]bool{}
	for t, n := range pages {
		if n >= 2 {
			out[t] = true
		}
	}
	return out
}
