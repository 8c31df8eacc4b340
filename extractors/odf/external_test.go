package odf

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

// TestExternalDocuments reads Tika's and pandoc's ODT and ODP files: each
// must give blocks or fail with a classified error.
func TestExternalDocuments(t *testing.T) {
	for _, path := range ziptest.ExternalFiles(t, "tika/test-documents/*.od[tp]", "pandoc/odt/*.odt") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, err := ziptest.ReadBytes(Read, ziptest.ReadTestFile(t, path), doc.DefaultLimits)
			switch {
			case errors.Is(err, doc.ErrCorrupt), errors.Is(err, doc.ErrEncrypted):
				t.Logf("refused: %v", err)
			case err != nil:
				t.Fatal(err)
			case len(d.Blocks) == 0:
				t.Fatal("no blocks")
			default:
				ziptest.CheckDocument(t, d)
			}
		})
	}
}
