package minutes

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// findSpeakers returns who spoke in a case, from labels at the start of
// discussion lines: "Ida:", "Jon Berge –", "Helse Møre og Romsdal:". A label
// that matches one attendee (full name, a leading part of the name, or a
// first name no other attendee shares) gives that attendee's full name. A
// label that matches nobody is kept as written only when it looks like a
// person's name of two words or more; organisations, initials and single
// words that match nobody are left out.
func findSpeakers(texts []string, r roster) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range texts {
		label := speakerLabel(t)
		if label == "" {
			continue
		}
		name, ok := r.match(label)
		if !ok && looksLikeName(label, 2) {
			name, ok = label, true
		}
		if ok && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// speakerLabel returns the text before the first ":" or spaced dash of a
// line, when it is short enough to name a speaker.
func speakerLabel(t string) string {
	end := -1
	if i := strings.IndexByte(t, ':'); i > 0 && !isClockColon(t, i) {
		end = i
	}
	for _, d := range []string{" – ", " — ", " - "} {
		if i := strings.Index(t, d); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return ""
	}
	label := strings.TrimSpace(t[:end])
	if wordCount(label) > 5 || !startsUpper(label) {
		return ""
	}
	return label
}

// person is an attendee prepared for matching speaker labels.
type person struct {
	name  string
	words []string // folded words of the name
	first []string // folded first names, see firstNames
	org   string   // folded organisation
}

// roster holds the attendees a speaker label is matched against.
type roster []person

func newRoster(atts []doc.Attendee) roster {
	r := make(roster, len(atts))
	for i, a := range atts {
		r[i] = person{name: a.Name, words: strings.Fields(fold(a.Name)), first: firstNames(a.Name), org: fold(a.Organization)}
	}
	return r
}

// match finds the one attendee a speaker label names: by the leading words
// of the name, by a first name, else by an organisation only one attendee
// represents ("Helse Møre og Romsdal:").
func (r roster) match(label string) (string, bool) {
	f := fold(label)
	l := strings.Fields(f)
	if len(l) == 0 {
		return "", false
	}
	byName := func(p person) bool {
		return prefixOf(l, p.words) || (len(l) == 1 && slices.Contains(p.first, l[0]))
	}
	byOrg := func(p person) bool { return p.org != "" && p.org == f }
	for _, match := range []func(person) bool{byName, byOrg} {
		found := ""
		n := 0
		for _, p := range r {
			if match(p) {
				found, n = p.name, n+1
			}
		}
		if n == 1 {
			return found, true
		}
	}
	return "", false
}

// prefixOf reports whether the words of p start the words of n.
func prefixOf(p, n []string) bool {
	if len(p) > len(n) {
		return false
	}
	for i := range p {
		if p[i] != n[i] {
			return false
		}
	}
	return true
}
