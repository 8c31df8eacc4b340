package index

import (
	"cmp"
	"context"
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

func TestSplit(t *testing.T) {
	for _, c := range []struct {
		name    string
		sizes   []uint64
		n       int
		minDocs uint64
		want    [][2]uint64
	}{
		{"one processor", []uint64{10, 10, 10}, 1, 1, [][2]uint64{{0, 30}}},
		{"even", []uint64{10, 10, 10, 10}, 2, 1, [][2]uint64{{0, 20}, {20, 40}}},
		{"whole segments", []uint64{25, 10, 5}, 2, 1, [][2]uint64{{0, 25}, {25, 40}}},
		{"a large last segment", []uint64{5, 5, 30}, 2, 1, [][2]uint64{{0, 10}, {10, 40}}},
		{"fewer segments than processors", []uint64{10, 10}, 4, 1, [][2]uint64{{0, 10}, {10, 20}}},
		{"too few documents to split", []uint64{10, 10}, 2, 15, [][2]uint64{{0, 20}}},
		{"as many parts as documents allow", []uint64{10, 10, 10, 10}, 4, 15, [][2]uint64{{0, 20}, {20, 40}}},
		{"no segments", nil, 2, 1, nil},
	} {
		if got := split(c.sizes, c.n, c.minDocs); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: split(%v, %d, %d) = %v, want %v", c.name, c.sizes, c.n, c.minDocs, got, c.want)
		}
	}
}

// TestScorePartsAsOne checks that scoring an index in parts finds what one
// pass finds, for every kind of query: the same matches with the same
// scores, the same count, the same facet counts.
func TestScorePartsAsOne(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs := loadRecords(t)
	putBatches(t, ix, recs, 4)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = OpenReadOnly(dir); err != nil { // which merges no more
		t.Fatal(err)
	}
	defer ix.Close()
	snap := scorchState(t, ix)
	defer snap.Close()
	ps := parts(snap, 3, 1)
	if len(ps) < 2 {
		t.Fatalf("%d segments made %d parts, want 2 or 3", len(snap.Segments()), len(ps))
	}
	// Parts need not end where segments do, unless they count facets.
	var docs uint64
	for _, n := range snapSegments(snap) {
		docs += n
	}
	thirds := []index.IndexReader{&partReader{snap, 0, docs / 3}, &partReader{snap, docs / 3, 2 * docs / 3}, &partReader{snap, 2 * docs / 3, math.MaxUint64}}
	from, _ := time.Parse(time.DateOnly, "2024-01-01")
	for _, q := range []Query{
		{Text: "vedtak"}, {Text: "styret vedtak"}, {Text: "møtet vedtak"}, {Text: `"forslag til vedtak"`},
		{Text: "budsj*"}, {Text: "vedtk~1"}, {Text: "-vedtak"}, {Text: "referat -budsjett"}, {Text: "title:referat"},
		{Text: "styringsgruppen +handlingsplan"}, {Text: "sikkerhet", Kind: "guide"}, {Text: "møte", From: from},
		{Text: "sak", CasesOnly: true}, {Text: "normen pasientsikkerhet"},
	} {
		s := ix.searcher(q.CasesOnly)
		text := s.compile(mustParse(t, q.Text))
		for _, all := range []bool{true, false} {
			var b *bonus
			if all && text.nearAny != nil {
				b = &bonus{text.near, text.nearAny}
			}
			bq := s.buildQuery(q, text.matches(all))
			one, ones := scoreWith(t, s, snap, []index.IndexReader{snap}, bq, b, true)
			many, manys := scoreWith(t, s, snap, ps, bq, b, true)
			if !reflect.DeepEqual(one, many) {
				t.Errorf("%q (all %v): in parts %v,\nin one pass %v", q.Text, all, many, one)
			}
			if third, _ := scoreWith(t, s, snap, thirds, bq, b, false); !reflect.DeepEqual(one, third) {
				t.Errorf("%q (all %v): in thirds %v,\nin one pass %v", q.Text, all, third, one)
			}
			if one.total == 0 && all {
				t.Errorf("%q: no matches; the query tests nothing", q.Text)
			}
			if !reflect.DeepEqual(ones, manys) {
				t.Errorf("%q (all %v): facets in parts %v,\nin one pass %v", q.Text, all, manys, ones)
			}
		}
	}
}

// partsResult is what scoreParts returned, its matches in order.
type partsResult struct {
	top   []scored
	total uint64
}

// scoreWith scores bq (with b) in the parts ps of snap for the five best
// matches, counting facets when asked.
func scoreWith(t *testing.T, s *searcher, snap *scorch.IndexSnapshot, ps []index.IndexReader, bq query.Query, b *bonus, facets bool) (partsResult, map[string][]FacetCount) {
	t.Helper()
	fc := s.facetCounter(facets)
	if fc != nil {
		bq = fc.counting(bq)
	}
	found, total, err := s.scoreParts(context.Background(), snap, ps, bq, b, 5)
	if err != nil {
		t.Fatal(err)
	}
	top := slices.Clone(found.m)
	found.free()
	slices.SortFunc(top, func(a, b scored) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.num, b.num)) })
	return partsResult{top, total}, fc.result()
}

// TestPartReaderBounds checks a part's readers against the whole index's:
// moved to a document before the part, they go to its first; they end
// where it does.
func TestPartReaderBounds(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	snap := scorchState(t, ix)
	defer snap.Close()
	whole := func() []uint64 {
		tfr, err := snap.TermFieldReader(context.Background(), []byte(typeDoc), fType, false, false, false)
		if err != nil {
			t.Fatal(err)
		}
		defer tfr.Close()
		var nums []uint64
		for d, err := tfr.Next(nil); d != nil || err != nil; d, err = tfr.Next(nil) {
			if err != nil {
				t.Fatal(err)
			}
			nums = append(nums, d.ID.Value())
		}
		return nums
	}()
	if len(whole) < 4 {
		t.Fatalf("%d files: too few to split", len(whole))
	}
	lo, hi := whole[1]+1, whole[len(whole)-2]
	var want []uint64
	for _, n := range whole {
		if n >= lo && n < hi {
			want = append(want, n)
		}
	}
	p := &partReader{snap, lo, hi}
	tfr, err := p.TermFieldReader(context.Background(), []byte(typeDoc), fType, false, false, false)
	if err != nil {
		t.Fatal(err)
	}
	defer tfr.Close()
	var got []uint64
	for d, err := tfr.Advance(internalID(0), nil); d != nil || err != nil; d, err = tfr.Next(nil) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, d.ID.Value())
	}
	if !slices.Equal(got, want) {
		t.Errorf("part %d to %d read %v, want %v", lo, hi, got, want)
	}
	docs, err := p.DocIDReaderAll()
	if err != nil {
		t.Fatal(err)
	}
	defer docs.Close()
	first, err := docs.Advance(internalID(0))
	if err != nil || first == nil || first.Value() != lo {
		t.Errorf("the part's documents start at %v (%v), want %d", first, err, lo)
	}
}
