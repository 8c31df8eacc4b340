package index

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestTypedAsFiltered checks that a query typed clause by clause finds
// what the query filtered as a whole by type finds: the same matches, in
// the same order, with the same scores and locations, for files and for
// cases.
func TestTypedAsFiltered(t *testing.T) {
	ix := newTestIndex(t)
	putBatches(t, ix, loadRecords(t), 3)
	from, _ := time.Parse(time.DateOnly, "2024-01-01")
	for _, q := range []Query{
		{Text: "vedtak"}, {Text: "styret vedtak"}, {Text: "møtet vedtak"}, {Text: `"forslag til vedtak"`},
		{Text: "budsj*"}, {Text: "vedtk~1"}, {Text: "-vedtak"}, {Text: "referat -budsjett"},
		{Text: "title:referat"}, {Text: "tittel:budsjettjustering"}, {Text: `tittel:"interkommunalt legevaktsamarbeid"`}, {Text: "sak:12/24"}, {Text: "tittel:protokoll år:2024"},
		{Text: "organ:styringsgruppen"}, {Text: "kind:minutes"}, {Text: "år:2024 vedtak"},
		{Text: "styringsgruppen +handlingsplan"}, {Text: "sikkerhet", Kind: "guide"}, {Text: "møte", From: from},
		{Text: "normen pasientsikkerhet"}, {Text: "normen", Body: "styringsgruppen"}, {Text: ""},
	} {
		found := 0
		for _, cases := range []bool{false, true} {
			s := ix.searcher(cases)
			text := s.compile(mustParse(t, q.Text))
			for _, all := range []bool{true, false} {
				name := fmt.Sprintf("%q cases %v all %v", q.Text, cases, all)
				want := searchAll(t, ix, filteredWhole(s, q, text.query(all)))
				got := searchAll(t, ix, s.buildQuery(q, text.query(all)))
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: typed\n%v,\nfiltered\n%v", name, got, want)
				}
				found += len(want)
			}
		}
		if found == 0 {
			t.Errorf("%q: no matches; the query tests nothing", q.Text)
		}
	}
}

// filteredWhole is buildQuery as it was before typed: the whole text
// query filtered by the searcher's type and the other filters of q.
func filteredWhole(s *searcher, q Query, text query.Query) query.Query {
	b := query.NewBooleanQuery([]query.Query{text}, nil, nil)
	b.AddFilter(query.NewConjunctionQuery(append([]query.Query{termQuery(fType, s.set.typ)}, filtersOf(q)...)))
	return b
}

// match is one match of searchAll: its id, score and locations.
type match struct {
	id        string
	score     float64
	locations string
}

// searchAll returns every match of q, best first, equal scores by id.
func searchAll(t *testing.T, ix *Index, q query.Query) []match {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	req.SortBy([]string{"-_score", "_id"})
	req.IncludeLocations = true
	res, err := ix.bi.SearchInContext(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if int(res.Total) != len(res.Hits) {
		t.Fatalf("%d matches, %d returned", res.Total, len(res.Hits))
	}
	out := make([]match, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = match{h.ID, h.Score, locations(h.Locations)}
	}
	return out
}

// locations spells out where the terms of a match are, in a stable order.
func locations(fl search.FieldTermLocationMap) string {
	var b strings.Builder
	for _, f := range slices.Sorted(maps.Keys(fl)) {
		for _, t := range slices.Sorted(maps.Keys(fl[f])) {
			fmt.Fprintf(&b, "%s:%s", f, t)
			for _, l := range fl[f][t] {
				fmt.Fprintf(&b, " %d@%d-%d", l.Pos, l.Start, l.End)
			}
			b.WriteString("; ")
		}
	}
	return b.String()
}
