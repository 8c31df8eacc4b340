package odf

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ooxml"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const corpusDir = "../../testdata/corpus"

func readPath(t testing.TB, path string) *doc.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	read := Read
	if filepath.Ext(path) == ".docx" {
		read = ooxml.ReadDOCX
	}
	d, err := read(context.Background(), bytes.NewReader(data), int64(len(data)), doc.DefaultLimits)
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
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.od[tp]"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			got, err := json.MarshalIndent(readPath(t, path), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", filepath.Base(path)+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(bytes.TrimSpace(want)) != string(got) {
				t.Errorf("%s differs from %s; rerun with -update and review the diff", path, golden)
			}
		})
	}
}
