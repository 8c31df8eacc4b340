package minutes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/lazy"
)

// splitFor splits "Ola Hansen møtte for Kari Nordmann" into the text before
// the verb and whom a substitute met for.
func splitFor(s string) (before, replaces string, ok bool) {
	if !strings.Contains(s, "for") && !strings.Contains(s, "For") {
		return "", "", false
	}
	m := replacesRe().FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	return strings.TrimSpace(replacesVerb().ReplaceAllString(m[1], "")), strings.TrimSpace(m[2]), true
}

// listNumber is a list number before an entry: "1. ", "2) ".
var listNumber = lazy.Regexp(`^\d{1,3}[.)]\s+`)

// parseEntry parses one attendee entry: "Name, Organisation (note)",
// "Name (role)", "Name – Organisation", "Name (for Other Name)". A title
// before the name becomes the role ("Rektor Kari Dahl"), and a nickname
// between its words a note ("Kristin (Kikki) Solheim"). ok is false when
// the entry does not start with a person's name of minWords words.
func parseEntry(s string, minWords int) (doc.Attendee, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(entryText(s), ","), ".")
	parts := splitTop(s, ',')
	if len(parts) == 1 {
		parts = splitDash(s)
	}
	head, replaces := parts[0], ""
	if head != "" && head[0] >= '0' && head[0] <= '9' {
		head = listNumber().ReplaceAllString(head, "")
	}
	if before, r, ok := splitFor(head); ok && before != "" && balanced(before) && balanced(r) {
		head = before
		replaces, _ = splitParens(r) // "Siri Berg (FRP)": the party is hers
	}
	head, nick := dropNickname(head)
	name, notes := splitParens(head)
	role := ""
	if f := strings.Fields(name); len(f) >= 3 && (isRole(f[0]) || nameTitles.has(strings.ToLower(f[0]))) {
		role, name = f[0], strings.Join(f[1:], " ")
	}
	if !looksLikeName(name, minWords) {
		return doc.Attendee{}, false
	}
	a := doc.Attendee{Name: name, Role: role, Replaces: replaces, Note: nick}
	for _, n := range notes {
		addParen(&a, n)
	}
	for _, p := range parts[1:] {
		addSegment(&a, p)
	}
	return a, true
}

// entryText trims an entry of the marks a reader may leave around it: a
// definition list's leading colon (": Kari Nordmann"), Markdown emphasis
// and the backslash of an escaped list number ("1\. trinn").
func entryText(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), ":"))
	s = strings.TrimSpace(strings.Trim(s, "*_"))
	return strings.ReplaceAll(s, `\.`, ".")
}

// dropNickname removes a nickname in parentheses between the words of a
// name and returns it: "Kristin (Kikki) Solheim" gives "Kristin Solheim"
// and "Kikki". A parenthesis at the end is left for addParen.
func dropNickname(s string) (string, string) {
	open, end := strings.IndexByte(s, '('), strings.IndexByte(s, ')')
	if open <= 0 || end < open || strings.TrimSpace(s[end+1:]) == "" {
		return s, ""
	}
	nick, after := s[open+1:end], strings.TrimSpace(s[end+1:])
	if wordCount(nick) != 1 || !looksLikeName(nick, 1) || !looksLikeName(strings.Fields(after)[0], 1) {
		return s, ""
	}
	return strings.TrimSpace(s[:open]) + " " + after, nick
}

// balanced reports whether s closes every parenthesis it opens.
func balanced(s string) bool { return strings.Count(s, "(") == strings.Count(s, ")") }

// splitDash splits "Name – Organisation" at a spaced dash.
func splitDash(s string) []string {
	for _, d := range []string{" – ", " — ", " - "} {
		if i := strings.Index(s, d); i > 0 {
			return []string{strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(d):])}
		}
	}
	return []string{s}
}

// addSegment adds one comma-separated part after the name: a role, whom a
// substitute met for, or (part of) the organisation.
func addSegment(a *doc.Attendee, seg string) {
	out, notes := splitParens(seg)
	switch before, r, ok := splitFor(out); {
	case out == "":
	case ok && before == "":
		a.Replaces = r
	case a.Role == "" && (isRole(out) || wordCount(out) == 1 && !startsUpper(out)):
		a.Role = out // "Ola Hansen, kasserer"
	case a.Organization == "":
		a.Organization = out
	default:
		a.Organization += ", " + out
	}
	for _, n := range notes {
		addParen(a, n)
	}
}

