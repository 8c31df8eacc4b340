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

// TestContinuationUnderRunningHeader reads a two-column minutes table
// whose last row ends with one line at the top of the next page, under a
// running header in a smaller font: the line belongs to that row, not to
// the row that starts below it.
func TestContinuationUnderRunningHeader(t *testing.T) {
	cols := []float64{60, 140}
	first, _ := tableLines(cols, 700, false,
		[]string{"Sak", "Sakstittel / kommentar"},
		[]string{"1/21\nKl. 09:00", "Godkjenning av innkalling\nVedtak: Godkjent."},
		[]string{"2/21\nKl. 10:00", "Budsjett for 2021\nForslag til vedtak: Budsjettet vedtas."},
	)
	second, _ := tableLines(cols, 755, false,
		[]string{"3/21\nKl. 11:00", "Eventuelt\nIngen saker.\nVedtak: Tatt til orientering."},
	)
	second = append([]synth.Line{
		{X: 56.7, Y: 812, Size: 8, Text: "Styringsgruppen for Normen"},
		{X: cols[1], Y: 776, Size: cellPt, Text: "Vedtak: Som forslag til vedtak."},
	}, second...)
	got := readDoc(t, first, second)
	want := []string{
		"Sak | Sakstittel / kommentar",
		"1/21 Kl. 09:00 | Godkjenning av innkalling Vedtak: Godkjent.",
		"2/21 Kl. 10:00 | Budsjett for 2021 / Forslag til vedtak: Budsjettet vedtas. / Vedtak: Som forslag til vedtak.",
		"Styringsgruppen for Normen",
		"3/21 Kl. 11:00 | Eventuelt / Ingen saker. / Vedtak: Tatt til orientering.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// readDoc writes each list of lines as a page and reads the PDF back,
// giving each block as its text, or its cells joined by " | ".
func readDoc(t *testing.T, pages ...[]synth.Line) []string {
	t.Helper()
	var p synth.PDF
	for _, lines := range pages {
		p.Pages = append(p.Pages, synth.Page{Width: 595, Height: 842, Lines: lines})
	}
	var buf bytes.Buffer
	if err := synth.WritePDF(&buf, p); err != nil {
		t.Fatal(err)
	}
	d, err := Read(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), doc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, b := range d.Blocks {
		s := b.Text
		if len(b.Cells) > 0 {
			s = strings.Join(b.Cells, " | ")
		}
		s = strings.ReplaceAll(s, doc.CellBreak, " / ")
		out = append(out, strings.ReplaceAll(s, "\n", " "))
	}
	return out
}
