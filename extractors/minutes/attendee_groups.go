package minutes

import (
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
// or an organisation that heads the names after it, as a short line
// ending with a colon ("Vik skole:") or a heading at the level of the
// list's other group headings (any level for the list's first line).
func (s *attendeeScan) groupHead(j int, g *group, first bool) bool {
	l := s.lines[j]
	t := strings.TrimSpace(strings.TrimSuffix(entryText(l.text), ":"))
	heading := l.kind == doc.Heading && (l.level == g.level || first && !opensCase(t))
	switch {
	case isGroupLabel(t):
		g.org, g.byLabel = "", true
	case (heading || strings.HasSuffix(l.text, ":")) && wordCount(t) <= 6 && !looksLikeName(t, 2) && s.headsNames(j):
		g.org = orgName(t)
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

// groupPrefix splits a line that opens with a group, a post or an
// organisation before a colon or a spaced dash: "1. trinn: Kari Dahl, Ola
// Berg", "1. trinn - Kari Dahl", "Ledelsen : Rektor Per Dahl", "1\. trinn
// : Kari Dahl : Ola Berg" (a definition list run together). The head must
// not read as a person's name ("Kari Dahl - Vik kommune" is one entry),
// and a post or an organisation must head full names ("Ansvarlig: Eir" is
// a task's owner); the names after it are joined by commas.
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
	if isGroupLabel(head) {
		return head, rest, true
	}
	if !startsLetterUpper(head) || (looksLikeName(head, 1) && !isPost(head)) || !fullNames(parseInline(rest)) {
		return "", "", false
	}
	return head, rest, true
}

// isPost reports whether the head of an entry names a post: "Kasserer",
// "Web ansvarlig", "KFU representant".
func isPost(head string) bool {
	f := strings.Fields(head)
	return len(f) > 0 && isRole(f[len(f)-1])
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

// orgName drops a leading "fra" from an organisation heading a group:
// "Fra Vik kommune" gives "Vik kommune".
func orgName(s string) string {
	if f, rest, ok := strings.Cut(s, " "); ok && (strings.EqualFold(f, "fra") || strings.EqualFold(f, "frå")) {
		return rest
	}
	return s
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
