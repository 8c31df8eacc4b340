package minutes

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// Attendee lists grouped under headings or labels: "1. trinn" then names,
// "Ledelsen: Rektor Kari Dahl", "Vik skole" as a heading over its people.
// A group label (see isGroupLabel) sorts people without naming an
// organisation; any other group names their organisation.

// group is the state of a grouped list: the organisation of the current
// group, the heading level its groups use, whether a group line was the
// last line read, and whether group labels sort the list.
type group struct {
	org     string
	level   int
	open    bool
	byLabel bool // a group label sorts the list
}

// groupHead reports whether line j heads a group of the list and, if so,
// makes it the current group: a group label alone ("1. trinn", "SFO:"),
// or an organisation that heads the names after it, as a heading at the
// level of the list's other group headings or as a short line ending
// with a colon ("Vik skole:").
func (s *attendeeScan) groupHead(j int, g *group) bool {
	l := s.lines[j]
	t := strings.TrimSpace(strings.TrimSuffix(entryText(l.text), ":"))
	switch {
	case isGroupLabel(t):
		g.org, g.byLabel = "", true
	case (l.kind == doc.Heading && l.level == g.level || strings.HasSuffix(l.text, ":")) &&
		wordCount(t) <= 6 && !looksLikeName(t, 1) && s.headsNames(j):
		g.org = t
	default:
		return false
	}
	if l.kind == doc.Heading {
		g.level = l.level
	}
	g.open = true
	return true
}

// headsNames reports whether the line after j is an attendee entry.
func (s *attendeeScan) headsNames(j int) bool {
	if j+1 >= len(s.lines) || s.lines[j+1].lab != labelNone || s.lines[j+1].kind == doc.Heading {
		return false
	}
	_, ok := parseEntry(s.lines[j+1].text, entryWords(s.lines[j+1]))
	return ok
}

// groupPrefix splits a line that opens with a group or an organisation
// before a colon or a spaced dash: "1. trinn: Kari Dahl, Ola Berg",
// "1. trinn - Kari Dahl", "Ledelsen : Rektor Per Dahl", "1\. trinn : Kari
// Dahl : Ola Berg" (a definition list run together). The head must not
// read as a person's name ("Kari Dahl - Vik kommune" is one entry), and
// an organisation must head full names; the names after it are joined by
// commas.
func groupPrefix(s string) (head, rest string, ok bool) {
	s = entryText(s)
	cut := -1
	if i := strings.IndexByte(s, ':'); i > 0 && !isClockColon(s, i) {
		cut = i
	}
	for _, d := range []string{" - ", " – "} {
		if i := strings.Index(s, d); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return "", "", false
	}
	head = strings.TrimSpace(s[:cut])
	rest = strings.TrimLeft(s[cut:], " :-–")
	if rest == "" || wordCount(head) > 6 || strings.ContainsAny(head, ",()") {
		return "", "", false
	}
	rest = joinColons(rest)
	if !isGroupLabel(head) && (!startsLetterUpper(head) || looksLikeName(head, 1) || !fullNames(parseInline(rest))) {
		return "", "", false
	}
	return head, rest, true
}

// fullNames reports whether there are attendees and each has a name of two
// words or more: an organisation before a colon heads full names ("Vik
// skole: Kari Dahl"), where "Sak 1: Budsjett" heads none.
func fullNames(as []doc.Attendee) bool {
	for _, a := range as {
		if wordCount(a.Name) < 2 {
			return false
		}
	}
	return len(as) > 0
}

