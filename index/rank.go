package index

import (
	"cmp"
	"container/heap"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Ranking. bleve's collector orders equal scores by id only by reading
// the id of every match, and equal scores are common: a standard agenda
// item (approval of the notice, any other business) scores the same in
// every meeting. rank scores every match once, keeps the best and the
// matches tied with the last of them (topScores), and reads ids only for
// those. With a proximity bonus it keeps every match (24 bytes each) and
// adds the bonus to the best of them (best). The lists of matches are
// reused from one search to the next (matchList): allocated anew, the
// tens of thousands a search keeps on a large index made the garbage
// collector a quarter of its CPU.

// scored is a match: its internal document number, its score, and the
// most it can score (more than its score while a bonus is unknown).
type scored struct {
	num          uint64
	score, upper float64
}

// matchHeap is a heap of matches, on top the one first puts before all
// others: highestUpper or lowestScore of scored matches, lastNamed of
// named ones.
type matchHeap[T any] struct {
	m     []T
	first func(a, b T) bool
}

func highestUpper(a, b scored) bool { return a.upper > b.upper }
func lowestScore(a, b scored) bool  { return a.score < b.score }

func (h *matchHeap[T]) Len() int           { return len(h.m) }
func (h *matchHeap[T]) Less(i, j int) bool { return h.first(h.m[i], h.m[j]) }
func (h *matchHeap[T]) Swap(i, j int)      { h.m[i], h.m[j] = h.m[j], h.m[i] }
func (h *matchHeap[T]) Push(x any)         { h.m = append(h.m, x.(T)) }
func (h *matchHeap[T]) Pop() any {
	x := h.m[len(h.m)-1]
	h.m = h.m[:len(h.m)-1]
	return x
}

// matchList is a list of matches lent for one search (newMatchList) and
// given back when it is done (free).
type matchList struct{ m []scored }

// maxPooledMatches bounds the lists kept for reuse: a longer one, from a
// search of most of a very large index, is left to the garbage collector.
const maxPooledMatches = 1 << 18

var matchLists = sync.Pool{New: func() any { return new(matchList) }}

// newMatchList lends an empty list.
func newMatchList() *matchList {
	l := matchLists.Get().(*matchList)
	l.m = l.m[:0]
	return l
}

// free gives l back; it must not be used after.
func (l *matchList) free() {
	if cap(l.m) <= maxPooledMatches {
		matchLists.Put(l)
	}
}

// firstRound is how many of the best matches the first round of best
// takes, at least; each further round doubles it.
const firstRound = 128

// rank returns the size best matches of q with b's bonus added, when b is
// not nil: the best score first, equal scores in id order, and the number
// of matches.
func (s *searcher) rank(ctx context.Context, q query.Query, b *bonus, size int) (*bleve.SearchResult, error) {
	r, err := s.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("ranking: the index reader is a %T, not scorch's", r)
	}
	top, total, err := s.scoreParts(ctx, snap, parts(snap, searchParts(), minPartDocs), q, b, size)
	if err != nil {
		return nil, err
	}
	defer top.free()
	// The ids are read in number order, as they lie in the segments; the
	// size first are kept in a heap: thousands of matches may tie. An id
	// becomes a string only when its match is kept.
	slices.SortFunc(top.m, func(a, b scored) int { return cmp.Compare(a.num, b.num) })
	kept := &matchHeap[named]{first: lastNamed}
	ids := idReader{segs: snap.Segments()}
	for _, t := range top.m {
		id, err := ids.id(t.num)
		if err != nil {
			return nil, err
		}
		switch {
		case kept.Len() < size:
			heap.Push(kept, named{t, string(id)})
		case size > 0 && precedes(t, id, kept.m[0]):
			kept.m[0] = named{t, string(id)}
			heap.Fix(kept, 0)
		}
	}
	slices.SortFunc(kept.m, rankOrder)
	hits := make(search.DocumentMatchCollection, len(kept.m))
	for i, n := range kept.m {
		hits[i] = &search.DocumentMatch{ID: n.id, IndexInternalID: internalID(n.num), Score: n.score}
	}
	return &bleve.SearchResult{Total: total, Hits: hits}, nil
}

// named is a match with its id.
type named struct {
	scored
	id string
}