// addParen files a parenthesised remark as whom a substitute met for, a
// role, the organisation when none is known yet, or a note.
func addParen(a *doc.Attendee, p string) {
	switch before, r, ok := splitFor(p); {
	case p == "":
	case ok && before == "":
		a.Replaces = r
	case isRole(p) && a.Role == "":
		a.Role = p
	case initialsOf(a.Name) == p:
		addNote(a, p) // "Kari Dahl (KD)": what the minutes call her
	case a.Organization == "" && startsLetterUpper(p) && !isRemark(p) && wordCount(p) <= 8:
		a.Organization = p
	default:
		addNote(a, p)
	}
}

// initialsOf returns the initials of a name: "Kari Dahl" gives "KD".
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// startsLetterUpper reports whether s begins with an upper-case letter.
func startsLetterUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// addNote adds a remark to the attendee's note.
func addNote(a *doc.Attendee, n string) {
	if a.Note == "" {
		a.Note = n
	} else {
		a.Note += "; " + n
	}
}

// parseInline parses an inline list: "Kari Nordmann (leder), Ola Hansen, KS"
// or "Kari Nordmann, KS; Ola Hansen, Helse Vest". Parts that are no name
// are taken as the previous person's organisation or role.
func parseInline(s string) []doc.Attendee {
	if strings.Contains(s, ";") {
		return parseEntries(splitTop(s, ';'), 1)
	}
	items := splitOg(splitTop(firstSentence(s), ','))
	minWords := 1
	if namesWithOrgs(items) {
		minWords = 2
	}
	var out []doc.Attendee
	for _, it := range items {
		if a, ok := parseEntry(it, minWords); ok {
			out = append(out, a)
		} else if len(out) > 0 {
			addSegment(&out[len(out)-1], it)
		}
	}
	return out
}

// firstSentence returns s up to the end of its first sentence: "Kari Dahl,
// Per Moe. Eva Lie kom kl. 19" gives "Kari Dahl, Per Moe". A full stop
// after an initial or a title ("Anne B. Nilsen", "Prof. Kari Dahl") or
// inside parentheses ends no sentence.
func firstSentence(s string) string {
	for from := 0; ; {
		i := strings.Index(s[from:], ". ")
		if i < 0 {
			return s
		}
		i += from
		word := s[strings.LastIndexAny(s[:i], " (")+1 : i]
		if utf8.RuneCountInString(word) >= 3 && !nameTitles.has(strings.ToLower(word)+".") &&
			balanced(s[:i]) && startsLetterUpper(strings.TrimSpace(s[i+1:])) {
			return s[:i]
		}
		from = i + 2
	}
}

// parseEntries parses each item as a whole entry, skipping non-names.
func parseEntries(items []string, minWords int) []doc.Attendee {
	var out []doc.Attendee
	for _, it := range items {
		if a, ok := parseEntry(it, minWords); ok {
			out = append(out, a)
		}
	}
	return out
}

// splitOg splits the last item of a list at " og " when both sides are
// entries: "Ola Hansen og Per Olsen", "nestleder Ola Hansen og
// styremedlem Per Olsen".
func splitOg(items []string) []string {
	last := items[len(items)-1]
	for _, og := range []string{" og ", " and "} {
		if i := strings.LastIndex(last, og); i > 0 {
			a, b := strings.TrimSpace(last[:i]), strings.TrimSpace(last[i+len(og):])
			_, okA := parseEntry(a, 1)
			_, okB := parseEntry(b, 1)
			if okA && okB {
				return append(items[:len(items)-1:len(items)-1], a, b)
			}
		}
	}
	return items
}

// namesWithOrgs reports whether items alternate a name of two words or
// more and one word, two pairs at least ("Kari Nordmann, Teknorge, Ola
// Hansen, Norkart"), so that the one-word items are organisations rather
// than first names ("Johanne Thunes, Bjørn" lists two people).
func namesWithOrgs(items []string) bool {
	if len(items) < 4 || len(items)%2 != 0 {
		return false
	}
	for k, it := range items {
		if o, _ := splitParens(it); (wordCount(o) >= 2) != (k%2 == 0) {
			return false
		}
	}
	return true
}