// joinColons turns the colons between the names of a definition list run
// together ("Kari Dahl : Ola Berg") into commas.
func joinColons(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && !isClockColon(s, i) {
			b.WriteByte(',')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// entryParts reads a line into which a reader ran the items of a wiki
// list ("Kari Dahl *1. trinn: Ola Berg *2. trinn: Per Moe") item by item;
// an item may switch the section ("*Forfall: Eva Lie"). It reports false
// when the first item is no attendee entry.
func (s *attendeeScan) entryParts(l line, sec section, g group) (section, bool) {
	parts := strings.Split(l.text, " *")
	if len(parts) == 1 {
		return s.entryRun(l, sec, g)
	}
	for k, p := range parts {
		pl := l.withText(strings.TrimSpace(p))
		if pl.lab.isAttendance() {
			kind, label, rest := splitLabel(pl.text)
			sec = sectionOf(kind, label)
			s.addAll(parseInline(rest), sec, l.page)
			continue
		}
		var ok bool
		if sec, ok = s.entryRun(pl, sec, g); !ok && k == 0 {
			return sec, false
		}
	}
	return sec, true
}

// withOrg gives the attendees without an organisation of their own the
// organisation org.
func withOrg(as []doc.Attendee, org string) []doc.Attendee {
	for k := range as {
		if as[k].Organization == "" {
			as[k].Organization = org
		}
	}
	return as
}

// alsoPresent adds the person of a sentence after the list that names one
// more present ("I tillegg var rektor Kari Dahl med til kl. 18.50"); it
// reports whether the line was one.
func (s *attendeeScan) alsoPresent(l line) bool {
	m := alsoPresent.FindStringSubmatch(entryText(l.text))
	if m == nil {
		return false
	}
	f := strings.Fields(m[3])
	if len(f) > 0 && nameTitles[strings.ToLower(f[0])] {
		f = f[1:]
	}
	n := 0
	for n < len(f) && n < 4 && nameToken.MatchString(f[n]) && !isOrgWord(f[n]) {
		n++
	}
	if n < 2 {
		return false
	}
	s.addAll([]doc.Attendee{{Name: strings.Join(f[:n], " ")}}, section{status: doc.Present}, l.page)
	return true
}

// summonedList reports whether s labels the people summoned ("Innkalte",
// "Innkalt: Kari Dahl, Ola Berg") and returns the names after the label.
func summonedList(s string) (string, bool) {
	if len(s) < 6 || !strings.EqualFold(s[:6], "innkal") {
		return "", false
	}
	label, rest, _ := strings.Cut(s, ":")
	if !summonedLabel.MatchString(fold(label)) {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// absentees marks absent the people summoned but not listed as present,
// and the listed people a sentence says did not come ("Kari Dahl kunne
// ikke komme").
func (s *attendeeScan) absentees() {
	for _, p := range s.summoned {
		if s.find(p.Name) < 0 {
			s.addAll([]doc.Attendee{p}, section{status: doc.Absent}, p.Page)
		}
	}
	if len(s.out) == 0 {
		return
	}
	for i, l := range s.lines {
		if s.used[i] || !startsUpper(l.text) || !containsAny(l.text, absenceHints...) {
			continue
		}
		f := strings.Fields(l.text)
		n := 0
		for n < len(f) && n < 4 && nameToken.MatchString(f[n]) {
			n++
		}
		rest := strings.Join(f[n:], " ")
		if n == 0 || !absentAfterName.MatchString(rest) {
			continue
		}
		if k := s.find(strings.Join(f[:n], " ")); k >= 0 {
			s.out[k].Status = doc.Absent
		}
	}
}

// find returns the index of the one attendee a name names, or -1: the
// same name, a first name alone on either side ("Helene" and "Helene
// Dahl"), or a name with one letter written wrong ("Antonio Armaz").
func (s *attendeeScan) find(name string) int {
	if k, ok := s.index[fold(name)]; ok {
		return k
	}
	found := -1
	for k, a := range s.out {
		if samePerson(name, a.Name) {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// samePerson reports whether two names, not equal, name one person: one
// is the other's first name, or they differ by one letter in names of two
// words or more.
func samePerson(a, b string) bool {
	fa, fb := strings.Fields(fold(a)), strings.Fields(fold(b))
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	if len(fa) == 1 || len(fb) == 1 {
		return fa[0] == fb[0]
	}
	return len(fa) == len(fb) && oneEdit(strings.Join(fa, " "), strings.Join(fb, " "))
}

// oneEdit reports whether a and b differ by at most one letter changed,
// added or dropped.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+min(1, len(ra)-i):]) == string(rb[i+min(1, len(rb)-i):])
	}
	return string(ra[i+1:]) == string(rb[i:])
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
