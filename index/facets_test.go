package index

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestCountFacets checks the counts of every facet value against a search
// for the matches that hold it, on an index of several segments with
// replaced documents (deleted ones in older segments), for searches of
// files and of cases, with a filter, and after the index changed.
func TestCountFacets(t *testing.T) {
	ix := newTestIndex(t)
	recs := loadRecords(t)
	ctx := context.Background()
	putBatches(t, ix, recs, 4)
	check := func() {
		t.Helper()
		for _, c := range []Query{{Text: "møte"}, {Text: "styret vedtak"}, {Text: "sikkerhet", Kind: "guide"}, {Text: "sak", CasesOnly: true}, {}} {
			s := ix.searcher(c.CasesOnly)
			bq := s.buildQuery(c, s.compile(mustParse(t, c.Text)).query(true))
			fc := s.facetCounter(true)
			if _, err := s.collect(ctx, fc.counting(bq), 3, "-_score"); err != nil {
				t.Fatal(err)
			}
			got := fc.result()
			seen := 0
			for field, counts := range got {
				for _, fc := range counts {
					seen++
					req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{bq, termQuery(field, fc.Term)}), 0, 0, false)
					res, err := ix.bi.SearchInContext(ctx, req)
					if err != nil {
						t.Fatal(err)
					}
					if uint64(fc.Count) != res.Total {
						t.Errorf("%q %s=%s: counted %d, %d match", c.Text, field, fc.Term, fc.Count, res.Total)
					}
				}
			}
			if seen == 0 {
				t.Errorf("%q: no facet values", c.Text)
			}
		}
	}
	check()
	// Replacing documents deletes their old versions in older segments
	// (until a merge drops them).
	for i := range 3 {
		if err := ix.Put(ctx, recs[i:i+3]); err != nil {
			t.Fatal(err)
		}
		check()
	}
}
