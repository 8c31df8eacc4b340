package dates

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tNum   tokKind = iota + 1 // a run of ASCII digits
	tWord                     // a run of letters
	tPunct                    // any other single character
)

// token is one lexical unit of a line. pos and end are byte offsets into the
// whole text, so a match maps straight back to the text as written.
type token struct {
	kind     tokKind
	sp       bool // whitespace precedes the token
	pos, end int
	s        string // as written
	low      string // lower case when the parser knows the word, else ""
	w        word   // the lexicon entry of a word
}

// maxWord bounds the lower-casing buffer.
const maxWord = 32

// lexLine appends the tokens of text[from:to] to buf.
func lexLine(buf []token, text string, from, to int) []token {
	sp := true
	for i := from; i < to; {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:to])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\r' || unicode.IsSpace(r):
			sp = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := i + 1
			for j < to && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			buf = append(buf, token{kind: tNum, sp: sp, pos: i, end: j, s: text[i:j]})
			i = j
		case isLetter(r):
			j := i + n
			for j < to {
				if c := text[j]; c < utf8.RuneSelf {
					if c|0x20 < 'a' || c|0x20 > 'z' {
						break
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:to])
				if !isLetter(r2) {
					break
				}
				j += n2
			}
			buf = append(buf, wordToken(text, i, j, sp))
			i = j
		default:
			buf = append(buf, token{kind: tPunct, sp: sp, pos: i, end: i + n, s: text[i : i+n]})
			i += n
		}
		sp = false
	}
	return buf
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func wordToken(text string, i, j int, sp bool) token {
	t := token{kind: tWord, sp: sp, pos: i, end: j, s: text[i:j]}
	if j-i > maxKnown() {
		return t
	}
	var buf [maxWord * 2]byte
	low := buf[:0]
	for _, r := range t.s {
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	if k, ok := known()[string(low)]; ok { // no allocation for the lookup
		t.low, t.w = k, lexicon()[k]
	}
	return t
}
