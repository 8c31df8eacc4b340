package minutes

import (
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// caseStart is a line that opens a case: its index, the number as written
// and the text after the number.
type caseStart struct {
	at     int
	number string
	rest   string
}

// parseCaseStart recognises a case number at the start of s. A bare number
// must stand alone or be followed by a capitalised title; text after the
// number that starts in lower case is running text ("Sak 21-25 er uklart").
func parseCaseStart(s string) (number, rest string, ok bool) {
	if !strings.ContainsAny(s, "0123456789") { // every case number has a digit
		return "", "", false
	}
	if m := slashNumber().FindStringSubmatch(s); m != nil {
		prefixed := m[0] != m[2]+m[3]
		if !prefixed && len(strings.Split(m[2], "/")[0]) > 3 {
			return "", "", false
		}
		return strings.TrimSpace(m[1] + m[2]), m[3], titleLike(m[3])
	}
	if m := dashNumber().FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1] + m[2]), m[3], titleLike(m[3])
	}
	if m := sakNumber().FindStringSubmatch(s); m != nil {
		return m[1], m[2], titleLike(m[2])
	}
	return "", "", false
}

// titleLike reports whether the text after a case number can be a title:
// nothing, or a capitalised text after optional separators that is no
// label ("HOU- 12/24 Vedtak:" labels a decision).
func titleLike(rest string) bool {
	t := trimSeps(rest)
	if k, _, _ := splitLabel(strings.TrimSpace(rest)); k != labelNone {
		return false
	}
	return t == "" || startsUpper(t) || isTimeLine(t)
}

// findStarts returns the lines that open cases: numbered cases ("33/25",
// "PS 12/24", "Sak 3"), else a run of numbered agenda items 1, 2, 3 ...
func findStarts(lines []line, used []bool) []caseStart {
	var out []caseStart
	for i, l := range lines {
		if used[i] || (l.inTable() && l.cell > 0) {
			continue
		}
		if n, rest, ok := parseCaseStart(l.text); ok {
			out = append(out, caseStart{at: i, number: n, rest: rest})
		}
	}
	if len(out) > 0 {
		return out
	}
	if out = numberedItems(lines, used, false); out != nil {
		return out
	}
	return numberedItems(lines, used, true)
}

// numberedItems finds agenda items numbered 1, 2, 3 ... in order. Items of
// a nested list (another kind or level than the first item) and numbers out
// of sequence are skipped; two items at least are needed. The first item is
// numbered 0 or 1, or, with running, is a heading of any number: running
// numbers continue across meetings. A numbered line that holds a meeting
// field or an attendee label ("1. Referent: Kari") is no item.
func numberedItems(lines []line, used []bool, running bool) []caseStart {
	var out []caseStart
	var first line
	next := 0
	for i, l := range lines {
		m := itemNumber().FindStringSubmatch(l.text)
		if used[i] || m == nil || wordCount(m[3]) > 15 || (l.kind != doc.Heading && strings.TrimSpace(m[2]) == "") {
			continue
		}
		if k, _, _ := splitLabel(m[3]); k.isAttendance() || k.isMeeting() {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		switch {
		case len(out) == 0 && (n <= 1 || running && l.kind == doc.Heading):
			first, next = l, n
		case len(out) == 0 || n != next || l.kind != first.kind || l.level != first.level:
			continue
		}
		out = append(out, caseStart{at: i, number: m[1], rest: m[3]})
		next = n + 1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
