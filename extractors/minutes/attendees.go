package minutes

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// section is what an attendee label says about the people listed under it.
type section struct {
	status string
	role   string
	org    string
}

// sectionOf maps an attendee label to the status, role and organisation of
// its people.
func sectionOf(k labelKind, label string) section {
	switch k {
	case labelAbsent:
		return section{status: doc.Absent, org: labelOrg(label)}
	case labelSubstitute:
		return section{status: doc.Substitute}
	case labelRole:
		return section{status: doc.Present, role: roleName(label)}
	}
	return section{status: doc.Present, org: labelOrg(label)}
}

// labelOrg returns the organisation a label names after "fra": "Til stede
// fra Vik kommune" gives "Vik kommune"; "Til stede fra styret" and
// "Forfall fra kl. 18" give none.
func labelOrg(label string) string {
	f := strings.Fields(label)
	for k, w := range f[:max(len(f)-1, 0)] {
		if w = strings.ToLower(w); w == "fra" || w == "frå" {
			org := strings.Join(f[k+1:], " ")
			if startsLetterUpper(org) && !isGroupLabel(org) {
				return org
			}
			return ""
		}
	}
	return ""
}

// roleName turns a role label into a role: "Fra administrasjonen" gives
// "Administrasjonen".
func roleName(label string) string {
	f := strings.Fields(label)
	if len(f) > 1 && (strings.EqualFold(f[0], "fra") || strings.EqualFold(f[0], "frå")) {
		f = f[1:]
	}
	if len(f) > 1 && strings.HasPrefix(strings.ToLower(f[len(f)-1]), "møtt") {
		f = f[:len(f)-1]
	}
	return upperFirst(strings.Join(f, " "))
}

// summoned is the status of the people a meeting summoned ("Innkalte"),
// kept apart until the scan knows who was present.
const summoned = "summoned"

// attendeeScan collects attendees, merging people listed twice.
type attendeeScan struct {
	lines []line
	used  []bool
	out   []doc.Attendee
	index map[string]int
	// pending holds the sections of labels that stood together without
	// their lists; see next.
	pending []section
	// summoned are the people summoned; see absentees.
	summoned []doc.Attendee
	// firstCase is the first heading that opens a numbered case: role
	// and substitute labels below it name role holders in items ("Sekretær:
	// Morten", "Varamedlem: Per Olsen (1 år)" among those elected), not
	// attendees.
	firstCase int
}

// findAttendees reads every attendee section and table of the document and
// marks the lines it used.
func findAttendees(lines []line, used []bool) []doc.Attendee {
	lines = wikiHeadings(lines)
	s := &attendeeScan{lines: lines, used: used, index: map[string]int{}, firstCase: firstCaseHeading(lines)}
	for i := 0; i < len(lines); {
		i = s.at(i)
	}
	s.absentees()
	return s.out
}

// firstCaseHeading returns the index of the first heading that opens a
// case, or len(lines).
func firstCaseHeading(lines []line) int {
	for i, l := range lines {
		if l.kind == doc.Heading && opensCase(l.text) {
			return i
		}
	}
	return len(lines)
}

