package pdf

import "unicode/utf16"

// cmap is a parsed ToUnicode CMap: how to split a string into character
// codes and what text each code stands for.
type cmap struct {
	spaces [4][]codeRange // codespace ranges by code length - 1
	chars  map[uint64]string
	ranges []bfRange // ranges too large to expand into chars
}

type codeRange struct{ lo, hi uint32 }

type bfRange struct {
	codeRange
	n    int      // code length in bytes
	base []uint16 // UTF-16 of lo; the last unit is incremented along the range
}

const (
	maxCMapArgs    = 1 << 16
	maxCMapEntries = 1 << 17
	maxExpandRange = 1024
)

func cmapKey(code uint32, n int) uint64 { return uint64(n)<<32 | uint64(code) }

func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

// parseCMap reads the codespace, bfchar and bfrange sections of a CMap.
func parseCMap(b []byte) *cmap {
	m := &cmap{chars: make(map[uint64]string)}
	s := newScanner(b, maxCMapArgs)
	for {
		op, ok := s.nextOp()
		if !ok {
			return m
		}
		switch op {
		case "endcodespacerange":
			m.addSpaces(s.args)
		case "endbfchar":
			m.addChars(s.args)
		case "endbfrange":
			m.addRanges(s.args)
		}
	}
}

func (m *cmap) addSpaces(args []operand) {
	for i := 0; i+1 < len(args); i += 2 {
		lo, hi := args[i].text, args[i+1].text
		if n := len(lo); n >= 1 && n <= 4 && len(hi) == n {
			m.spaces[n-1] = append(m.spaces[n-1], codeRange{codeOf(lo), codeOf(hi)})
		}
	}
}

func (m *cmap) addChars(args []operand) {
	for i := 0; i+1 < len(args); i += 2 {
		src, dst := args[i], args[i+1]
		if n := len(src.text); src.kind == tStr && n >= 1 && n <= 4 && dst.kind == tStr && len(m.chars) < maxCMapEntries {
			m.chars[cmapKey(codeOf(src.text), n)] = utf16Text(dst.text)
		}
	}
}

func (m *cmap) addRanges(args []operand) {
	for i := 0; i+2 < len(args); i += 3 {
		lo, hi, dst := args[i].text, args[i+1].text, args[i+2]
		n := len(lo)
		if n < 1 || n > 4 || len(hi) != n || codeOf(hi) < codeOf(lo) {
			continue
		}
		r := codeRange{codeOf(lo), codeOf(hi)}
		if dst.kind == tArrOpen {
			for k, d := range dst.arr {
				if c := r.lo + uint32(k); c <= r.hi && len(m.chars) < maxCMapEntries {
					m.chars[cmapKey(c, n)] = utf16Text(d.text)
				}
			}
			continue
		}
		br := bfRange{r, n, utf16Units(dst.text)}
		if r.hi-r.lo < maxExpandRange && len(m.chars)+int(r.hi-r.lo) < maxCMapEntries {
			for c := r.lo; c <= r.hi; c++ {
				m.chars[cmapKey(c, n)] = br.at(c)
			}
			continue
		}
		m.ranges = append(m.ranges, br)
	}
}

// at returns the text of code c inside the range.
func (r bfRange) at(c uint32) string {
	if len(r.base) == 0 {
		return ""
	}
	u := append([]uint16(nil), r.base...)
	u[len(u)-1] += uint16(c - r.lo)
	return string(utf16.Decode(u))
}

// empty reports a missing CMap or one that maps no code.
func (m *cmap) empty() bool { return m == nil || len(m.chars) == 0 && len(m.ranges) == 0 }

// split returns the length of the code at the start of raw, or 0 when no
// codespace range matches.
func (m *cmap) split(raw string) int {
	for n := 1; n <= 4 && n <= len(raw); n++ {
		c := codeOf(raw[:n])
		for _, r := range m.spaces[n-1] {
			if c >= r.lo && c <= r.hi {
				return n
			}
		}
	}
	return 0
}

// lookup returns the text of an n-byte code.
func (m *cmap) lookup(code uint32, n int) (string, bool) {
	if s, ok := m.chars[cmapKey(code, n)]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if r.n == n && code >= r.lo && code <= r.hi {
			return r.at(code), true
		}
	}
	return "", false
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func utf16Text(s string) string {
	if len(s) == 1 { // some producers write single bytes
		return string(rune(s[0]))
	}
	return string(utf16.Decode(utf16Units(s)))
}
