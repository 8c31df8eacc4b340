package index

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestOnly checks that only finds those of the ids the query finds, with
// the scores and match locations the query gives them, for words,
// phrases, wildcards, fuzzy words, exclusions and filters, over several
// segments and replaced documents, and ids that no longer exist.
func TestOnly(t *testing.T) {
	ix := newTestIndex(t)
	ctx := context.Background()
	recs := loadRecords(t)
	putBatches(t, ix, recs, 5)
	if err := ix.Put(ctx, recs[2:4]); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i, r := range recs {
		if i%2 == 0 {
			ids = append(ids, r.Path, caseID(r.Path, 0))
		}
	}
	ids = append(ids, "no/such/file.pdf")
	s := ix.searcher(false)
	for _, text := range []string{"møte", "styret vedtak", `"forslag til vedtak"`, "mote~1", "styr*", "normen -webinar", "sikkerhet OR budsjett"} {
		q := s.buildQuery(Query{}, s.compile(mustParse(t, text)).query(true))
		keep := map[string]bool{}
		for _, id := range ids {
			keep[id] = true
		}
		got, want := matches(t, ix, &only{q, ids}, nil), matches(t, ix, q, keep)
		if got == "" {
			t.Errorf("%s: no match among the ids", text)
		}
		if got != want {
			t.Errorf("%s: only found\n%s\nwant\n%s", text, got, want)
		}
	}
}

// matches runs q and prints its hits among keep (all when nil) in id
// order, with scores and match locations.
func matches(t *testing.T, ix *Index, q query.Query, keep map[string]bool) string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	req.IncludeLocations = true
	req.SortBy([]string{"_id"})
	res, err := ix.bi.SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, m := range res.Hits {
		if keep != nil && !keep[m.ID] {
			continue
		}
		fmt.Fprintf(&b, "%s %.6f", m.ID, m.Score)
		for _, f := range slices.Sorted(maps.Keys(m.Locations)) {
			for _, term := range slices.Sorted(maps.Keys(m.Locations[f])) {
				for _, l := range m.Locations[f][term] {
					fmt.Fprintf(&b, " %s:%s@%d-%d", f, term, l.Start, l.End)
				}
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
