package ooxml

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func benchRead(b *testing.B, data []byte, read func(context.Context, *bytes.Reader, int64) error) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := read(context.Background(), bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}

func docxReader(ctx context.Context, r *bytes.Reader, n int64) error {
	_, err := ReadDOCX(ctx, r, n, doc.DefaultLimits)
	return err
}

func pptxReader(ctx context.Context, r *bytes.Reader, n int64) error {
	_, err := ReadPPTX(ctx, r, n, doc.DefaultLimits)
	return err
}

// BenchmarkReadDOCX reads the largest corpus minutes.
func BenchmarkReadDOCX(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "referat-styringsgruppen-2025-12-02.docx"))
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, data, docxReader)
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
	benchRead(b, buildDOCX(b, body.String(), "word/styles.xml", testStyles), docxReader)
}

func BenchmarkReadPPTX(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "nytt-i-normen-2020.pptx"))
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, data, pptxReader)
}
