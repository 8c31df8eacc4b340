package ooxml

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// TestExternalDocuments reads Tika's and pandoc's DOCX and PPTX files:
// each must read cleanly or fail with a classified error.
func TestExternalDocuments(t *testing.T) {
	files := zipxml.ExternalFiles(t, "tika/test-documents/*.docx", "tika/test-documents/*.pptx", "pandoc/docx/*.docx", "pandoc/pptx/*.pptx")
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, err := readFile(t, path)
			switch {
			case errors.Is(err, doc.ErrCorrupt), errors.Is(err, doc.ErrEncrypted):
				t.Logf("refused: %v", err)
			case err != nil:
				t.Fatal(err)
			default:
				zipxml.CheckDocument(t, d)
			}
		})
	}
}
