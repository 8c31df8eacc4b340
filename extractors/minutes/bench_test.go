package minutes

import (
	"strings"
	"testing"
	"time"
)

func BenchmarkAnalyze(b *testing.B) {
	ref := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{"referat-styringsgruppen-2025-12-02.docx", "referat-styringsgruppen-2025-09-16.odt", "nytt-i-normen-2020.pptx"} {
		d := loadFixture(b, "testdata/"+name+".json")
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Analyze(d, ref)
			}
		})
	}
}

// BenchmarkAnalyzeHostile runs inputs that once took time quadratic or
// worse in their size: a table cell of 4000 paragraphs, 5000 labels run
// into one line, 3000 stacked rows.
func BenchmarkAnalyzeHostile(b *testing.B) {
	ref := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	for name, s := range map[string]string{
		"big cell":     "Referat\nSak | tittel\n" + strings.Repeat("1/24¶", 4000) + " | x\n",
		"inner labels": "Referat\nSak 1/24\n" + strings.Repeat("x. Vedtak: ", 5000) + "\n",
		"stacked rows": "Referat\nNavn | Funksjon\n" + strings.Repeat("Kari Nordmann¶Ola Hansen | Leder¶Medlem\n", 3000),
	} {
		d := docFromText(s)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Analyze(d, ref)
			}
		})
	}
}
