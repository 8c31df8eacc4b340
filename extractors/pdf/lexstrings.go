package pdf

var escapes = map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f'}

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
