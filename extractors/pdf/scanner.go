package pdf

// operand is one value before an operator: a number, name, string or array.
// Dictionaries (marked-content properties, inline image parameters) are
// skipped and kept only as a placeholder.
type operand struct {
	kind tokKind
	num  float64
	text string
	arr  []operand
}

const (
	maxArrayDepth = 8
	maxArrayLen   = 1 << 16
)

// scanner reads operators with their operands from a content stream.
type scanner struct {
	lex     lexer
	args    []operand
	maxArgs int
	deep    bool // an array nested deeper than maxArrayDepth was skipped
}

func newScanner(b []byte, maxArgs int) *scanner {
	return &scanner{lex: lexer{b: b}, maxArgs: maxArgs}
}

// nextOp returns the next operator and leaves its operands in s.args. It
// returns false at the end of the stream.
func (s *scanner) nextOp() (string, bool) {
	s.args = s.args[:0]
	for {
		t := s.lex.next()
		switch t.kind {
		case tEOF:
			return "", false
		case tOp:
			if t.text == "ID" {
				s.skipInlineImage()
			}
			return t.text, true
		case tArrOpen:
			s.push(operand{kind: tArrOpen, arr: s.array(0)})
		case tDictOpen:
			s.skipDict()
			s.push(operand{kind: tDictOpen})
		case tArrClose, tDictClose:
			// stray closing delimiter: ignore
		default:
			s.push(operand{kind: t.kind, num: t.num, text: t.text})
		}
	}
}

// push adds an operand, dropping the oldest when too many pile up (a
// malformed stream without operators must not grow memory without bound).
func (s *scanner) push(o operand) {
	if len(s.args) >= s.maxArgs {
		copy(s.args, s.args[1:])
		s.args = s.args[:len(s.args)-1]
	}
	s.args = append(s.args, o)
}

// array reads the operands up to the closing bracket. Arrays nested deeper
// than maxArrayDepth are skipped without recursion, so a stream of nothing
// but "[" cannot exhaust the stack.
func (s *scanner) array(depth int) []operand {
	var out []operand
	for {
		t := s.lex.next()
		switch t.kind {
		case tEOF, tArrClose:
			return out
		case tArrOpen:
			if depth >= maxArrayDepth {
				s.deep = true
				s.skipArray()
				continue
			}
			out = appendBounded(out, operand{kind: tArrOpen, arr: s.array(depth + 1)})
		case tDictOpen:
			s.skipDict()
		case tOp, tDictClose:
			// not valid inside an array: ignore
		default:
			out = appendBounded(out, operand{kind: t.kind, num: t.num, text: t.text})
		}
	}
}

func appendBounded(out []operand, o operand) []operand {
	if len(out) >= maxArrayLen {
		return out
	}
	return append(out, o)
}

func (s *scanner) skipDict() { s.skipNested(tDictOpen, tDictClose) }

func (s *scanner) skipArray() { s.skipNested(tArrOpen, tArrClose) }

// skipNested moves past the rest of a delimited value whose opening token
// has been read, counting nesting instead of recursing.
func (s *scanner) skipNested(open, close tokKind) {
	depth := 1
	for depth > 0 {
		switch s.lex.next().kind {
		case tEOF:
			return
		case open:
			depth++
		case close:
			depth--
		}
	}
}

// skipInlineImage moves past the binary data of an inline image: to the
// first "EI" surrounded by white space.
func (s *scanner) skipInlineImage() {
	b, i := s.lex.b, s.lex.i+1
	for ; i+1 < len(b); i++ {
		if b[i] == 'E' && b[i+1] == 'I' && isWhite(b[i-1]) && (i+2 == len(b) || isWhite(b[i+2])) {
			s.lex.i = i + 2
			return
		}
	}
	s.lex.i = len(b)
}

// last returns the operand n places from the end (0 = last).
func (s *scanner) last(n int) operand {
	if n < len(s.args) {
		return s.args[len(s.args)-1-n]
	}
	return operand{}
}
