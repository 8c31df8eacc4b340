package pdf

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestLexer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []token
	}{
		{"numbers and ops", "1 -2.5 .5 Tf", []token{{kind: tNum, num: 1}, {kind: tNum, num: -2.5}, {kind: tNum, num: .5}, {kind: tOp, text: "Tf"}}},
		{"literal with escapes", `(a\(b\)\n\101(c))`, []token{{kind: tStr, text: "a(b)\nA(c)"}}},
		{"hex odd digits", "<48 65 6>", []token{{kind: tStr, text: "He`"}}},
		{"unterminated hex ends", "<4142", []token{{kind: tStr, text: "AB"}}},
		{"unterminated literal ends", "(abc", []token{{kind: tStr, text: "abc"}}},
		{"name escape", "/A#20B", []token{{kind: tName, text: "A B"}}},
		{"comment and dict", "% c\n<< >> [ ]", []token{{kind: tDictOpen}, {kind: tDictClose}, {kind: tArrOpen}, {kind: tArrClose}}},
		{"stray delimiters", ") } x", []token{{kind: tOp, text: "x"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := lexer{b: []byte(tc.in)}
			var got []token
			for tok := l.next(); tok.kind != tEOF; tok = l.next() {
				got = append(got, tok)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestScannerInlineImage(t *testing.T) {
	s := newScanner([]byte("BI /W 2 ID \x00(<<\xff EI Q (x) Tj"), maxStackArgs)
	var ops []string
	for op, ok := s.nextOp(); ok; op, ok = s.nextOp() {
		ops = append(ops, op)
	}
	if want := []string{"BI", "ID", "Q", "Tj"}; !reflect.DeepEqual(ops, want) {
		t.Errorf("ops %q, want %q", ops, want)
	}
}

func TestCMap(t *testing.T) {
	m := parseCMap([]byte(`1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0044> <00E6> endbfchar
2 beginbfrange <0010> <0012> <0041> <0020> <0021> [<0066006C> <00F8>] endbfrange
1 beginbfrange <1000> <1FFF> <4E00> endbfrange`))
	tests := []struct {
		code uint32
		want string
	}{{0x03, " "}, {0x44, "æ"}, {0x11, "B"}, {0x20, "fl"}, {0x21, "ø"}, {0x1001, "丁"}}
	for _, tc := range tests {
		if got, ok := m.lookup(tc.code, 2); !ok || got != tc.want {
			t.Errorf("lookup(%#x) = %q, %v; want %q", tc.code, got, ok, tc.want)
		}
	}
	if n := m.split("\x00\x44rest"); n != 2 {
		t.Errorf("split = %d, want 2", n)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"D:20251202143000+01'00'", "2025-12-02T13:30:00Z"},
		{"D:20251202", "2025-12-02T00:00:00Z"},
		{"D:2025", "2025-01-01T00:00:00Z"},
		{"20190916103916Z", "2019-09-16T10:39:16Z"},
		{"D:20191399", ""},
		{"yesterday", ""},
	}
	for _, tc := range tests {
		got := parseDate(tc.in)
		if (got == nil) != (tc.want == "") || got != nil && got.Format(time.RFC3339) != tc.want {
			t.Errorf("parseDate(%q) = %v, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPageNumber(t *testing.T) {
	tests := []struct {
		text string
		page int
		want bool
	}{
		{"3", 3, true}, {"Side 3 av 10", 3, true}, {"3/10", 2, true}, {"- 3 -", 4, true},
		{"Page 3 of 9", 3, true}, {"(3)", 3, true}, {"Sak 3", 3, false}, {"33/25", 3, false},
		{"12", 3, false}, {"side", 1, false},
	}
	for _, tc := range tests {
		if got := isPageNumber(tc.text, tc.page); got != tc.want {
			t.Errorf("%q on page %d: %v, want %v", tc.text, tc.page, got, tc.want)
		}
	}
}

// TestScannerNesting checks that arrays nested past maxArrayDepth are
// skipped, balanced, and that the operators after them are still read.
func TestScannerNesting(t *testing.T) {
	deep := func(n int) string { return strings.Repeat("[", n) + "1" + strings.Repeat("]", n) }
	tests := []struct {
		in       string
		wantOps  []string
		wantDeep bool
	}{
		{deep(maxArrayDepth+1) + " Tj (x) Tj", []string{"Tj", "Tj"}, false},
		{deep(maxArrayDepth+2) + " Tj (x) Tj", []string{"Tj", "Tj"}, true},
		{deep(100000) + " Tj (x) Tj", []string{"Tj", "Tj"}, true},
		{"[ << /A [ ] >> ] TJ Q", []string{"TJ", "Q"}, false},
		{strings.Repeat("[", 1<<20), nil, true},
	}
	for _, tc := range tests {
		s := newScanner([]byte(tc.in), maxStackArgs)
		var ops []string
		for op, ok := s.nextOp(); ok; op, ok = s.nextOp() {
			ops = append(ops, op)
		}
		if !reflect.DeepEqual(ops, tc.wantOps) || s.deep != tc.wantDeep {
			t.Errorf("%.40q: ops %q deep %v, want %q %v", tc.in, ops, s.deep, tc.wantOps, tc.wantDeep)
		}
	}
}
