package pdf

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// FuzzRead feeds corpus PDFs, the fixtures, cut and patched copies and
// garbage to Read: it must return, without panicking, within the limits.
func FuzzRead(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{filepath.Join(corpusDir, "*.pdf"), "testdata/*.pdf", "testdata/hostile/*.pdf"} {
		m, _ := filepath.Glob(pattern)
		seeds = append(seeds, m...)
	}
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(data[:len(data)/3])
		f.Add(data[len(data)/2:])
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 1 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Add([]byte("%PDF-2.0\nxref\n0 1\n0000000000 65535 f \ntrailer<</Size 1/Prev 9>>\nstartxref\n9\n%%EOF\n"))
	f.Add([]byte("garbage"))
	f.Add(glyphIDPDF("/CIDToGIDMap 9 0 R", 5))
	f.Add(annotatedPDF("[<< /Subtype /Text /Contents <FEFF00D8> >> << /Subtype /Link >>]"))
	lim := doc.Limits{MaxFileSize: 4 << 20, MaxUncompressed: 32 << 20, MaxPages: 50, MaxBlocks: 20000}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		d, err := Read(ctx, bytes.NewReader(data), int64(len(data)), lim)
		if err == nil && (d == nil || len(d.Blocks) == 0) {
			t.Fatal("no error and no blocks")
		}
	})
}
