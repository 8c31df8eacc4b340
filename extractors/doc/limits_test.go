package doc

import (
	"strings"
	"testing"
)

func TestCapText(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	row := Block{Kind: TableRow, Text: "ab | cd", Cells: []string{"ab", "cd"}}
	tests := []struct {
		name string
		in   []Block
		max  int64
		want []string
		cut  bool
	}{
		{"fits exactly", []Block{p("abc"), p("de")}, 5, []string{"abc", "de"}, false},
		{"under the limit", []Block{p("abc")}, 10, []string{"abc"}, false},
		{"last block cut", []Block{p("abc"), p("defg")}, 5, []string{"abc", "de"}, true},
		{"cut at a block's start drops it", []Block{p("abc"), p("defg")}, 3, []string{"abc"}, true},
		{"never inside a character", []Block{p("ab"), p("øl")}, 3, []string{"ab"}, true},
		{"a cut row loses its cells", []Block{row}, 4, []string{"ab |"}, true},
		{"nothing fits", []Block{p("abc")}, 0, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := CapText(append([]Block(nil), tt.in...), tt.max)
			var texts []string
			for _, b := range got {
				texts = append(texts, b.Text)
				if b.Text != tt.in[len(texts)-1].Text && b.Cells != nil {
					t.Errorf("cut block kept its cells %q", b.Cells)
				}
			}
			if cut != tt.cut || strings.Join(texts, "¶") != strings.Join(tt.want, "¶") {
				t.Errorf("CapText = %q, %v; want %q, %v", texts, cut, tt.want, tt.cut)
			}
		})
	}
}

func TestClipUTF8(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abc", 2, "ab"},
		{"aø", 2, "a"}, // ø is two bytes
		{"aø", 3, "aø"},
		{"€", 2, ""},
		{"", 0, ""},
	}
	for _, tt := range tests {
		if got := ClipUTF8(tt.s, tt.n); got != tt.want {
			t.Errorf("ClipUTF8(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
