package ooxml

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// externalDir holds other projects' test documents on the development
// machine; a fresh clone lacks it and the test is skipped.
const externalDir = "../../../shared/external"

// TestExternalDocuments reads Tika's and pandoc's DOCX and PPTX files:
// each must read cleanly or fail with a classified error.
func TestExternalDocuments(t *testing.T) {
	if _, err := os.Stat(externalDir); err != nil {
		t.Skip("no external test documents")
	}
	var files []string
	for _, pattern := range []string{"tika/test-documents/*.docx", "tika/test-documents/*.pptx", "pandoc/docx/*.docx", "pandoc/pptx/*.pptx"} {
		m, _ := filepath.Glob(filepath.Join(externalDir, pattern))
		files = append(files, m...)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, err := readFile(t, path)
			switch {
			case errors.Is(err, doc.ErrCorrupt), errors.Is(err, doc.ErrEncrypted):
				t.Logf("refused: %v", err)
			case err != nil:
				t.Fatal(err)
			default:
				checkDocument(t, d)
			}
		})
	}
}
