package ooxml

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/internal/ziptest"
)

// BenchmarkReadDOCX reads the largest corpus minutes.
func BenchmarkReadDOCX(b *testing.B) {
	ziptest.BenchRead(b, ReadDOCX, ziptest.ReadTestFile(b, filepath.Join(corpusDir, "referat-styringsgruppen-2025-12-02.docx")))
}

// BenchmarkReadDOCXLarge reads 5,000 paragraphs and 1,000 table rows.
func BenchmarkReadDOCXLarge(b *testing.B) {
	var body strings.Builder
	for i := range 5000 {
		body.WriteString(wp(`<w:pStyle w:val="Normal"/>`, wr(fmt.Sprintf("Sak %d/25: Styringsgruppen ber sekretariatet omarbeide veileder nr. %d", i, i*7919%10007))+wr(" Vedtak: godkjent.")))
	}
	body.WriteString(`<w:tbl>`)
	for i := range 1000 {
		body.WriteString(`<w:tr><w:tc>` + wp("", wr(fmt.Sprintf("Deltaker %d", i))) + `</w:tc><w:tc>` + wp("", wr(fmt.Sprintf("Helse %d RHF", i*31%97))) + `</w:tc></w:tr>`)
	}
	body.WriteString(`</w:tbl>`)
	ziptest.BenchRead(b, ReadDOCX, buildDOCX(b, body.String(), "word/styles.xml", testStyles))
}

func BenchmarkReadPPTX(b *testing.B) {
	ziptest.BenchRead(b, ReadPPTX, ziptest.ReadTestFile(b, filepath.Join(corpusDir, "nytt-i-normen-2020.pptx")))
}
