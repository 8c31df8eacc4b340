package doc

import (
	"slices"
	"testing"
)

func TestJoinTextKeepsPartsApart(t *testing.T) {
	blocks := []Block{
		{Kind: Heading, Text: "Referat"},
		{Kind: TableRow, Text: "a | b", Cells: []string{"a\nx", "b"}},
		{Kind: Paragraph, Text: "Side 1 av 2", Part: Footer},
		{Kind: Paragraph, Text: "Fotnote", Part: Footnote},
		{Kind: Paragraph, Text: "Kommentar", Part: Comment},
	}
	if got, want := JoinText(blocks), "Referat\na x b\nFotnote"; got != want {
		t.Errorf("JoinText = %q, want %q", got, want)
	}
}

func TestTextPages(t *testing.T) {
	tests := []struct {
		name   string
		blocks []Block
		text   string
		pages  []PageStart
	}{
		{"no pages", []Block{{Text: "Referat"}, {Text: "Sak 1"}}, "Referat\nSak 1", nil},
		{"each page starts at its first line", []Block{{Text: "Referat", Page: 1}, {Text: "Sak 1", Page: 1}, {Text: "Sak 2", Page: 2}},
			"Referat\nSak 1\nSak 2", []PageStart{{0, 1}, {14, 2}}},
		{"header and footer are not text and start no page", []Block{
			{Text: "Referat", Page: 1}, {Text: "Side 1", Page: 1, Part: Footer},
			{Text: "Normen", Page: 2, Part: Header}, {Text: "Sak 2", Page: 2}},
			"Referat\nSak 2", []PageStart{{0, 1}, {8, 2}}},
		{"a block without a page continues the page before", []Block{{Text: "a", Page: 3}, {Text: "b"}, {Text: "c", Page: 4}},
			"a\nb\nc", []PageStart{{0, 3}, {4, 4}}},
		{"table cells joined by spaces", []Block{{Kind: TableRow, Text: "Tid | Sted", Cells: []string{"Tid", "Sted\nrom 2"}, Page: 1}, {Text: "x", Page: 2}},
			"Tid Sted rom 2\nx", []PageStart{{0, 1}, {15, 2}}},
		{"speaker notes are text", []Block{{Text: "Lysark", Page: 1}, {Text: "Notat", Page: 1, Part: Notes}}, "Lysark\nNotat", []PageStart{{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, pages := TextPages(tt.blocks)
			if text != tt.text || !slices.Equal(pages, tt.pages) {
				t.Errorf("got %q %v, want %q %v", text, pages, tt.text, tt.pages)
			}
			if JoinText(tt.blocks) != text {
				t.Error("JoinText differs from TextPages")
			}
		})
	}
}
