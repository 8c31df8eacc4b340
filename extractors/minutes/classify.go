package minutes

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/motebok/motebok/extractors/doc"
)

// titleWords tests the words of a folded title.
type titleWords func(w string) bool

// anyWord reports whether a word of s passes test.
func anyWord(s string, test titleWords) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if test(w) {
			return true
		}
	}
	return false
}

// evidence collects scores per kind and the reasons for them.
type evidence struct {
	score map[string]int
	why   []string
}

func (e *evidence) add(kind string, n int, reason string) {
	e.score[kind] += n
	e.why = append(e.why, fmt.Sprintf("%s+%d %s", kind, n, reason))
}

// classify tells minutes, agendas, presentations and guides apart. It
// returns the kind and, when the evidence is weak or close, a warning that
// states it. An agenda is a notice of a meeting, or a list of cases, that
// records no outcome (see isAgenda).
func classify(d *doc.Document, lines []line, title string) (string, string) {
	e := &evidence{score: map[string]int{}}
	titleEvidence(e, fold(title+" "+d.Meta.Title), lines)
	slideEvidence(e, d, lines)
	labelEvidence(e, lines)
	outcomes := countOutcomes(lines, 6)
	outcomeEvidence(e, outcomes)
	order := []string{doc.KindMinutes, doc.KindGuide, doc.KindPresentation}
	best, second := doc.KindOther, 0
	for _, k := range order {
		if e.score[k] > e.score[best] {
			best = k
		}
	}
	for _, k := range order {
		if k != best && e.score[k] > second {
			second = e.score[k]
		}
	}
	if e.score[best] < 3 {
		best = doc.KindOther
	}
	if best != doc.KindGuide && best != doc.KindPresentation && isAgenda(d, lines, title, outcomes) {
		return doc.KindAgenda, ""
	}
	if len(e.why) > 0 && (e.score[best]-second < 2 || e.score[best] < 3) {
		return best, "classification unsure (" + best + "): " + strings.Join(e.why, ", ")
	}
	return best, ""
}

// titleEvidence scores the words of minutes and guides in the title, or
// more weakly in the first short lines (a protocol's title under a banner).
func titleEvidence(e *evidence, title string, lines []line) {
	var top []string
	for i := 0; i < len(lines) && i < 5; i++ {
		if wordCount(lines[i].text) <= 12 {
			top = append(top, fold(lines[i].text))
		}
	}
	head := strings.Join(top, " / ")
	for _, c := range []struct {
		kind string
		test titleWords
	}{{doc.KindMinutes, minutesWord}, {doc.KindGuide, guideWord}} {
		switch {
		case anyWord(title, c.test):
			e.add(c.kind, 3, "title")
		case anyWord(head, c.test):
			e.add(c.kind, 2, "first lines")
		}
	}
}

// slideEvidence scores slide decks: the format, or a PDF with few words per
// page, more so when every page opens with a heading (a slide's title) that
// is not a numbered section of a document ("B Behandling", "2.1 Tiltak").
func slideEvidence(e *evidence, d *doc.Document, lines []line) {
	if d.Format == "pptx" || d.Format == "odp" || d.Format == "ppt" {
		e.add(doc.KindPresentation, 6, "format "+d.Format)
		return
	}
	pages, headed, last := d.Pages, 0, 0
	words := 0
	for _, l := range lines {
		words += wordCount(l.text)
		pages = max(pages, l.page)
		if l.page > last {
			last = l.page
			if l.kind == doc.Heading && !sectionMark().MatchString(l.text) {
				headed++
			}
		}
	}
	if pages < 3 || words < 8*pages {
		return
	}
	perPage := words / pages
	switch {
	case perPage < 60:
		e.add(doc.KindPresentation, 4, fmt.Sprintf("%d words per page", perPage))
	case perPage < 90:
		e.add(doc.KindPresentation, 1, fmt.Sprintf("%d words per page", perPage))
	}
	if headed == pages && perPage < 120 {
		e.add(doc.KindPresentation, 5, "every page opens with a heading")
	}
}

// outcomeEvidence scores minutes by the n outcomes they record, whatever
// the labels: "Godkjent", "Forslaget falt", "For: 28 stemmer".
func outcomeEvidence(e *evidence, n int) {
	if n >= 3 {
		e.add(doc.KindMinutes, 2, fmt.Sprintf("%d outcomes", n))
	}
	if n >= 6 {
		e.add(doc.KindMinutes, 1, "several outcomes")
	}
}

// labelEvidence scores the labels of minutes (attendees, absences, meeting
// fields, proposals and decisions, case numbers), the items headed under
// an agenda heading ("== Saker ==" over "=== Regnskap ==="), and the
// numbered sections of guides.
func labelEvidence(e *evidence, lines []line) {
	var att, absent, meet, dec, cases, items, sections int
	agenda := false
	for _, l := range lines {
		switch k := l.lab; {
		case k == labelAbsent:
			absent++
			att++
		case k.isAttendance():
			att++
		case k.isMeeting():
			meet++
		case k == labelDecision || k == labelProposal:
			dec++
		}
		if _, _, ok := parseCaseStart(l.text); ok && !(l.inTable() && l.cell > 0) {
			cases++
		}
		switch {
		case l.kind != doc.Heading:
		case headingWord(agendaHeadings, l.text):
			agenda = true
		case agenda:
			items++
		}
		if l.kind == doc.Heading && sectionHeading().MatchString(l.text) {
			sections++
		}
	}
	for _, s := range []struct {
		kind      string
		n, min, w int
		reason    string
	}{
		{doc.KindMinutes, att, 1, 2, "attendee labels"},
		{doc.KindMinutes, min(absent, att-absent), 1, 1, "attendance and absence"},
		{doc.KindMinutes, items, 2, 1, "headed items under an agenda heading"},
		{doc.KindMinutes, meet, 1, 1, "meeting labels"},
		{doc.KindMinutes, dec, 1, 1, "decision labels"},
		{doc.KindMinutes, dec, 3, 1, "several decisions"},
		{doc.KindMinutes, cases, 2, 2, "case numbers"},
		{doc.KindGuide, sections, 3, 1, "numbered sections"},
	} {
		if s.n >= s.min {
			e.add(s.kind, s.w, fmt.Sprintf("%d %s", s.n, s.reason))
		}
	}
}
