package pdf

import (
	"reflect"
	"strings"
	"testing"
)

// lineSegs lays out lines of text: each entry is x, baseline and text, in
// a 10-point font with 5-point glyphs.
func lineSegs(lines ...struct {
	x, y float64
	text string
}) []*seg {
	var out []*seg
	for _, l := range lines {
		out = append(out, &seg{x0: l.x, x1: l.x + 5*float64(len(l.text)), y: l.y, size: 10, text: l.text})
	}
	return out
}

type ln = struct {
	x, y float64
	text string
}

func texts(items []item) []string {
	var out []string
	for _, it := range items {
		if it.cells != nil {
			out = append(out, strings.Join(it.cells, " | "))
			continue
		}
		out = append(out, strings.ReplaceAll(it.para.text(), "\n", " "))
	}
	return out
}

func TestLayout(t *testing.T) {
	tests := []struct {
		name  string
		lines []ln
		want  []string
	}{
		{
			name: "columns under a full-width title",
			lines: []ln{
				{50, 700, "A title across both of the columns below it"},
				{50, 660, "left a b c d e f g"}, {300, 660, "right a b c d e f g"},
				{50, 648, "left h i j k l m n"}, {300, 648, "right h i j k l m n"},
				{50, 636, "left o p"}, {300, 636, "right o p"},
			},
			want: []string{"A title across both of the columns below it", "left a b c d e f g left h i j k l m n left o p",
				"right a b c d e f g right h i j k l m n right o p"},
		},
		{
			name: "form read row by row",
			lines: []ln{
				{50, 700, "Dato:"}, {200, 700, "12.03.2019"},
				{50, 686, "Sted:"}, {200, 686, "Rådhuset"},
				{50, 672, "Tid:"}, {200, 672, "18:00"},
			},
			want: []string{"Dato: | 12.03.2019", "Sted: | Rådhuset", "Tid: | 18:00"},
		},
		{
			name: "paragraphs split at a wider gap",
			lines: []ln{
				{50, 700, "first paragraph line one goes on"}, {50, 688, "and ends here"},
				{50, 664, "second paragraph"},
			},
			want: []string{"first paragraph line one goes on and ends here", "second paragraph"},
		},
		{
			name: "word broken for want of room is joined",
			lines: []ln{
				{50, 700, "og kompetanse"}, {50, 688, "hevingsaktiviteten"}, {50, 676, "e ble gjennomført"},
			},
			want: []string{"og kompetanse hevingsaktivitetene ble gjennomført"},
		},
		{
			name: "long word before a capital stays apart",
			lines: []ln{
				{50, 700, "og kompetanse"}, {50, 688, "hevingsaktiviteten"}, {50, 676, "Ble gjennomført"},
			},
			want: []string{"og kompetanse hevingsaktiviteten Ble gjennomført"},
		},
		{
			name: "long word short of the edge stays apart",
			lines: []ln{
				{50, 700, "og kompetanse og mer til"}, {50, 688, "hevingsaktiviteten"}, {50, 676, "e ble gjennomført"},
			},
			want: []string{"og kompetanse og mer til hevingsaktiviteten", "e ble gjennomført"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items, _ := layout(lineSegs(tc.lines...), nil, nil)
			if got := texts(items); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestStripAndMerge(t *testing.T) {
	header := []string{"Sak", "Tittel"}
	tests := []struct {
		cells, want []string
	}{
		{[]string{"Sak", "Tittel"}, []string{"", ""}},
		{[]string{"Sak\n\nkl. 13:10", "Tittel\n\nSe presentasjon."}, []string{"kl. 13:10", "Se presentasjon."}},
		{[]string{"", "om at:"}, []string{"", "om at:"}},
	}
	for _, tc := range tests {
		if got := stripHeader(tc.cells, header); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("stripHeader(%q) = %q, want %q", tc.cells, got, tc.want)
		}
	}
	merges := []struct {
		a, b, want []string
	}{
		{[]string{"35/25", "informerte"}, []string{"", "om at:"}, []string{"35/25", "informerte\nom at:"}},
		{[]string{"37/25", "Normen 2026"}, []string{"kl. 13:10", "Se presentasjon."}, []string{"37/25\nkl. 13:10", "Normen 2026\n\nSe presentasjon."}},
		{[]string{"", "Vedtak: godkjent."}, []string{"", "Neste sak"}, []string{"", "Vedtak: godkjent.\n\nNeste sak"}},
	}
	for _, tc := range merges {
		if got := mergeCells(tc.a, tc.b); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("mergeCells(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSegments(t *testing.T) {
	w := func(x0, x1 float64, text string, space bool) word {
		return word{x0: x0, x1: x1, y: 100, size: 10, text: text, spaceBefore: space}
	}
	tests := []struct {
		name  string
		words []word
		want  []string
	}{
		{"kerned pieces join", []word{w(0, 10, "Ve", false), w(10.5, 30, "dtak", false)}, []string{"Vedtak"}},
		{"gap makes a space", []word{w(0, 20, "Sak", false), w(23, 40, "33", false)}, []string{"Sak 33"}},
		{"wide gap splits", []word{w(0, 20, "Sak", false), w(60, 80, "Tittel", false)}, []string{"Sak", "Tittel"}},
		{"bullet dropped", []word{w(0, 5, "•", false), w(20, 40, "punkt", false)}, []string{"punkt"}},
		{"overprint dropped", []word{w(0, 20, "Fet", false), w(0.3, 20.3, "Fet", false)}, []string{"Fet"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range segments(tc.words, nil) {
				got = append(got, s.text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
