package extractors

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestCorpusGolden extracts every sample document and compares its
// normalised text with testdata/golden/FILE.txt: a change to any reader or
// to the normaliser shows up here as a diff to review (refresh with
// -update).
func TestCorpusGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.*"))
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			rec, err := ExtractFile(context.Background(), f, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", filepath.Base(f)+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(rec.Text+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := rec.Text + "\n"; got != string(want) {
				t.Errorf("text differs from %s; rerun with -update and review the diff:\n%s", golden, firstDiff(strings.Split(got, "\n"), strings.Split(string(want), "\n")))
			}
		})
	}
}
