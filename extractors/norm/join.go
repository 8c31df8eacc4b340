package norm

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// suspended are the words after which a line-end hyphen is a suspended
// compound ("helse- og omsorgssektoren", "tale- eller forslagsrett").
var suspended = map[string]bool{
	"og": true, "eller": true, "samt": true, "enn": true, "som": true, "til": true,
	"og/eller": true, "respektive": true, "hhv": true, "&": true, "/": true, "+": true,
}

// joinLines joins the lines of src (cleaned text) with spaces, repairing
// words hyphenated at a line end, and appends the result to dst.
func joinLines(dst, src []byte) []byte {
	for len(src) > 0 {
		line := src
		if k := bytes.IndexByte(src, '\n'); k >= 0 {
			line, src = src[:k], src[k+1:]
		} else {
			src = nil
		}
		line = bytes.Trim(line, " ")
		if len(line) == 0 {
			continue
		}
		if len(dst) > 0 {
			switch hyphenJoin(dst, line) {
			case dehyphenate:
				_, n := utf8.DecodeLastRune(dst)
				dst = dst[:len(dst)-n]
			case withSpace:
				dst = append(dst, ' ')
			}
		}
		dst = append(dst, line...)
	}
	return dst
}

type joint uint8

const (
	withSpace   joint = iota // an ordinary line break
	dehyphenate              // "infor-" + "masjon"
	keepHyphen               // "Sør-" + "Øst", "e-" + "post"
)

// hyphenJoin decides how a line ending in prev continues with next.
func hyphenJoin(prev, next []byte) joint {
	h, hn := utf8.DecodeLastRune(prev)
	if h != '-' && h != '\u2010' {
		return withSpace
	}
	left := lastWord(prev[:len(prev)-hn])
	if len(left) == 0 {
		return withSpace // " -" is a dash, not a hyphen
	}
	first, _ := utf8.DecodeRune(next)
	switch {
	case suspended[string(firstWord(next))]:
		return withSpace
	case unicode.IsUpper(first) || unicode.IsDigit(first):
		return keepHyphen
	case !unicode.IsLetter(first):
		return withSpace
	case abbreviation(left):
		return keepHyphen
	}
	return dehyphenate
}

// abbreviation reports whether the part before a hyphen is kept as
// written: a single letter (e-post), capitals (IT-system), a capital after
// the first letter (PhD-stipendiat, eHelse-strategien), or ending in a
// digit (2020-tallet). A word hyphenated to fit is none of these.
func abbreviation(w []byte) bool {
	_, n := utf8.DecodeRune(w)
	if n == len(w) {
		return true
	}
	last, _ := utf8.DecodeLastRune(w)
	return unicode.IsDigit(last) || !bytes.ContainsFunc(w, unicode.IsLower) ||
		bytes.ContainsFunc(w[n:], unicode.IsUpper)
}

// lastWord is the run of letters and digits at the end of s.
func lastWord(s []byte) []byte {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRune(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

// firstWord is the text of s up to its first space.
func firstWord(s []byte) []byte {
	if i := bytes.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
