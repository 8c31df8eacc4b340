package ooxml

import (
	"bytes"
	"context"
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
	para := wp(`<w:pStyle w:val="Normal"/>`, wr("Styringsgruppen ber sekretariatet omarbeide veilederen i tråd med innspillene.")+wr(" Vedtak: godkjent."))
	row := `<w:tr><w:tc>` + wp("", wr("Kari Nordmann")) + `</w:tc><w:tc>` + wp("", wr("Helse Vest RHF")) + `</w:tc></w:tr>`
	body := strings.Repeat(para, 5000) + `<w:tbl>` + strings.Repeat(row, 1000) + `</w:tbl>`
	benchRead(b, buildDOCX(b, body, "word/styles.xml", testStyles), docxReader)
}

func BenchmarkReadPPTX(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "nytt-i-normen-2020.pptx"))
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, data, pptxReader)
}
