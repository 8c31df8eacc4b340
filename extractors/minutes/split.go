package minutes

import (
	"slices"
	"strings"
)

// A reader may run paragraphs together: a PDF that lost the gap between a
// heading and the text under it ("12/24 Budsjett Vedtak: Budsjettet
// godkjennes."), or a plain-text export that joins the paragraphs of a table
// cell with " / ". The functions here split such text back into the
// paragraphs the labels of a case need.

// splitCaseLabels splits s before every inner label of a case part
// ("Forslag til vedtak:", "Formannskapets vedtak:", "Votering:"), before
// an attendee label that ends the line ("Kari Nordmann Forfall:"), and, in
// a line that opens with a meeting or attendee label, before every other
// such label ("Dato: 12.03.2024 Tid: 09:00 Sted: Rådhuset"). The label
// must start with a capital letter after a space and have text before it.
func splitCaseLabels(s string) []string {
	if !strings.Contains(s, ":") {
		return []string{s}
	}
	var out []string
	from, fields := 0, opensWithField(s)
	for colon := 1; colon < len(s); colon++ {
		if s[colon] != ':' || s[colon-1] == ' ' || (colon+1 < len(s) && s[colon+1] != ' ') {
			continue
		}
		if start := innerLabelStart(s, from, colon, fields); start > from && !bareNumber(s[from:start]) {
			out = append(out, strings.TrimSpace(s[from:start]))
			from = start
		}
	}
	return append(out, strings.TrimSpace(s[from:]))
}

// opensWithField reports whether s opens with the label of a meeting field
// or an attendee section.
func opensWithField(s string) bool {
	k, _, _ := splitLabel(s)
	return k.isMeeting() || k.isAttendance()
}

// opensCase reports whether s starts with a case number and a title.
func opensCase(s string) bool {
	_, rest, ok := parseCaseStart(strings.TrimSpace(s))
	return ok && trimSeps(rest) != ""
}

// bareNumber reports whether s is only a case number, which labels the
// text after it: "FSK- 12/24 Vedtak:" is one label.
func bareNumber(s string) bool {
	_, rest, ok := parseCaseStart(strings.TrimSpace(s))
	return ok && trimSeps(rest) == ""
}

// maxLabelWords bounds the words of a label found inside a line.
const maxLabelWords = 6

// innerLabelStart returns where, in s[from:colon], the shortest
// capitalised run of words that labels a case part begins; -1 when none.
// After a sentence end the label may be "Formannskapets vedtak"; elsewhere
// it must open with a label word or end a case heading ("PS 15/24 Naust
// Rådmannens forslag til vedtak:"), so that "Kari Nordmann fremmet forslag
// til vedtak:" stays one sentence. An attendee label must end the line,
// unless fields says the line is one of meeting fields and attendees.
func innerLabelStart(s string, from, colon int, fields bool) int {
	if colon < len(s)-1 && !fields && !containsAny(strings.ToLower(s[max(from, colon-80):colon]), caseLabelWords...) {
		return -1
	}
	words := 0
	for i := colon - 1; i > from && words < maxLabelWords; i-- {
		if s[i] != ' ' {
			continue
		}
		words++
		label := s[i+1 : colon]
		if !startsUpper(label) || finiteVerb().MatchString(fold(label)) {
			continue
		}
		switch k := classifyLabel(label, true); {
		case k.isAttendance() && colon == len(s)-1, fields && (k.isAttendance() || k.isMeeting()):
			return i + 1
		case k != labelProposal && k != labelDecision && k != labelVote:
		case endsSentence(s[from:i]) || labelHead().MatchString(fold(label)) || colon == len(s)-1 && opensCase(s[from:i]):
			return i + 1
		}
	}
	return -1
}

// splitSlashed splits a table cell whose paragraphs a plain-text export
// joined with " / " ("40/24 / Kl. 10:00", "Budsjett / Vedtak: Godkjent."):
// only when a part after a slash opens with a label or a time of day or is
// a whole sentence, and then before every part that starts like a
// paragraph. "Budsjett / økonomiplan" and "Plan / Budsjett" stay whole.
func splitSlashed(s string) []string {
	if !strings.Contains(s, " / ") {
		return []string{s}
	}
	parts := strings.Split(s, " / ")
	if !slices.ContainsFunc(parts[1:], opensParagraph) {
		return []string{s}
	}
	out := []string{parts[0]}
	for _, p := range parts[1:] {
		if startsUpper(p) {
			out = append(out, p)
		} else {
			out[len(out)-1] += " / " + p
		}
	}
	return out
}

// opensParagraph reports whether a part of a " / " join reads as a
// paragraph of its own: a label, a time of day or a whole sentence.
func opensParagraph(p string) bool {
	if _, _, ok := splitTime(p); ok {
		return true
	}
	if strings.Contains(p, ":") && splitLabelKind(p) != labelNone {
		return true
	}
	return startsUpper(p) && endsSentence(p) && wordCount(p) >= 3
}

// splitLabelKind is the kind of s's leading label, or, for "Name: text",
// the speaker label that genericLabel recognises, given as labelDiscussion.
func splitLabelKind(s string) labelKind {
	if k, _, _ := splitLabel(s); k != labelNone {
		return k
	}
	if genericLabel(s) {
		return labelDiscussion
	}
	return labelNone
}
