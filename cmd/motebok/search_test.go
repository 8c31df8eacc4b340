package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/index"
)

// TestSearchSampleArchive ingests the sample archive and runs the queries
// of testdata/answers/search.tsv: the files each names must be among the
// first max(3, n+1) distinct files found, the rule of searchscore.py.
func TestSearchSampleArchive(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "answers", "search.tsv"))
	mustDo(t, err)
	data := filepath.Join(t.TempDir(), "data")
	mustMotebok(t, 0, "ingest", "--data", data, corpusDir)
	for _, line := range strings.Split(string(raw), "\n") {
		query, stems, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		want := strings.Split(stems, ",")
		var res index.Result
		decodeJSON(t, mustMotebok(t, 0, "search", "--data", data, "--json", "--limit", "30", query), &res)
		var got []string
		for _, h := range res.Hits {
			if s := strings.TrimSuffix(filepath.Base(h.Path), filepath.Ext(h.Path)); !slices.Contains(got, s) {
				got = append(got, s)
			}
		}
		got = got[:min(len(got), max(3, len(want)+1))]
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("search %s: %s is not among the first files %v", query, w, got)
			}
		}
	}
}
