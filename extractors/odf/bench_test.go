package odf

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/internal/ziptest"
)

func BenchmarkReadODT(b *testing.B) {
	ziptest.BenchRead(b, Read, ziptest.ReadTestFile(b, filepath.Join(corpusDir, "referat-styringsgruppen-2025-09-16.odt")))
}

// BenchmarkReadODTLarge reads 5,000 paragraphs and 1,000 table rows.
func BenchmarkReadODTLarge(b *testing.B) {
	var body strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&body, `<text:p text:style-name="Text_20_body"><text:span text:style-name="T1">Sak %d/25:</text:span> Styringsgruppen ber sekretariatet omarbeide veileder nr. %d Vedtak: godkjent.</text:p>`, i, i*7919%10007)
	}
	body.WriteString(`<table:table>`)
	for i := range 1000 {
		fmt.Fprintf(&body, `<table:table-row><table:table-cell><text:p>Deltaker %d</text:p></table:table-cell><table:table-cell><text:p>Helse %d RHF</text:p></table:table-cell></table:table-row>`, i, i*31%97)
	}
	body.WriteString(`</table:table>`)
	ziptest.BenchRead(b, Read, buildODT(b, testStyles, body.String()))
}
