package index

import (
	"context"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// only matches the documents ids among the matches of q, scored as q
// scores them there. Each term reader of q's searcher moves straight to
// those documents. A conjunction with a DocIDQuery would not do: bleve has
// each clause look for its first match from the first document on, and a
// phrase does that through every document that holds its words.
type only struct {
	q   query.Query
	ids []string
}

func (o *only) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	var nums []index.IndexInternalID
	for _, id := range o.ids {
		num, err := r.InternalID(id)
		if err != nil {
			return nil, err
		}
		if num != nil {
			nums = append(nums, num)
		}
	}
	slices.SortFunc(nums, func(a, b index.IndexInternalID) int { return a.Compare(b) })
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(o.ids), o.q}).Searcher(ctx, r, m, opts)
	}
	return o.q.Searcher(ctx, &onlyReader{snap, nums}, m, opts)
}

// Validate validates q, when it validates.
func (o *only) Validate() error {
	if v, ok := o.q.(query.ValidatableQuery); ok {
		return v.Validate()
	}
	return nil
}

// onlyReader reads an index state as if the documents nums held all its
// terms. Counts are the index's: scores stay those of the whole index. It
// is a scorch state, whose dictionary lookups (fuzzy, regexp, range)
// searchers look for.
type onlyReader struct {
	*scorch.IndexSnapshot
	nums []index.IndexInternalID // sorted
}

func (r *onlyReader) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (index.TermFieldReader, error) {
	tfr, err := r.IndexSnapshot.TermFieldReader(ctx, term, field, freq, norm, vectors)
	if err != nil {
		return nil, err
	}
	return &onlyTermReader{TermFieldReader: tfr, nums: r.nums}, nil
}

// onlyTermReader is a term's postings in the documents nums.
type onlyTermReader struct {
	index.TermFieldReader
	nums []index.IndexInternalID
	next int // the first of nums not yet read
}

// Next returns the posting of the next of nums that holds the term.
func (t *onlyTermReader) Next(pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	for t.next < len(t.nums) {
		d, err := t.TermFieldReader.Advance(t.nums[t.next], pre)
		if err != nil || d == nil {
			t.next = len(t.nums)
			return nil, err
		}
		t.skipTo(d.ID)
		if t.next < len(t.nums) && t.nums[t.next].Equals(d.ID) {
			t.next++
			return d, nil
		}
	}
	return nil, nil
}

// Advance returns the posting of the first of nums from id on that holds
// the term.
func (t *onlyTermReader) Advance(id index.IndexInternalID, pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	t.skipTo(id)
	return t.Next(pre)
}

// skipTo moves next to the first of nums at or after id.
func (t *onlyTermReader) skipTo(id index.IndexInternalID) {
	t.next = max(t.next, sort.Search(len(t.nums), func(i int) bool { return t.nums[i].Compare(id) >= 0 }))
}
