package minutes

import (
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// isNotice reports whether a document is a meeting notice: its title or
// meta title has a word that passes named ("Møteinnkalling Formannskapet",
// "Innkalling til styremøte", "Sakskart"), or, with no decision in the
// text, one of its first lines is a short heading that opens with
// "Innkalling". Nothing at the top may name a record ("Referat og
// innkalling").
func isNotice(d *doc.Document, lines []line, title string, named titleWords) bool {
	titles := fold(title) + " / " + fold(d.Meta.Title)
	if anyWord(titles, recordWord) {
		return false
	}
	var heads []string
	for i := 0; i < len(lines) && i < 5; i++ {
		if anyWord(fold(lines[i].text), recordWord) {
			return false
		}
		heads = append(heads, lines[i].text)
	}
	if anyWord(titles, named) {
		return true
	}
	for _, h := range heads {
		f := strings.Fields(fold(h))
		if len(f) > 0 && len(f) <= 8 && callWord(f[0]) && !endsSentence(h) && !hasDecision(lines) {
			return true
		}
	}
	return false
}

// hasDecision reports whether a line labels a decision.
func hasDecision(lines []line) bool {
	for _, l := range lines {
		if l.lab == labelDecision {
			return true
		}
	}
	return false
}

// isAgenda reports whether a document with that many outcomes (see
// countOutcomes) is an agenda. A title that calls a meeting ("Innkalling
// til styremøte", "Varsel om årsmøte") makes it one, as the first lines
// do (see isNotice).
// Otherwise it records no outcome and labels no decision, and either its
// title names a list of cases ("Sakskart") or it is about a meeting (its
// title names one, or it has meeting fields or proposals) and has an
// agenda heading ("Saksliste", "Dagsorden", "Agenda") and records neither
// who came nor who did not. Minutes headed "Saksliste for styremøte" record what was
// decided; a talk's agenda slide calls no meeting.
func isAgenda(d *doc.Document, lines []line, title string, outcomes int) bool {
	if isNotice(d, lines, title, callWord) || announcesMeeting(title) {
		return true
	}
	if outcomes > 0 || hasDecision(lines) {
		return false
	}
	if isNotice(d, lines, title, noticeWord) {
		return true
	}
	heading, meeting := false, anyWord(fold(title), minutesWord)
	for _, l := range lines {
		switch {
		case l.lab == labelAbsent || (l.lab == labelPresent && saysWhoCame(l.text)):
			return false
		case l.lab.isMeeting() || l.lab == labelProposal:
			meeting = true
		case headingWord(agendaHeadings, l.text):
			heading = true
		}
	}
	return heading && meeting && !anyWord(fold(title), recordWord)
}

// announcesMeeting reports whether the title announces a meeting and
// names no record: "Varsel om beboermøte", "Kunngjøring av årsmøte".
func announcesMeeting(title string) bool {
	t := fold(title)
	return anyWord(t, announceWord) && anyWord(t, minutesWord) && !anyWord(t, recordWord)
}

// countOutcomes counts, up to limit, the lines that record an outcome (see
// outcomeLine), leaving out proposals ("Forslag til vedtak: Budsjettet
// vedtas.") and the line under a proposal's label.
func countOutcomes(lines []line, limit int) int {
	ctx := caseContext{collective: acronyms(lines)}
	n := 0
	for i, l := range lines {
		if n == limit {
			break
		}
		if l.lab == labelProposal || (i > 0 && lines[i-1].lab == labelProposal && lines[i-1].labRest == "") {
			continue
		}
		if outcomeLine(l.text, ctx) != "" {
			n++
		}
	}
	return n
}