// rankOrder is the order of rank: the best score first, equal scores in id
// order.
func rankOrder(a, b named) int {
	return cmp.Or(cmp.Compare(b.score, a.score), strings.Compare(a.id, b.id))
}

// lastNamed puts the match rank would return last on top of a heap.
func lastNamed(a, b named) bool { return rankOrder(a, b) > 0 }

// precedes reports whether rank puts match m, whose id is id, before n.
func precedes(m scored, id []byte, n named) bool {
	return m.score > n.score || m.score == n.score && string(id) < n.id
}

// idReader reads the ids of a snapshot's documents by internal number, the
// numbers in increasing order, without copying them.
type idReader struct {
	segs []*scorch.SegmentSnapshot
	seg  int    // the segment of the last number read
	base uint64 // the internal number of its first document
}

func (r *idReader) id(num uint64) ([]byte, error) {
	for r.seg < len(r.segs) && num-r.base >= r.segs[r.seg].Segment().Count() {
		r.base += r.segs[r.seg].Segment().Count()
		r.seg++
	}
	if r.seg == len(r.segs) || num < r.base {
		return nil, fmt.Errorf("document number %d not found", num)
	}
	id, err := r.segs[r.seg].DocID(num - r.base)
	if err == nil && id == nil {
		err = fmt.Errorf("document number %d not found", num)
	}
	return id, err
}

// scoreParts scores the parts ps of snap at once (see parts) and returns
// the size best matches, with b's bonus added when b is not nil, and those
// tied with the last of them, in no order, and the number of matches. The
// caller frees the list.
func (s *searcher) scoreParts(ctx context.Context, snap *scorch.IndexSnapshot, ps []index.IndexReader, q query.Query, b *bonus, size int) (*matchList, uint64, error) {
	runs := make([]partRun, len(ps))
	var wg sync.WaitGroup
	for i, p := range ps {
		runs[i].found = newMatchList()
		wg.Go(func() { s.scorePart(ctx, p, q, b, size, &runs[i]) })
	}
	wg.Wait()
	defer func() {
		for _, r := range runs {
			r.found.free()
		}
	}()
	all := newMatchList()
	var total uint64
	var norm float64
	t := newTopScores(size)
	defer t.tied.free()
	for _, r := range runs {
		if r.err != nil {
			all.free()
			return nil, 0, r.err
		}
		total, norm = total+r.total, r.norm // every part's norm is the whole index's
		if b != nil {
			all.m = append(all.m, r.found.m...) // in number order, as best wants them
			continue
		}
		for _, m := range r.found.m {
			t.add(m)
		}
	}
	if b == nil {
		all.m = t.result(all.m[:0])
		return all, total, nil
	}
	top, err := s.best(ctx, snap, b, norm, all.m, size)
	all.m = append(all.m[:0], top...)
	return all, total, err
}

// partRun is what scoring one part of the index found: the best matches
// and those tied with the last of them, or, with a bonus, every match
// (found); the number of matches and the norm of scoreAll.
type partRun struct {
	found *matchList
	total uint64
	norm  float64
	err   error
}

// scorePart scores the matches of q in the part r of the index (see
// parts) into pr: with a bonus it keeps them all, for best to add the
// bonus to.
func (s *searcher) scorePart(ctx context.Context, r index.IndexReader, q query.Query, b *bonus, size int, pr *partRun) {
	if b != nil {
		pr.total, pr.norm, pr.err = s.scoreAll(ctx, r, q, b, func(m scored) { pr.found.m = append(pr.found.m, m) })
		return
	}
	t := newTopScores(size)
	defer t.tied.free()
	pr.total, _, pr.err = s.scoreAll(ctx, r, q, nil, t.add)
	pr.found.m = t.result(pr.found.m)
}