// at reads the section or table starting at line i, if any, and returns
// where to continue.
func (s *attendeeScan) at(i int) int {
	if s.used[i] {
		return i + 1
	}
	if rest, ok := summonedList(s.lines[i].text); ok {
		s.used[i] = true
		sec := section{status: summoned}
		s.addAll(parseInline(rest), sec, s.lines[i].page)
		return s.entries(i+1, sec)
	}
	if l := s.lines[i]; l.lab.isAttendance() && !((l.lab == labelRole || l.lab == labelSubstitute) && i > s.firstCase) {
		k, label, rest := splitLabel(s.lines[i].text)
		sec := sectionOf(k, label)
		s.used[i] = true
		j := i + 1
		if rest == "" && j < len(s.lines) && s.lines[j].inTable() && s.lines[j].block == s.lines[i].block {
			rest, j = s.lines[j].text, j+1
			s.used[j-1] = true
		}
		if noneRemark().MatchString(fold(rest)) {
			return j // "Forfall: Ingen" lists nobody, and the lines after it are no part of it
		}
		if rest != "" {
			rest, j = s.joinWrapped(rest, j)
			s.addAll(parseInline(rest), sec, s.lines[i].page)
			return s.entries(j, sec)
		}
		if j < len(s.lines) && s.lines[j].lab.isAttendance() && s.lines[j].labRest == "" {
			if next := s.lines[j]; l.kind == doc.Heading && (next.kind != doc.Heading || next.level > l.level) {
				return j // "Fremmøte" over "Til stede" and "Forfall"
			}
			s.pending = append(s.pending, sec) // a label without its list
			return j
		}
		if len(s.pending) > 0 {
			s.pending = append(s.pending, sec)
			sec = s.next()
		}
		return s.entries(j, sec)
	}
	if rowStart(s.lines, i) {
		if h, ok := headerAt(s.lines, i); ok {
			return s.table(i+h.n, h, s.next())
		}
	}
	return i + 1
}

// rowStart reports whether line i is outside tables or the first line of
// a table row, where a header may start.
func rowStart(lines []line, i int) bool {
	return !lines[i].inTable() || i == 0 || !lines[i-1].inTable() || lines[i-1].block != lines[i].block
}

// next returns the section of the next attendee table: the first pending
// label, else present. A PDF reader may put the labels of consecutive
// tables ("Faste medlemmer som møtte:", "Faste medlemmer som ikke møtte:")
// together before the tables, which then match the labels in order.
func (s *attendeeScan) next() section {
	if len(s.pending) == 0 {
		return section{status: doc.Present}
	}
	sec := s.pending[0]
	s.pending = s.pending[1:]
	return sec
}

// joinWrapped appends the lines that continue an inline list wrapped by a
// PDF: a line after a trailing comma, or one that opens with "(" or a
// lower-case letter.
func (s *attendeeScan) joinWrapped(rest string, j int) (string, int) {
	for j < len(s.lines) && !s.lines[j].inTable() {
		t := s.lines[j].text
		if !strings.HasSuffix(rest, ",") && !strings.HasPrefix(t, "(") && !startsLower(t) {
			break
		}
		rest += " " + t
		s.used[j] = true
		j++
	}
	return rest, j
}

// entries reads the list, paragraphs or table under an attendee label.
func (s *attendeeScan) entries(j int, sec section) int {
	if j >= len(s.lines) {
		return j
	}
	if h, ok := headerAt(s.lines, j); ok {
		return s.table(j+h.n, h, sec)
	}
	if s.lines[j].inTable() {
		return s.table(j, header{cols: defaultColumns, plain: true}, sec)
	}
	lone := false
	if col, ok := headerColumn(s.lines[j].text); ok && col == colName {
		s.used[j] = true // a lone "Navn" over a column of names
		j, lone = j+1, true
	}
	start, n := len(s.out), 0
	var g group
	for ; j < len(s.lines) && !s.lines[j].inTable(); j++ {
		l := s.lines[j]
		if l.lab != labelNone {
			break
		}
		var ok bool
		switch {
		case s.groupHead(j, &g, n == 0):
			ok = true
		case l.kind == doc.Heading:
			// a heading that heads no group ends the list
		case g.open && noneRemark().MatchString(fold(entryText(l.text))):
			ok = true // "6. trinn" then "Ikke representert"
		case s.alsoPresent(l):
			ok, g.open = true, false
		default:
			sec, ok = s.entryParts(l, sec, g)
			g.open = false
		}
		if !ok {
			break
		}
		s.used[j] = true
		n++
	}
	if lone && n > 0 && len(s.out)-start == n {
		j = s.columnsAfter(j, s.out[start:])
	}
	return j
}

