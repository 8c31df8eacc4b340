package ooxml

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const corpusDir = "../../testdata/corpus"

// readFile reads a corpus file with the reader its extension names.
func readFile(t testing.TB, path string) (*doc.Document, error) {
	t.Helper()
	read := ReadDOCX
	if strings.HasSuffix(path, ".pptx") {
		read = ReadPPTX
	}
	return ziptest.ReadBytes(read, ziptest.ReadTestFile(t, path), doc.DefaultLimits)
}

func corpusFiles(t testing.TB) []string {
	files := ziptest.Glob(t, corpusDir, "*.docx", "*.pptx")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	return files
}

// TestCorpusGolden compares the blocks of each corpus file with
// testdata/golden/<file>.json (refresh with -update).
func TestCorpusGolden(t *testing.T) {
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, err := readFile(t, path)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", filepath.Base(path)+".json")
			ziptest.CheckGolden(t, golden, d, *update)
		})
	}
}

// TestCorpusAgainstSource checks that every line of every block occurs in
// the source text gt/<stem>.txt, so no text is invented or garbled.
func TestCorpusAgainstSource(t *testing.T) {
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			stem := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			src, err := os.ReadFile(filepath.Join("../../testdata/answers/gt", stem+".txt"))
			if err != nil {
				t.Skip("no source text")
			}
			gt := collapse(string(src))
			d, err := readFile(t, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Blocks) == 0 {
				t.Fatal("no blocks")
			}
			for _, b := range d.Blocks {
				lines := b.Cells
				if b.Kind != doc.TableRow {
					lines = strings.Split(b.Text, "\n")
				}
				for _, line := range lines {
					if l := collapse(line); !strings.Contains(gt, l) {
						t.Errorf("%s block %q not in source", b.Kind, l)
					}
				}
			}
		})
	}
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
