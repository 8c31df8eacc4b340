package pdf

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const corpusDir = "../../testdata/corpus"

// readFile runs Read on a file with the default limits.
func readFile(t testing.TB, path string) (*doc.Document, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return readBytes(data)
}

func readBytes(data []byte) (*doc.Document, error) {
	return Read(context.Background(), bytes.NewReader(data), int64(len(data)), doc.DefaultLimits)
}

func corpusPDFs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus PDFs in %s: %v", corpusDir, err)
	}
	return files
}

// flatText is the text as the normaliser will see it: blocks on lines,
// line breaks inside blocks as spaces.
func flatText(d *doc.Document) string {
	var parts []string
	for _, b := range d.Blocks {
		parts = append(parts, strings.ReplaceAll(b.Text, "\n", " "))
	}
	return strings.Join(parts, "\n")
}

// TestGolden compares Read on every corpus PDF with testdata/golden.
func TestGolden(t *testing.T) {
	for _, path := range corpusPDFs(t) {
		stem := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(stem, func(t *testing.T) {
			d, err := readFile(t, path)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(d, "", "  ")
			golden := filepath.Join("testdata", "golden", stem+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("output differs from %s; run with -update after checking the change", golden)
			}
		})
	}
}

// TestExpectedPhrases checks the hand-written phrases of expected/STEM.json.
func TestExpectedPhrases(t *testing.T) {
	space := regexp.MustCompile(`\s+`)
	for _, path := range corpusPDFs(t) {
		stem := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(stem, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("../../testdata/answers/expected", stem+".json"))
			if err != nil {
				t.Skip("no expected answers")
			}
			var exp struct {
				TitleContains string   `json:"title_contains"`
				TextContains  []string `json:"text_contains"`
			}
			if err := json.Unmarshal(raw, &exp); err != nil {
				t.Fatal(err)
			}
			d, err := readFile(t, path)
			if err != nil {
				t.Fatal(err)
			}
			text := space.ReplaceAllString(flatText(d), " ")
			for _, p := range append(exp.TextContains, exp.TitleContains) {
				if p != "" && !strings.Contains(text, p) {
					t.Errorf("text lacks %q", p)
				}
			}
		})
	}
}
