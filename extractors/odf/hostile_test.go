package odf

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

func TestHostile(t *testing.T) {
	corpus := ziptest.ReadTestFile(t, filepath.Join(corpusDir, "referat-styringsgruppen-2025-09-16.odt"))
	deep := strings.Repeat("<text:span>", 300) + "x" + strings.Repeat("</text:span>", 300)
	tests := []struct {
		name string
		data []byte
		lim  doc.Limits
		want error
	}{
		{"truncated", corpus[:len(corpus)/2], doc.DefaultLimits, doc.ErrCorrupt},
		{"zip bomb", buildODT(t, "", `<text:p>`+strings.Repeat(" ", 8<<20)+`</text:p>`), doc.DefaultLimits, doc.ErrLimit},
		{"xml depth bomb", buildODT(t, "", `<text:p>`+deep+`</text:p>`), doc.DefaultLimits, doc.ErrLimit},
		{"too many entries", corpus, doc.Limits{MaxZipEntries: 5}, doc.ErrLimit},
		{"too many blocks", buildODT(t, "", strings.Repeat("<text:p>x</text:p>", 20)), doc.Limits{MaxBlocks: 10}, doc.ErrLimit},
		{"repeated columns capped", buildODT(t, "", `<table:table><table:table-row><table:table-cell table:number-columns-repeated="1000000000"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`), doc.DefaultLimits, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ziptest.ReadBytes(Read, tt.data, tt.lim)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("Read: %v, want %v", err, tt.want)
			}
			if err == nil && len(d.Blocks[0].Cells) > maxCells {
				t.Fatalf("%d cells", len(d.Blocks[0].Cells))
			}
		})
	}
}

// A document stops being read once its blocks hold Limits.MaxText bytes.
func TestTextCut(t *testing.T) {
	body := `<text:p>første</text:p><text:p>andre  avsnitt</text:p><text:p>tredje</text:p>`
	ziptest.CheckTextCut(t, Read, buildODT(t, "", body), 100, map[int64][]string{
		100: {"første", "andre avsnitt", "tredje"},
		10:  {"første", "and"},
		7:   {"første"},
	})
}
