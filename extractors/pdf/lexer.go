package pdf

import "strconv"

// tokKind is the kind of a content-stream token.
type tokKind uint8

const (
	tEOF tokKind = iota
	tNum
	tName
	tStr
	tOp
	tArrOpen
	tArrClose
	tDictOpen
	tDictClose
)

// token is one lexeme of a content stream or CMap. For tStr, tName and tOp
// text holds the decoded bytes; for tNum, num holds the value.
type token struct {
	kind tokKind
	text string
	num  float64
}

// lexer splits a decoded content stream into tokens. Unlike the library's
// lexer it never loops at end of input: an unterminated string or array
// simply ends there.
type lexer struct {
	b []byte
	i int
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelimiter(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.i < len(l.b) {
		c := l.b[l.i]
		switch {
		case isWhite(c):
			l.i++
		case c == '%':
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
		default:
			return
		}
	}
}

// next returns the next token, or a tEOF token at the end of input.
func (l *lexer) next() token {
	l.skipSpace()
	if l.i >= len(l.b) {
		return token{kind: tEOF}
	}
	c := l.b[l.i]
	switch c {
	case '(':
		l.i++
		return token{kind: tStr, text: l.literal()}
	case '<':
		if l.i+1 < len(l.b) && l.b[l.i+1] == '<' {
			l.i += 2
			return token{kind: tDictOpen}
		}
		l.i++
		return token{kind: tStr, text: l.hex()}
	case '>':
		l.i++
		if l.i < len(l.b) && l.b[l.i] == '>' {
			l.i++
		}
		return token{kind: tDictClose}
	case '[':
		l.i++
		return token{kind: tArrOpen}
	case ']':
		l.i++
		return token{kind: tArrClose}
	case '/':
		l.i++
		return token{kind: tName, text: l.name()}
	case ')', '{', '}':
		l.i++ // stray delimiter: skip it
		return l.next()
	}
	w := l.word()
	if n, ok := parseNum(w); ok {
		return token{kind: tNum, num: n}
	}
	return token{kind: tOp, text: w}
}

// word reads a run of regular characters.
func (l *lexer) word() string {
	start := l.i
	for l.i < len(l.b) && !isWhite(l.b[l.i]) && !isDelimiter(l.b[l.i]) {
		l.i++
	}
	return string(l.b[start:l.i])
}

func parseNum(w string) (float64, bool) {
	if w == "" {
		return 0, false
	}
	c := w[0]
	if c != '+' && c != '-' && c != '.' && (c < '0' || c > '9') {
		return 0, false
	}
	n, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return 0, false
	}
	return n, true
}
