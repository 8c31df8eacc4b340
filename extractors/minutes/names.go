package minutes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motebok/motebok/internal/lazy"
)

// isOrgWord reports whether w names an organisation, a post or a heading.
func isOrgWord(w string) bool {
	w = strings.ToLower(w)
	if orgWords.has(w) {
		return true
	}
	return hasSuffix(w, orgSuffixes) || hasSuffix(w, titleSuffixes)
}

// nameToken matches one word of a person's name: "Ida-Kristin", "O'Neil",
// "J.", "Bülow-Larsen", "A.Espeland" (an initial without its space).
var nameToken = lazy.Regexp(`^\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+|\.\p{Lu}[\p{L}'’]+)*\.?$`)

// isNameToken reports whether w matches nameToken, testing its first
// letter before running the regexp.
func isNameToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && nameToken().MatchString(w)
}

// looksLikeName reports whether s can be a person's name of at least
// minWords words: capitalised words, lower-case particles allowed (last
// only after two words), no acronyms and no organisation words. A name of
// one word has three letters at least.
func looksLikeName(s string, minWords int) bool {
	f := strings.Fields(s)
	if len(f) < minWords || len(f) > 6 || utf8.RuneCountInString(s) > 60 {
		return false
	}
	if len(f) == 1 && utf8.RuneCountInString(s) < 3 {
		return false // "H", "Sp": a party, not a first name
	}
	if nameTitles.has(strings.ToLower(f[0])) {
		return false // "Rektor Tone": a title and a first name
	}
	for i, w := range f {
		if particles[w] && i > 0 && (i < len(f)-1 || len(f) >= 3) {
			continue // "Hall Pia Farstad von" in a list by surname
		}
		if !isNameToken(w) || isAcronym(w) || isOrgWord(w) {
			return false
		}
	}
	return true
}

// isAcronym reports whether w is a short word of two capitals or more, as
// "KS", "NHN" or the party "KrF". Longer words in capitals ("NORDMANN") are
// surnames.
func isAcronym(w string) bool {
	if utf8.RuneCountInString(w) > 3 {
		return false
	}
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// isRole reports whether s is a role written next to a name: a known
// role, or one word that names a post ("Utvalgssekretær", "Fagleder").
func isRole(s string) bool {
	s = strings.TrimSpace(s)
	return roleWord().MatchString(s) || (wordCount(s) == 1 && hasSuffix(strings.ToLower(s), titleSuffixes))
}

// hasSuffix reports whether w ends with one of the suffixes.
func hasSuffix(w string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// firstNames returns the folded first given name of a full name and, when
// it is hyphenated, its first part: "Ida-Kristin Martinussen" gives
// "ida-kristin" and "ida".
func firstNames(full string) []string {
	f := strings.Fields(fold(full))
	if len(f) == 0 {
		return nil
	}
	out := []string{f[0]}
	if i := strings.IndexByte(f[0], '-'); i > 0 {
		out = append(out, f[0][:i])
	}
	return out
}