// entryLine adds the attendees of one list item or paragraph of group g,
// of its organisation unless they give their own; it reports false when
// the line is no attendee entry. A line may open with a group or an
// organisation or a post ("1. trinn: Kari, Ola", "Vik skole: Rektor Per
// Dahl", "Webansvarlig: Ola Berg"). In
// a list sorted by group labels, "Kari Dahl, Ola Berg" is two people.
func (s *attendeeScan) entryLine(l line, sec section, g group) bool {
	org := g.org
	if strings.HasPrefix(l.text, "(") && strings.HasSuffix(l.text, ")") && len(s.out) > 0 {
		addParen(&s.out[len(s.out)-1], strings.Trim(l.text, "()"))
		return true
	}
	if head, rest, ok := groupPrefix(l.text); ok {
		as := parseInline(rest)
		switch {
		case isPost(head):
			sec.role = head // "Kasserer: Kari Dahl"
		case !isGroupLabel(head):
			org = orgName(head)
		}
		s.addAll(withOrg(as, org), sec, l.page)
		return true
	}
	if isInlineList(l.text) || g.byLabel {
		if inline := parseInline(l.text); len(inline) >= 2 {
			s.addAll(withOrg(inline, org), sec, l.page)
			return true
		}
	}
	a, ok := parseEntry(l.text, entryWords(l))
	if ok {
		s.addAll(withOrg([]doc.Attendee{a}, org), sec, l.page)
	}
	return ok
}

// isInlineList reports whether a line lists several people rather than one
// "Name, Organisation": three parts or more, or a remark after the first
// name ("Kari Nordmann (leder), Ola Hansen").
func isInlineList(s string) bool {
	parts := splitTop(s, ',')
	return len(parts) >= 3 || (len(parts) == 2 && strings.Contains(parts[0], "("))
}

// entryWords is the least number of words of a name that opens line l: a
// list item may hold a first name alone.
func entryWords(l line) int {
	if l.kind == doc.ListItem {
		return 1
	}
	return 2
}

// entryRun adds the attendees of line l of group g, which may run
// attendee labels into its entry ("Eirik Dale, Vik kommune Observatør:
// Trond Moe, KS"), and returns the section of the lines after it; ok is
// false when the line is no attendee entry.
func (s *attendeeScan) entryRun(l line, sec section, g group) (next section, ok bool) {
	entry, rest, ok := runLabel(l.text, entryWords(l))
	if !ok {
		return sec, s.entryLine(l, sec, g)
	}
	s.entryLine(l.withText(entry), sec, g)
	for rest != "" {
		k, label, list := splitLabel(rest)
		sec = sectionOf(k, label)
		if entry, rest, ok = runLabel(list, 1); !ok {
			entry, rest = list, ""
		}
		s.addAll(parseInline(entry), sec, l.page)
	}
	return sec, true
}

// runLabel splits s before the first capitalised attendee label with a
// colon that follows a complete entry of a name of minWords words or more:
// "Eirik Dale, Vik kommune Observatør: Trond Moe" gives "Eirik Dale, Vik
// kommune" and "Observatør: Trond Moe".
func runLabel(s string, minWords int) (entry, rest string, ok bool) {
	for colon := 1; colon < len(s); colon++ {
		if s[colon] != ':' || isClockColon(s, colon) {
			continue
		}
		for i, words := colon-1, 0; i > 0 && words < maxLabelWords; i-- {
			if s[i] != ' ' {
				continue
			}
			words++
			label, entry := s[i+1:colon], strings.TrimSpace(s[:i])
			if !startsUpper(label) || !classifyLabel(label, true).isAttendance() {
				continue
			}
			if _, ok := parseEntry(entry, minWords); ok {
				return entry, s[i+1:], true
			}
		}
	}
	return "", "", false
}

// wikiHeadings returns lines with MediaWiki headings ("==Til stede:==")
// read as headings, for readers that leave the markup; lines itself when
// there is none.
func wikiHeadings(lines []line) []line {
	var out []line
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		level := len(t) - len(strings.TrimLeft(t, "="))
		if level < 2 || level > 6 || !strings.HasSuffix(t, strings.Repeat("=", level)) || len(t) <= 2*level {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		h := l.withText(strings.TrimSpace(t[level : len(t)-level]))
		h.kind, h.level = doc.Heading, level
		out[i] = h
	}
	if out == nil {
		return lines
	}
	return out
}
