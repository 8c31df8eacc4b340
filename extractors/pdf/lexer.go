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

func (l *lexer) name() string {
	var out []byte
	for l.i < len(l.b) && !isWhite(l.b[l.i]) && !isDelimiter(l.b[l.i]) {
		c := l.b[l.i]
		if c == '#' && l.i+2 < len(l.b) && unhexByte(l.b[l.i+1]) >= 0 && unhexByte(l.b[l.i+2]) >= 0 {
			c = byte(unhexByte(l.b[l.i+1])<<4 | unhexByte(l.b[l.i+2]))
			l.i += 2
		}
		out = append(out, c)
		l.i++
	}
	return string(out)
}

func unhexByte(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// hex reads a hex string after its '<'; non-hex bytes are skipped and an
// odd final digit is padded with 0, as the PDF specification says.
func (l *lexer) hex() string {
	var out []byte
	hi := -1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		if c == '>' {
			break
		}
		v := unhexByte(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
			continue
		}
		out = append(out, byte(hi<<4|v))
		hi = -1
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return string(out)
}

// literal reads a literal string after its '(' with nesting and escapes.
func (l *lexer) literal() string {
	var out []byte
	depth := 1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return string(out)
			}
		case '\\':
			out = l.escape(out)
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

var escapes = map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f'}

// escape decodes the escape sequence after a backslash and appends it.
func (l *lexer) escape(out []byte) []byte {
	if l.i >= len(l.b) {
		return out
	}
	c := l.b[l.i]
	l.i++
	if e, ok := escapes[c]; ok {
		return append(out, e)
	}
	switch {
	case c == '\r':
		if l.i < len(l.b) && l.b[l.i] == '\n' {
			l.i++
		}
		return out
	case c == '\n':
		return out
	case c >= '0' && c <= '7':
		v := int(c - '0')
		for k := 0; k < 2 && l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '7'; k++ {
			v = v*8 + int(l.b[l.i]-'0')
			l.i++
		}
		return append(out, byte(v))
	}
	return append(out, c)
}
