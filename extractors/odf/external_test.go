package odf

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// externalDir holds other projects' test documents on the development
// machine; a fresh clone lacks it and the test is skipped.
const externalDir = "../../../shared/external"

// TestExternalDocuments reads Tika's and pandoc's ODT and ODP files: each
// must give blocks or fail with a classified error.
func TestExternalDocuments(t *testing.T) {
	if _, err := os.Stat(externalDir); err != nil {
		t.Skip("no external test documents")
	}
	var files []string
	for _, pattern := range []string{"tika/test-documents/*.od[tp]", "pandoc/odt/*.odt"} {
		m, _ := filepath.Glob(filepath.Join(externalDir, pattern))
		files = append(files, m...)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), doc.DefaultLimits)
			switch {
			case errors.Is(err, doc.ErrCorrupt), errors.Is(err, doc.ErrEncrypted):
				t.Logf("refused: %v", err)
			case err != nil:
				t.Fatal(err)
			case len(d.Blocks) == 0:
				t.Fatal("no blocks")
			}
		})
	}
}
