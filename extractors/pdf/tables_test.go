package pdf

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/synth"
)

// Table geometry as word processors draw borderless tables: 9.5-point
// cells, 1.3 line pitch and 4 points of padding above and below each row.
const (
	cellPt  = 9.5
	cellGap = cellPt*1.3 + 8
)

// tableLines places rows of cells at the column starts xs from baseline y
// down, each cell's lines ("\n") one pitch apart; it returns the lines and
// the baseline below the table.
func tableLines(xs []float64, y float64, bold bool, rows ...[]string) ([]synth.Line, float64) {
	var out []synth.Line
	for _, row := range rows {
		n := 0
		for i, cell := range row {
			lines := strings.Split(cell, "\n")
			for k, text := range lines {
				out = append(out, synth.Line{X: xs[i], Y: y - float64(k)*cellPt*1.3, Size: cellPt, Bold: bold, Text: text})
			}
			n = max(n, len(lines))
		}
		y -= float64(n-1)*cellPt*1.3 + cellGap
	}
	return out, y
}

// readPage writes the lines as a one-page PDF and reads it back.
func readPage(t *testing.T, lines []synth.Line) *doc.Document {
	t.Helper()
	var buf bytes.Buffer
	if err := synth.WritePDF(&buf, synth.PDF{Pages: []synth.Page{{Width: 595, Height: 842, Lines: lines}}}); err != nil {
		t.Fatal(err)
	}
	d, err := Read(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), doc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// readLines reads the lines back as a one-page PDF, giving each block as
// its text with a cell's paragraphs joined by " / ".
func readLines(t *testing.T, lines []synth.Line) []string {
	t.Helper()
	var out []string
	for _, b := range readPage(t, lines).Blocks {
		s := strings.ReplaceAll(b.Text, doc.CellBreak, " / ")
		out = append(out, strings.ReplaceAll(s, "\n", " "))
	}
	return out
}

func TestBorderlessTables(t *testing.T) {
	cols := []float64{60, 140}
	tests := []struct {
		name  string
		lines func() []synth.Line
		want  []string
	}{
		{
			name: "multi-line cells keep their rows under the header",
			lines: func() []synth.Line {
				head, y := tableLines(cols, 700, true, []string{"Sak", "Sakstittel"})
				body, _ := tableLines(cols, y, false,
					[]string{"9/25\nKl. 13:00", "Innkalling\nForslag til vedtak: Godkjent.\nVedtak: Godkjent."},
					[]string{"10/25\nKl. 13:05", "Referat\nVedtak: Godkjent."},
					[]string{"11/25\nKl. 13:30", "Omsorgsplasser\nSaken ble drøftet."})
				return append(head, body...)
			},
			want: []string{"Sak | Sakstittel",
				"9/25 Kl. 13:00 | Innkalling / Forslag til vedtak: Godkjent. Vedtak: Godkjent.",
				"10/25 Kl. 13:05 | Referat / Vedtak: Godkjent.",
				"11/25 Kl. 13:30 | Omsorgsplasser Saken ble drøftet."},
		},
		{
			name: "evenly spaced rows and a paragraph between two tables",
			lines: func() []synth.Line {
				a, y := tableLines(cols, 700, true, []string{"Navn", "Funksjon"})
				b, y := tableLines(cols, y, false, []string{"Kari Lie", "Leder"}, []string{"Per Dahl", "Medlem"}, []string{"Ola Aas", "Medlem"})
				para := synth.Line{X: 56, Y: y + 6, Size: 10, Text: "Faste medlemmer som ikke møtte:"}
				c, y := tableLines(cols, y-14, true, []string{"Navn", "Funksjon"})
				d, _ := tableLines(cols, y, false, []string{"Eva Berg", "Medlem"})
				return append(append(append(append(a, b...), para), c...), d...)
			},
			want: []string{"Navn | Funksjon", "Kari Lie | Leder", "Per Dahl | Medlem", "Ola Aas | Medlem",
				"Faste medlemmer som ikke møtte:", "Navn | Funksjon", "Eva Berg | Medlem"},
		},
		{
			name: "a paragraph gap inside cells as wide as the row gap starts no row",
			lines: func() []synth.Line {
				var ls []synth.Line
				for i, cell := range [][2]string{{"35/25", "Orientering"}, {"Kl. 12:20", "Handlingsplan 2026"}, {"", "Se presentasjon."}, {"36/25", "Eventuelt"}, {"Kl. 12:40", "Ingen saker."}} {
					y := 700 - float64(i)*2*cellGap
					for c, text := range cell {
						if text != "" {
							ls = append(ls, synth.Line{X: cols[c], Y: y, Size: cellPt, Text: text})
						}
					}
				}
				return ls
			},
			want: []string{"35/25 / Kl. 12:20 | Orientering / Handlingsplan 2026 / Se presentasjon.",
				"36/25 / Kl. 12:40 | Eventuelt / Ingen saker."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := readLines(t, tc.lines()); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
