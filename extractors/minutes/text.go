package minutes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motebok/motebok/internal/lazy"
)

// fold lower-cases s and collapses its spaces, for matching.
func fold(s string) string { return squash(strings.ToLower(s)) }

// squash trims s and collapses each run of white space to one space. Most
// text is squashed already and comes back as it is, without a copy.
func squash(s string) string {
	space := true // a leading space is not squashed
	for _, r := range s {
		if !unicode.IsSpace(r) {
			space = false
			continue
		}
		if r != ' ' || space {
			return strings.Join(strings.Fields(s), " ")
		}
		space = true
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int {
	n, space := 0, true
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
		} else if space {
			n, space = n+1, false
		}
	}
	return n
}

// startsUpper reports whether s begins with an upper-case letter, a digit or
// an opening quote, as a title or a sentence does.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("«\"“'(", r)
}

// startsLower reports whether s begins with a lower-case letter, as the
// continuation of a wrapped line does.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends with closing punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " »”\")")
	return s != "" && strings.ContainsRune(".:!?;", rune(s[len(s)-1]))
}

// trimSeps trims spaces and the separators that sit between a number, a
// label or a type and the text after it.
func trimSeps(s string) string { return strings.Trim(s, " :.,;–—-|") }

// clock matches a time of day, "12:15", "kl. 12.15", "Kl 9", with an
// optional end ("10.00–14.00"). It only recognises times so that they can be
// kept out of titles; dates are parsed by package dates.
var clock = lazy.Regexp(`(?i)(?:\bkl\.?\s*\d{1,2}(?:[:.]\d{2})?|\b\d{1,2}:\d{2})(?:\s*[-–—]\s*(?:kl\.?\s*)?\d{1,2}(?:[:.]\d{2})?)?`)

// plainClock matches a whole "12.15" or "12.15 - 13.00" without "kl.".
var plainClock = lazy.Regexp(`^\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?$`)

// splitTime splits a leading time of day from s: "Kl. 13:00 Pause" gives
// ("Kl. 13:00", "Pause", true).
func splitTime(s string) (tm, rest string, ok bool) {
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == 'k' || s[0] == 'K') {
		return "", s, false
	}
	if loc := clock().FindStringIndex(s); loc != nil && loc[0] == 0 {
		return s[:loc[1]], trimSeps(s[loc[1]:]), true
	}
	f := strings.Fields(s)
	if len(f) > 0 && plainClock().MatchString(f[0]) {
		return f[0], trimSeps(strings.TrimPrefix(s, f[0])), true
	}
	if plainClock().MatchString(s) {
		return s, "", true
	}
	return "", s, false
}

// isTimeLine reports whether s is only a time of day or a time range.
func isTimeLine(s string) bool {
	_, rest, ok := splitTime(s)
	return ok && rest == ""
}

// stripTimes removes times of day ("Kl. 12:15", "(12:10–12:30)") from a
// title.
func stripTimes(s string) string {
	s = clock().ReplaceAllString(s, "")
	if _, rest, ok := splitTime(s); ok {
		s = rest
	}
	s = strings.ReplaceAll(s, "()", "")
	return squash(trimSeps(s))
}

// splitParens splits "Name (note) tail" into the text outside parentheses
// and the parenthesised parts, in order.
func splitParens(s string) (outside string, inner []string) {
	if !strings.ContainsRune(s, '(') && utf8.ValidString(s) {
		return squash(s), nil
	}
	var b, in strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			if depth > 0 {
				in.WriteRune(r)
			}
			depth++
		case r == ')' && depth > 0:
			depth--
			if depth == 0 {
				inner = append(inner, strings.TrimSpace(in.String()))
				in.Reset()
			} else {
				in.WriteRune(r)
			}
		case depth > 0:
			in.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	if depth > 0 {
		b.WriteString(in.String())
	}
	return squash(b.String()), inner
}

// splitTop splits s on sep where sep is outside parentheses.
func splitTop(s string, sep rune) []string {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case r == sep && depth == 0:
			parts = append(parts, strings.TrimSpace(s[start:i]))
			start = i + utf8.RuneLen(r)
		}
	}
	return append(parts, strings.TrimSpace(s[start:]))
}

// sentences splits text into sentences at ". ", "! " and "? ".
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text)-1; i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && text[i+1] == ' ' && i+2 < len(text) && startsUpper(text[i+2:]) {
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 2
		}
	}
	if t := strings.TrimSpace(text[start:]); t != "" {
		out = append(out, t)
	}
	return out
}
