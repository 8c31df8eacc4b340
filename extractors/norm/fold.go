package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the form of s used for matching typed queries and names:
//
//   - compatibility decomposition (NFKD), so ligatures and full-width forms
//     become plain letters, then combining marks are dropped (é → e, ü → u,
//     å → a);
//   - letters without a decomposition are spelled out: æ → ae, ø → o,
//     ð → d, þ → th, ß → ss, œ → oe, ł → l;
//   - lower case;
//   - every dash and minus (‐ ‑ ‒ – — ― −) becomes "-", the quotes « » “ ” „
//     ‟ become '"' and ‘ ’ ‚ ‛ become "'".
//
// Spacing is left as it is: fold text that Text has normalised. "Møte" folds
// to "mote", "Sløyfemodellen" to "sloyfemodellen", "Sør–Øst" to "sor-ost".
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(unicode.ToLower(r)))
		case unicode.Is(unicode.Mn, r):
		default:
			r = unicode.ToLower(r)
			if f, ok := spelled[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// spelled maps the letters and marks Fold rewrites.
var spelled = map[rune]string{
	'æ': "ae", 'ø': "o", 'ð': "d", 'þ': "th", 'ß': "ss", 'œ': "oe", 'ł': "l", 'đ': "d",
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-",
	'«': `"`, '»': `"`, '“': `"`, '”': `"`, '„': `"`, '‟': `"`,
	'‘': "'", '’': "'", '‚': "'", '‛': "'",
}

// longSpelling gives the letters typed two ways without æøå their long
// ASCII spelling (møte → moete, Ålesund → Aalesund, Müller → Mueller).
var longSpelling = strings.NewReplacer("ø", "oe", "å", "aa", "ä", "ae", "ö", "oe", "ü", "ue")

// FoldForms returns the ASCII spellings of a lower-case, NFC word: Fold's
// short one, and the long one when it differs ("møte": "mote", "moete").
func FoldForms(w string) []string {
	short := Fold(w)
	if isASCII(w) {
		return []string{short}
	}
	if long := Fold(longSpelling.Replace(w)); long != short {
		return []string{short, long}
	}
	return []string{short}
}
