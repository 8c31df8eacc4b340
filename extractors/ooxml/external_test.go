package ooxml

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

// TestExternalDocuments reads Tika's and pandoc's DOCX and PPTX files:
// each must read cleanly or fail with a classified error.
func TestExternalDocuments(t *testing.T) {
	files := ziptest.ExternalFiles(t, "tika/test-documents/*.docx", "tika/test-documents/*.pptx", "pandoc/docx/*.docx", "pandoc/pptx/*.pptx")
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, err := readFile(t, path)
			switch {
			case errors.Is(err, doc.ErrCorrupt), errors.Is(err, doc.ErrEncrypted):
				t.Logf("refused: %v", err)
			case err != nil:
				t.Fatal(err)
			default:
				ziptest.CheckDocument(t, d)
			}
		})
	}
}
