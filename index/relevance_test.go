package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/searcheval"
)

// relevanceCase is one entry of testdata/relevance.json: every stem in Want
// must be among the first K distinct file stems of the hits (default
// max(3, len(Want)+1), as /work/shared/tools/searchscore.py scores), and
// no stem in Not may be.
type relevanceCase struct {
	Comment string   `json:"comment"`
	Query   string   `json:"query"`
	Cases   bool     `json:"cases"`
	Want    []string `json:"want"`
	Not     []string `json:"not"`
	K       int      `json:"k"`
}

func loadRelevance(t *testing.T) []relevanceCase {
	data, err := os.ReadFile("testdata/relevance.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []relevanceCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestRelevance runs the cases against motebok and against bleve with its
// stock `no` analyser and requires motebok to pass nearly all and clearly
// more.
func TestRelevance(t *testing.T) {
	cases := loadRelevance(t)
	recs := loadRecords(t)
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	stock := newStock(t, recs)
	rates := map[string]float64{}
	for name, search := range map[string]func(relevanceCase) []string{
		"motebok":  func(c relevanceCase) []string { return motebokStems(t, ix, c) },
		"stock-no": func(c relevanceCase) []string { return stockStems(t, stock, c) },
	} {
		passed := 0
		for _, c := range cases {
			if msg := judge(c, search(c)); msg == "" {
				passed++
			} else {
				t.Logf("%s FAIL %q: %s (%s)", name, c.Query, msg, c.Comment)
			}
		}
		rates[name] = float64(passed) / float64(len(cases))
		t.Logf("%s: passed %d/%d = %.2f", name, passed, len(cases), rates[name])
	}
	if rates["motebok"] < 0.95 || rates["motebok"] < rates["stock-no"]+0.3 {
		t.Errorf("pass rates: motebok %.2f, stock no %.2f", rates["motebok"], rates["stock-no"])
	}
}

func motebokStems(t *testing.T, ix *Index, c relevanceCase) []string {
	res, err := ix.Search(context.Background(), Query{Text: c.Query, Limit: 30, CasesOnly: c.Cases})
	if err != nil {
		t.Fatalf("%q: %v", c.Query, err)
	}
	return stems(res.Hits)
}

// newStock indexes the records' files in stock bleve; cases are not
// separate documents there.
func newStock(t *testing.T, recs []*doc.Record) *searcheval.Stock {
	s, err := searcheval.NewStock()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	for _, r := range recs {
		if err := s.Add(r.Path, r.Title, r.Text); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func stockStems(t *testing.T, s *searcheval.Stock, c relevanceCase) []string {
	paths, err := s.Search(c.Query, 30)
	if err != nil {
		t.Fatal(err)
	}
	hits := make([]Hit, len(paths))
	for i, p := range paths {
		hits[i].Path = p
	}
	return stems(hits)
}

// judge returns "" when the ranked stems pass c, else what went wrong.
func judge(c relevanceCase, top []string) string {
	k := c.K
	if k == 0 {
		k = max(3, len(c.Want)+1)
	}
	top = top[:min(k, len(top))]
	for _, w := range c.Want {
		if !slices.Contains(top, w) {
			return fmt.Sprintf("missing %s in %v", w, top)
		}
	}
	for _, n := range c.Not {
		if slices.Contains(top, n) {
			return fmt.Sprintf("unwanted %s in %v", n, top)
		}
	}
	return ""
}
