package pdf

import (
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// paraItem is a paragraph of the given lines, all in one size and weight.
func paraItem(size float64, bold bool, lines ...string) item {
	var p para
	for _, l := range lines {
		p.lines = append(p.lines, line{size: size, bold: bold, text: l})
	}
	return item{kind: doc.Paragraph, para: p}
}

func TestHeadingLevel(t *testing.T) {
	body := paraItem(10, false, strings.Repeat("Brødtekst i referatet. ", 40))
	tests := []struct {
		name string
		it   item
		want int
	}{
		{"larger size", paraItem(16, false, "Referat fra møte"), 1},
		{"larger and bold ranks by size", paraItem(16, true, "Referat fra møte"), 1},
		{"bold line of body size", paraItem(10, true, "Sak 19/25 Godkjenning av innkalling"), 2},
		{"bold title wrapped on two lines", paraItem(10, true, "Sak 21/25 Veileder om integritet –", "begrepsavklaringer"), 2},
		{"three bold lines are text", paraItem(10, true, "Styringsgruppen", "ber om", "en ny runde"), 0},
		{"bold sentence", paraItem(10, true, "Styringsgruppen godkjenner", "veilederen."), 0},
		{"bold label", paraItem(10, true, "Forslag til vedtak:"), 0},
		{"body text", paraItem(10, false, "Sak 19/25 Godkjenning"), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hs := newHeadingScale([]pageItems{{items: []item{body, paraItem(16, false, "Tittel"), tc.it}}})
			if got := hs.level(tc.it); got != tc.want {
				t.Errorf("level = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestInsideBox(t *testing.T) {
	page := [4]float64{0, 0, 720, 405}
	tests := []struct {
		name string
		r    ruling
		keep bool
	}{
		{"table border", ruling{50, 200, 600, 200}, true},
		{"column rule", ruling{360, 50, 360, 350}, true},
		{"bottom edge of a background", ruling{0, 0, 720, 0}, false},
		{"top edge", ruling{0, 405, 720, 405}, false},
		{"left edge", ruling{0, 0, 0, 405}, false},
		{"beyond the right edge", ruling{730, 0, 730, 405}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(insideBox([]ruling{tc.r}, page)) == 1; got != tc.keep {
				t.Errorf("kept = %v, want %v", got, tc.keep)
			}
		})
	}
}
