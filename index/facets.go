package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
	segapi "github.com/blevesearch/scorch_segment_api/v2"
)

// facet is a field a search counts its matches by, with the number of
// values it returns, the most frequent first.
type facet struct {
	field string
	size  int
}

var facets = []facet{{fKind, 10}, {fBody, 20}, {fYear, 30}, {fFormat, 10}, {fLang, 5}}

// Bleve counts facets by reading each match's doc values, which decodes a
// chunk of them per document: 10 ms for 8,000 matches, four times the
// search itself. motebok keeps, for each segment, the value of each facet
// field of every document in memory (columns: 4 bytes a field, 20 a
// document, cases counted), read once from the field's postings, and
// counts a search's matches against them.

// column is the value of one facet field for each document of a segment.
type column struct {
	terms []string // the field's values; terms[0] is "" (none)
	of    []uint32 // per document number: its value's index in terms
}

// columns caches the columns of segments by segment. Segments never
// change: a cached column holds until its segment leaves the index.
type columns struct {
	mu    sync.Mutex
	bySeg map[segapi.Segment][]*column // in the order of facets
}

// forSegments returns the columns of each of segs, reading those not
// cached, and forgets the segments not among segs.
func (c *columns) forSegments(segs []*scorch.SegmentSnapshot) ([][]*column, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([][]*column, len(segs))
	live := make(map[segapi.Segment][]*column, len(segs))
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

// readColumns reads the facet columns of seg, in the order of facets.
func readColumns(seg segapi.Segment) ([]*column, error) {
	cols := make([]*column, len(facets))
	for i, f := range facets {
		col, err := readColumn(seg, f.field)
		if err != nil {
			return nil, fmt.Errorf("reading the %s facet: %w", f.field, err)
		}
		cols[i] = col
	}
	return cols, nil
}

// readColumn reads the column of field in seg from the postings of its
// values. A facet field holds one value a document.
func readColumn(seg segapi.Segment, field string) (*column, error) {
	dict, err := seg.Dictionary(field)
	if err != nil {
		return nil, err
	}
	col := &column{terms: []string{""}, of: make([]uint32, seg.Count())}
	it := dict.AutomatonIterator(nil, nil, nil)
	for e, err := it.Next(); e != nil || err != nil; e, err = it.Next() {
		if err != nil {
			return nil, err
		}
		pl, err := dict.PostingsList([]byte(e.Term), nil, nil)
		if err != nil {
			return nil, err
		}
		n := uint32(len(col.terms))
		col.terms = append(col.terms, e.Term)
		pi := pl.Iterator(false, false, false, nil)
		for p, err := pi.Next(); p != nil || err != nil; p, err = pi.Next() {
			if err != nil {
				return nil, err
			}
			if d := p.Number(); d < uint64(len(col.of)) {
				col.of[d] = n
			}
		}
	}
	return col, nil
}

// facetCounter counts the matches of one search by the values of each
// facet field, as the search goes: counting wraps the search's query, so
// that every match bleve collects is counted and none is found twice.
type facetCounter struct {
	cols *columns
	segments
	seg    [][]*column // the columns of each segment searched
	counts [][][]int   // per segment and facet, matches by value index

	// The parts of a search (see parts) start it once, and count in
	// segments of their own.
	started  sync.Once
	startErr error
}

// facetCounter returns a counter for one search; nil unless count.
func (s *searcher) facetCounter(count bool) *facetCounter {
	if !count {
		return nil
	}
	return &facetCounter{cols: &s.cols}
}

// counting wraps q so that searching it counts its matches in fc.
func (fc *facetCounter) counting(q query.Query) query.Query { return &countingQuery{q, fc} }

// start prepares fc for a search of r, once.
func (fc *facetCounter) start(r index.IndexReader) error {
	fc.started.Do(func() { fc.startErr = fc.prepare(r) })
	return fc.startErr
}

// prepare sizes the counts for the segments of r.
func (fc *facetCounter) prepare(r index.IndexReader) error {
	fc.segments = segmentsOf(r)
	if fc.segs == nil {
		return fmt.Errorf("counting facets: not a scorch index")
	}
	cols, err := fc.cols.forSegments(fc.segs)
	if err != nil {
		return err
	}
	fc.seg, fc.counts = cols, make([][][]int, len(cols))
	for i, c := range cols {
		fc.counts[i] = make([][]int, len(c))
		for j, col := range c {
			fc.counts[i][j] = make([]int, len(col.terms))
		}
	}
	return nil
}

// add counts the match with internal number num.
func (fc *facetCounter) add(num uint64) {
	i, local, ok := fc.locate(num)
	if !ok {
		return
	}
	for j, col := range fc.seg[i] {
		fc.counts[i][j][col.of[local]]++
	}
}

// result merges the counts of the segments by value and keeps the most
// frequent values of each field, as bleve orders them (count, then value);
// nil for a nil counter.
func (fc *facetCounter) result() map[string][]FacetCount {
	if fc == nil {
		return nil
	}
	out := make(map[string][]FacetCount, len(facets))
	for j, f := range facets {
		byTerm := map[string]int{}
		for i, c := range fc.seg {
			for t, n := range fc.counts[i][j] {
				if t > 0 && n > 0 {
					byTerm[c[j].terms[t]] += n
				}
			}
		}
		counts := make([]FacetCount, 0, len(byTerm))
		for t, n := range byTerm {
			counts = append(counts, FacetCount{Term: t, Count: n})
		}
		slices.SortFunc(counts, func(a, b FacetCount) int { return cmp.Or(b.Count-a.Count, cmp.Compare(a.Term, b.Term)) })
		out[f.field] = counts[:min(len(counts), f.size)]
	}
	return out
}

// countingQuery is a query whose searcher counts its matches.
type countingQuery struct {
	query.Query
	fc *facetCounter
}

func (q *countingQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	if err := q.fc.start(r); err != nil {
		return nil, err
	}
	s, err := q.Query.Searcher(ctx, r, m, o)
	if err != nil {
		return nil, err
	}
	return &countingSearcher{s, q.fc}, nil
}

// Validate validates the query counted, when it validates.
func (q *countingQuery) Validate() error {
	if v, ok := q.Query.(query.ValidatableQuery); ok {
		return v.Validate()
	}
	return nil
}

// countingSearcher counts each match it returns.
type countingSearcher struct {
	search.Searcher
	fc *facetCounter
}

func (s *countingSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Next(ctx)
	if d != nil {
		s.fc.add(d.IndexInternalID.Value())
	}
	return d, err
}

func (s *countingSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	if d != nil {
		s.fc.add(d.IndexInternalID.Value())
	}
	return d, err
}
