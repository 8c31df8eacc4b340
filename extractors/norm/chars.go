package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ligatures expands the Latin presentation forms PDFs emit (U+FB00..FB06):
// the NFKC mapping of those characters only, so that nothing else changes.
var ligatures = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\uFB05", "st", "\uFB06", "st",
)

// softHyphen marks a possible break; it is dropped, and at a line end it
// joins the two halves of the word.
const softHyphen = '\u00AD'

// canonical returns s in NFC with ligatures expanded.
func canonical(s string) string {
	if strings.Contains(s, "\xEF\xAC") { // UTF-8 prefix of U+FB00..FB3F
		s = ligatures.Replace(s)
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// class sorts the runes Text treats specially.
type class uint8

const (
	keep  class = iota
	space       // any blank: tab, no-break, thin, ideographic …
	brk         // a line break: \n, \r, \f, \v, U+2028/2029, NEL
	drop        // zero-width, format and control characters
	shy         // soft hyphen
)

func classify(r rune) class {
	switch {
	case r == ' ' || r == '\t':
		return space
	case r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == 0x85 || r == 0x2028 || r == 0x2029:
		return brk
	case r == softHyphen:
		return shy
	case r < utf8.RuneSelf:
		if r < 0x20 || r == 0x7F {
			return drop
		}
		return keep
	case r < 0xA0:
		return drop // C1 controls
	case r == 0xA0:
		return space
	case r < 0x600:
		return keep // Latin, Greek, Cyrillic …: no blanks or format characters here
	case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
		return space
	case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError:
		return drop
	}
	return keep
}

// clean appends s to dst with blanks turned into one space each, line
// breaks into "\n" and dropped characters gone; a soft hyphen at a line end
// joins the two lines.
func clean(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if j := printableRun(s, i); j > i {
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch classify(r) {
		case keep:
			dst = append(dst, s[i:i+n]...)
		case space:
			dst = append(dst, ' ')
		case brk:
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				n++
			}
			dst = append(dst, '\n')
		case shy:
			if j := skipBlanks(s, i+n); j < len(s) && classify(rune(s[j])) == brk {
				n = j - i + 1 // "infor\u00AD\nmasjon": join the halves
				if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
					n++
				}
			}
		}
		i += n
	}
	return dst
}

// printableRun returns the end of the run of printable ASCII at s[i:],
// which clean copies as it is.
func printableRun(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7F {
		i++
	}
	return i
}

// skipBlanks returns the index of the first byte at or after i that is not
// an ASCII blank.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}
