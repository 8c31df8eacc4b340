package odf

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func benchRead(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), doc.DefaultLimits); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadODT(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "referat-styringsgruppen-2025-09-16.odt"))
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, data)
}

// BenchmarkReadODTLarge reads 5,000 paragraphs and 1,000 table rows.
func BenchmarkReadODTLarge(b *testing.B) {
	para := `<text:p text:style-name="Text_20_body"><text:span text:style-name="T1">Vedtak:</text:span> Styringsgruppen ber sekretariatet omarbeide veilederen i tråd med innspillene.</text:p>`
	row := `<table:table-row><table:table-cell><text:p>Kari Nordmann</text:p></table:table-cell><table:table-cell><text:p>Helse Vest RHF</text:p></table:table-cell></table:table-row>`
	benchRead(b, buildODT(b, testStyles, strings.Repeat(para, 5000)+`<table:table>`+strings.Repeat(row, 1000)+`</table:table>`))
}