// scoreAll hands keep every match of q with its score and the most it can
// score: with b, as part of the query that adds b's phrase as a bonus, its
// score plus that of b's terms where they all occur. It returns the number
// of matches and that query's norm, which scales every score of it (0
// without b).
func (s *searcher) scoreAll(ctx context.Context, r index.IndexReader, q query.Query, b *bonus, keep func(scored)) (uint64, float64, error) {
	m := s.bi.Mapping()
	qs, err := q.Searcher(ctx, r, m, search.SearcherOptions{})
	if err != nil {
		return 0, 0, err
	}
	defer qs.Close()
	pool := qs.DocumentMatchPoolSize()
	var norm float64
	var as search.Searcher // b's terms anywhere
	if b != nil {
		ps, err := b.phrase.Searcher(ctx, r, m, search.SearcherOptions{})
		if err != nil {
			return 0, 0, err
		}
		// The words' weight and the bonus's, summed as a boolean searcher
		// sums them.
		norm = 1 / math.Sqrt(qs.Weight()+ps.Weight())
		ps.Close()
		if as, err = b.anywhere.Searcher(ctx, r, m, search.SearcherOptions{}); err != nil {
			return 0, 0, err
		}
		defer as.Close()
		qs.SetQueryNorm(norm)
		as.SetQueryNorm(norm)
		pool += as.DocumentMatchPoolSize()
	}
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(pool, 0)}
	var cur *search.DocumentMatch // as's match at or after the last match
	more := as != nil             // as may match further on
	for n := uint64(0); ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			return 0, 0, ctx.Err()
		}
		d, err := qs.Next(sctx)
		if err != nil || d == nil {
			return n, norm, err
		}
		m := scored{d.IndexInternalID.Value(), d.Score, d.Score}
		if more && (cur == nil || cur.IndexInternalID.Compare(d.IndexInternalID) < 0) {
			if cur != nil {
				sctx.DocumentMatchPool.Put(cur)
			}
			if cur, err = as.Advance(sctx, d.IndexInternalID); err != nil {
				return 0, 0, err
			}
			more = cur != nil
		}
		if cur != nil && cur.IndexInternalID.Equals(d.IndexInternalID) {
			m.upper = d.Score + cur.Score
		}
		keep(m)
		sctx.DocumentMatchPool.Put(d)
	}
}

// topScores keeps the size best of the matches added to it, and every
// match tied with the last of them, in a min-heap and a list.
type topScores struct {
	size int
	low  matchHeap[scored] // lowestScore on top
	tied *matchList        // matches left out that score as low's lowest
}

// newTopScores returns an empty topScores; its caller frees tied.
func newTopScores(size int) *topScores {
	return &topScores{size: size, low: matchHeap[scored]{first: lowestScore}, tied: newMatchList()}
}

func (t *topScores) add(m scored) {
	if t.size <= 0 {
		return
	}
	if len(t.low.m) < t.size {
		heap.Push(&t.low, m)
		return
	}
	lowest := t.low.m[0]
	switch {
	case m.score < lowest.score:
	case m.score == lowest.score:
		t.tied.m = append(t.tied.m, m)
	default:
		t.low.m[0] = m
		heap.Fix(&t.low, 0)
		if t.low.m[0].score == lowest.score {
			t.tied.m = append(t.tied.m, lowest)
		} else {
			t.tied.m = t.tied.m[:0]
		}
	}
}

// result appends the matches kept to dst, in no order.
func (t *topScores) result(dst []scored) []scored {
	return append(append(dst, t.low.m...), t.tied.m...)
}

// best takes the matches of all that can score most, adding b's bonus, at
// norm, to those that may get one, in rounds, until none left could be
// among the size best; it returns the matches it took that can be (ties
// included), in no order. It takes all apart.
func (s *searcher) best(ctx context.Context, snap *scorch.IndexSnapshot, b *bonus, norm float64, all []scored, size int) ([]scored, error) {
	h := &matchHeap[scored]{all, highestUpper}
	heap.Init(h)
	var done []scored
	for round := max(2*size, firstRound); h.Len() > 0; round *= 2 {
		batch := make([]scored, 0, min(round, h.Len()))
		for len(batch) < round && h.Len() > 0 {
			batch = append(batch, heap.Pop(h).(scored))
		}
		if b != nil {
			if err := b.add(ctx, snap, s.bi.Mapping(), norm, batch); err != nil {
				return nil, err
			}
		}
		done = append(done, batch...)
		slices.SortFunc(done, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
		if len(done) >= size && h.Len() > 0 && done[size-1].score > h.m[0].upper {
			break
		}
	}
	n := min(size, len(done))
	for n > 0 && n < len(done) && done[n].score == done[n-1].score {
		n++
	}
	return done[:n], nil
}

// internalID is the index's internal id of document number num.
func internalID(num uint64) index.IndexInternalID {
	id := make(index.IndexInternalID, 8)
	binary.BigEndian.PutUint64(id, num)
	return id
}
