package synth

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
)

// pdfText reads every page of a PDF with ledongthuc/pdf.
func pdfText(t testing.TB, data []byte) string {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("opening PDF: %v", err)
	}
	var b strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		s, err := r.Page(i).GetPlainText(nil)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		b.WriteString(s + "\n")
	}
	return b.String()
}

// poppler runs pdftotext on data, or skips when it is not installed.
func poppler(t *testing.T, data []byte, args ...string) (string, error) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	cmd := exec.Command("pdftotext", append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	return string(out), err
}

// squash joins the words of s with single spaces.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// compact drops all white space, for text drawn with gaps instead of spaces.
func compact(s string) string { return strings.Join(strings.Fields(s), "") }

var samplePDFLines = []string{
	"Referat frå møte i Helse- og omsorgsutvalet – Ærøy, Øst og Åsane",
	"Til stades: Målfrid Frahm Jensen (WSO), Pål Jakob Solerød, Ida-Kristin Martinussen",
	"Vedtak: «Som framlegg til vedtak» (sak 12/25) \\ 100 % • café",
}

func TestWritePDFText(t *testing.T) {
	for _, mode := range []TextMode{TextPerLine, TextRuns, TextGaps} {
		t.Run([]string{"per-line", "runs", "gaps"}[mode], func(t *testing.T) {
			var lines []Line
			for i, s := range samplePDFLines {
				lines = append(lines, Line{X: 56, Y: 780 - 14*float64(i), Size: 10, Bold: i == 0, Text: s})
			}
			var b bytes.Buffer
			d := PDF{Title: "Prøve ÆØÅ", Author: "Åse", Mode: mode, Pages: []Page{{a4W, a4H, lines}, {a4W, a4H, lines[:1]}}}
			if err := WritePDF(&b, d); err != nil {
				t.Fatal(err)
			}
			want := strings.Join(samplePDFLines, " ") + " " + samplePDFLines[0]
			got := pdfText(t, b.Bytes())
			if mode == TextGaps {
				got, want = compact(got), compact(want)
			}
			if squash(got) != squash(want) {
				t.Errorf("ledongthuc/pdf read\n%q\nwant\n%q", squash(got), squash(want))
			}
			pop, err := poppler(t, b.Bytes())
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			if squash(pop) != squash(strings.Join(samplePDFLines, " ")+" "+samplePDFLines[0]) {
				t.Errorf("pdftotext read\n%q", squash(pop))
			}
		})
	}
}
