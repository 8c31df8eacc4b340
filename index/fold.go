package index

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldPairs gives the two ASCII spellings people type for a Norwegian or
// other accented letter: the short one (møte → mote) and the long one
// (møte → moete). Letters not listed lose their diacritics (é → e).
var foldPairs = map[rune][2]string{
	'æ': {"ae", "ae"}, 'ø': {"o", "oe"}, 'å': {"a", "aa"},
	'ä': {"a", "ae"}, 'ö': {"o", "oe"}, 'ü': {"u", "ue"},
	'ß': {"ss", "ss"},
}

// Fold returns the ASCII spellings of a lower-case word: one element when
// the word has no foldable letter or both spellings agree, otherwise the
// short and the long spelling.
func Fold(w string) []string {
	if isASCII(w) {
		return []string{w}
	}
	var short, long strings.Builder
	for _, r := range w {
		if p, ok := foldPairs[r]; ok {
			short.WriteString(p[0])
			long.WriteString(p[1])
			continue
		}
		b := baseLetter(r)
		short.WriteString(b)
		long.WriteString(b)
	}
	if short.String() == long.String() {
		return []string{short.String()}
	}
	return []string{short.String(), long.String()}
}

// baseLetter strips combining marks from r (é → e); runes without an ASCII
// base are kept.
func baseLetter(r rune) string {
	if r < utf8.RuneSelf {
		return string(r)
	}
	d := norm.NFD.String(string(r))
	if b, _ := utf8.DecodeRuneInString(d); b < utf8.RuneSelf {
		return string(b)
	}
	return string(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
