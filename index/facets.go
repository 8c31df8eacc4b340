package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segapi "github.com/blevesearch/scorch_segment_api/v2"
)

// facets are the fields a search counts its matches by, with the number of
// values it returns of each, the most frequent first.
var facets = map[string]int{fKind: 10, fBody: 20, fYear: 30, fFormat: 10, fLang: 5}

// Bleve counts facets by reading each match's doc values, which decodes a
// chunk of them per document: 10 ms for 8,000 matches, four times the
// search itself. motebok keeps, for each segment, the value of each facet
// field of every document in memory (columns), read once from the field's
// postings, and counts a search's matches against them.

// column is the value of one facet field for each document of a segment.
type column struct {
	terms []string // the field's values; terms[0] is "" (none)
	of    []uint32 // per document number: its value's index in terms
}

// columns caches the columns of segments by segment. Segments never
// change: a cached column holds until its segment leaves the index.
type columns struct {
	mu    sync.Mutex
	bySeg map[segapi.Segment]map[string]*column
}

// forSegments returns the columns of each of segs, reading those not
// cached, and forgets the segments not among segs.
func (c *columns) forSegments(segs []*scorch.SegmentSnapshot) ([]map[string]*column, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]map[string]*column, len(segs))
	live := make(map[segapi.Segment]map[string]*column, len(segs))
	for i, s := range segs {
		cols, ok := c.bySeg[s.Segment()]
		if !ok {
			var err error
			if cols, err = readColumns(s.Segment()); err != nil {
				return nil, err
			}
		}
		out[i], live[s.Segment()] = cols, cols
	}
	c.bySeg = live
	return out, nil
}

// readColumns reads the facet columns of seg from the postings of each
// facet field's values. A facet field holds one value a document.
func readColumns(seg segapi.Segment) (map[string]*column, error) {
	cols := make(map[string]*column, len(facets))
	for field := range facets {
		dict, err := seg.Dictionary(field)
		if err != nil {
			return nil, fmt.Errorf("reading the %s facet: %w", field, err)
		}
		col := &column{terms: []string{""}, of: make([]uint32, seg.Count())}
		it := dict.AutomatonIterator(nil, nil, nil)
		for e, err := it.Next(); e != nil || err != nil; e, err = it.Next() {
			if err != nil {
				return nil, fmt.Errorf("reading the %s facet: %w", field, err)
			}
			pl, err := dict.PostingsList([]byte(e.Term), nil, nil)
			if err != nil {
				return nil, fmt.Errorf("reading the %s facet: %w", field, err)
			}
			n := uint32(len(col.terms))
			col.terms = append(col.terms, e.Term)
			pi := pl.Iterator(false, false, false, nil)
			for p, err := pi.Next(); p != nil || err != nil; p, err = pi.Next() {
				if err != nil {
					return nil, fmt.Errorf("reading the %s facet: %w", field, err)
				}
				if d := p.Number(); d < uint64(len(col.of)) {
					col.of[d] = n
				}
			}
		}
		cols[field] = col
	}
	return cols, nil
}

// countFacets counts the matches of bq by each facet field's values and
// returns the most frequent values of each, as bleve orders them (count,
// then value). It reads no score: bq's matches are all it needs.
func (s *searcher) countFacets(ctx context.Context, bq query.Query) (map[string][]FacetCount, error) {
	sr, err := s.storedReader()
	if err != nil {
		return nil, err
	}
	defer sr.Close()
	if sr.segs == nil {
		return nil, fmt.Errorf("counting facets: not a scorch index")
	}
	cols, err := s.cols.forSegments(sr.segs)
	if err != nil {
		return nil, err
	}
	counts := make([]map[string][]int, len(cols))
	for i, c := range cols {
		counts[i] = make(map[string][]int, len(c))
		for field, col := range c {
			counts[i][field] = make([]int, len(col.terms))
		}
	}
	err = eachMatch(ctx, sr, bq, s.bi.Mapping(), func(num uint64) {
		i := sort.Search(len(sr.offsets), func(i int) bool { return sr.offsets[i] > num }) - 1
		local := num - sr.offsets[i]
		for field, col := range cols[i] {
			if local < uint64(len(col.of)) {
				counts[i][field][col.of[local]]++
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return topValues(cols, counts), nil
}

// topValues merges the counts of the segments by value and keeps the most
// frequent values of each field.
func topValues(cols []map[string]*column, counts []map[string][]int) map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(facets))
	for field, size := range facets {
		byTerm := map[string]int{}
		for i, c := range cols {
			for t, n := range counts[i][field] {
				if t > 0 && n > 0 {
					byTerm[c[field].terms[t]] += n
				}
			}
		}
		fc := make([]FacetCount, 0, len(byTerm))
		for t, n := range byTerm {
			fc = append(fc, FacetCount{Term: t, Count: n})
		}
		slices.SortFunc(fc, func(a, b FacetCount) int { return cmp.Or(b.Count-a.Count, cmp.Compare(a.Term, b.Term)) })
		out[field] = fc[:min(len(fc), size)]
	}
	return out
}

// eachMatch calls f with the internal number of each match of q, unscored.
func eachMatch(ctx context.Context, sr *storedReader, q query.Query, m mapping.IndexMapping, f func(num uint64)) error {
	srch, err := q.Searcher(ctx, sr.r, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return err
	}
	defer srch.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(srch.DocumentMatchPoolSize(), 0)}
	for n := 0; ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		d, err := srch.Next(sctx)
		if err != nil || d == nil {
			return err
		}
		f(d.IndexInternalID.Value())
		sctx.DocumentMatchPool.Put(d)
	}
}
