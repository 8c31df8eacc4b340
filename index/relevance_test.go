package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
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

// TestRelevance runs the cases against motebok's analysers and against
// bleve's stock `no` analyser and requires motebok to pass nearly all and
// clearly more.
func TestRelevance(t *testing.T) {
	cases := loadRelevance(t)
	recs := loadRecords(t)
	rates := map[string]float64{}
	for name, p := range map[string]profile{"motebok": motebokProfile, "stock-no": stockProfile} {
		ix := newTestIndex(t, p)
		if err := ix.Put(context.Background(), recs); err != nil {
			t.Fatal(err)
		}
		passed := 0
		for _, c := range cases {
			msg := judge(t, ix, c)
			if msg == "" {
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

// judge returns "" when c passes, else what went wrong.
func judge(t *testing.T, ix *Index, c relevanceCase) string {
	res, err := ix.Search(context.Background(), Query{Text: c.Query, Limit: 30, CasesOnly: c.Cases})
	if err != nil {
		t.Fatalf("%q: %v", c.Query, err)
	}
	k := c.K
	if k == 0 {
		k = max(3, len(c.Want)+1)
	}
	top := stems(res.Hits)
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
