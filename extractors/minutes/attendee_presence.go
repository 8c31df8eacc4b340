package minutes

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// Who was there and who was not beyond the attendee sections: the people
// summoned but not listed as present, a sentence that one more was there
// or that a listed person could not come, matched to the listed people by
// name, first name or a one-letter slip.

// alsoPresent adds the person of a sentence after the list that names one
// more present ("I tillegg var rektor Kari Dahl med til kl. 18.50"); it
// reports whether the line was one.
func (s *attendeeScan) alsoPresent(l line) bool {
	m := alsoPresentRe().FindStringSubmatch(entryText(l.text))
	if m == nil {
		return false
	}
	f := strings.Fields(m[3])
	if len(f) > 0 && nameTitles.has(strings.ToLower(f[0])) {
		f = f[1:]
	}
	n := 0
	for n < len(f) && n < 4 && isNameToken(f[n]) && !isOrgWord(f[n]) {
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
	if !summonedLabel().MatchString(fold(label)) {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// absentees settles the people summoned: those not listed were absent when
// the minutes list who was present, and present when they list only who
// was not ("Innkalt: Kari, Ola, Per" and "Forfall: Per"). It then marks
// absent the listed people a sentence says did not come ("Kari Dahl kunne
// ikke komme").
func (s *attendeeScan) absentees() {
	rest := section{status: doc.Present}
	if slices.ContainsFunc(s.out, func(a doc.Attendee) bool { return a.Status != doc.Absent }) {
		rest.status = doc.Absent
	}
	for _, p := range s.summoned {
		if _, n := s.find(p.Name); n == 0 {
			s.addAll([]doc.Attendee{p}, rest, p.Page)
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
		for n < len(f) && n < 4 && isNameToken(f[n]) {
			n++
		}
		rest := strings.Join(f[n:], " ")
		if n == 0 || !absentAfterName().MatchString(rest) {
			continue
		}
		if k, matches := s.find(strings.Join(f[:n], " ")); matches == 1 {
			s.out[k].Status = doc.Absent
		}
	}
}

// find returns how many attendees a name may name, and the index of one:
// the same name, a first name alone on either side ("Helene" and "Helene
// Dahl"), or a name with one letter written wrong ("Antonio Armaz").
func (s *attendeeScan) find(name string) (k, n int) {
	if k, ok := s.index[fold(name)]; ok {
		return k, 1
	}
	for i, a := range s.out {
		if samePerson(name, a.Name) {
			k, n = i, n+1
		}
	}
	return k, n
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
