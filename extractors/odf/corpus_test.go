package odf

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ooxml"
	"github.com/motebok/motebok/internal/ziptest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const corpusDir = "../../testdata/corpus"

func readPath(t testing.TB, path string) *doc.Document {
	t.Helper()
	read := Read
	if filepath.Ext(path) == ".docx" {
		read = ooxml.ReadDOCX
	}
	d, err := ziptest.ReadBytes(read, ziptest.ReadTestFile(t, path), doc.DefaultLimits)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

// TestDOCXAndODTAgree reads the same minutes saved as DOCX and as ODT:
// they must give the same blocks in the same order.
func TestDOCXAndODTAgree(t *testing.T) {
	stem := filepath.Join(corpusDir, "referat-styringsgruppen-2025-09-16")
	fromDOCX, fromODT := readPath(t, stem+".docx").Blocks, readPath(t, stem+".odt").Blocks
	for i := range max(len(fromDOCX), len(fromODT)) {
		if i >= len(fromDOCX) || i >= len(fromODT) {
			t.Fatalf("block counts differ: docx %d, odt %d", len(fromDOCX), len(fromODT))
		}
		d, o := fromDOCX[i], fromODT[i]
		if d.Kind != o.Kind || d.Level != o.Level || d.Text != o.Text || d.Part != o.Part {
			t.Errorf("block %d: docx %s/%d %q, odt %s/%d %q", i, d.Kind, d.Level, d.Text, o.Kind, o.Level, o.Text)
		}
	}
}

// TestCorpusGolden compares each corpus ODF file with
// testdata/golden/<file>.json (refresh with -update).
func TestCorpusGolden(t *testing.T) {
	files := ziptest.Glob(t, corpusDir, "*.od[tp]")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			golden := filepath.Join("testdata", "golden", filepath.Base(path)+".json")
			ziptest.CheckGolden(t, golden, readPath(t, path), *update)
		})
	}
}
