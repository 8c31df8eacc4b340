package index

import (
	"cmp"
	"container/heap"
	"context"
	"encoding/binary"
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// The proximity bonus of a query of plain words (see proximity) is a
// phrase, and a phrase reads the positions of its words in every document
// that holds them all: for two common words, several times the cost of the
// words themselves. Yet where a phrase of one term per position matches,
// it scores exactly as its terms would anywhere in the document, and that
// score, which postings give without positions, bounds the bonus where it
// does not. nearCandidates scores every match with its words and that
// bound, then reads positions for the best of them only, best first, until
// no match left could reach the page: the same candidates, with the same
// scores, as the whole query would give.

// nearTerms returns the terms of the phrase text in field anywhere, each
// weighted as in the phrase, so that where the phrase matches they score
// as it does; nil when a position of the phrase holds several terms
// (spellings of one word), which the phrase scores otherwise.
func (s *searcher) nearTerms(text, field string) query.Query {
	var terms []query.Query
	last := 0
	for _, t := range s.bi.Mapping().AnalyzerNamed(analyzer(field)).Analyze([]byte(text)) {
		if t.Position == last {
			return nil
		}
		last = t.Position
		q := termQuery(field, string(t.Term))
		q.(*query.TermQuery).SetBoost(proximityWeight)
		terms = append(terms, q)
	}
	if len(terms) == 0 {
		return nil
	}
	return query.NewConjunctionQuery(terms)
}

// scored is a match: its internal document number, its score, and the
// most it can score (more than its score while its bonus is unknown).
type scored struct {
	num          uint64
	score, upper float64
}

// byUpper is a max-heap of matches by the most they can score.
type byUpper []scored

func (h byUpper) Len() int           { return len(h) }
func (h byUpper) Less(i, j int) bool { return h[i].upper > h[j].upper }
func (h byUpper) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *byUpper) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *byUpper) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// firstNear is how many of the best matches the first round scores
// exactly, at least; each further round doubles it.
const firstNear = 128

// nearCandidates returns what candidates would for the whole query of
// text (every group and the proximity bonus; text.nearAny must be set):
// the size best matches, the best score first and equal scores in id
// order, and their number; fc, when not nil, counts the matches.
func (s *searcher) nearCandidates(ctx context.Context, q Query, text compiled, size int, fc *facetCounter) (*bleve.SearchResult, error) {
	adv, err := s.bi.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return s.candidates(ctx, q, s.buildQuery(q, text.query(true)), size, fc)
	}
	words := s.buildQuery(q, text.matches(true))
	if fc != nil {
		words = fc.counting(words)
	}
	all, norm, err := s.scoreAll(ctx, snap, words, text.near, text.nearAny)
	if err != nil {
		return nil, err
	}
	total := uint64(len(all))
	best, err := s.addBonus(ctx, snap, text.near, norm, all, size)
	if err != nil {
		return nil, err
	}
	hits := make(search.DocumentMatchCollection, len(best))
	for i, b := range best {
		id := internalID(b.num)
		ext, err := snap.ExternalID(id)
		if err != nil {
			return nil, err
		}
		hits[i] = &search.DocumentMatch{ID: ext, IndexInternalID: id, Score: b.score}
	}
	slices.SortFunc(hits, func(a, b *search.DocumentMatch) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.ID, b.ID))
	})
	return &bleve.SearchResult{Total: total, Hits: hits[:min(len(hits), size)]}, nil
}

// scoreAll returns every match of words with its score and the most it
// can score as part of the query that adds near as a bonus: its words'
// score plus that of nearAny where it matches. It also returns that
// query's norm, which scales every score of it.
func (s *searcher) scoreAll(ctx context.Context, snap *scorch.IndexSnapshot, words, near, nearAny query.Query) (byUpper, float64, error) {
	m := s.bi.Mapping()
	ws, err := words.Searcher(ctx, snap, m, search.SearcherOptions{})
	if err != nil {
		return nil, 0, err
	}
	defer ws.Close()
	ns, err := near.Searcher(ctx, snap, m, search.SearcherOptions{})
	if err != nil {
		return nil, 0, err
	}
	// The words' weight and the bonus's, summed as a boolean searcher
	// sums them.
	norm := 1 / math.Sqrt(ws.Weight()+ns.Weight())
	ns.Close()
	as, err := nearAny.Searcher(ctx, snap, m, search.SearcherOptions{})
	if err != nil {
		return nil, 0, err
	}
	defer as.Close()
	ws.SetQueryNorm(norm)
	as.SetQueryNorm(norm)
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(ws.DocumentMatchPoolSize()+as.DocumentMatchPoolSize(), 0)}
	var all byUpper
	var cur *search.DocumentMatch // as's match at or after the last word match
	more := true                  // as may match further on
	for i := 0; ; i++ {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		d, err := ws.Next(sctx)
		if err != nil || d == nil {
			return all, norm, err
		}
		m := scored{d.IndexInternalID.Value(), d.Score, d.Score}
		if more && (cur == nil || cur.IndexInternalID.Compare(d.IndexInternalID) < 0) {
			if cur != nil {
				sctx.DocumentMatchPool.Put(cur)
			}
			if cur, err = as.Advance(sctx, d.IndexInternalID); err != nil {
				return nil, 0, err
			}
			more = cur != nil
		}
		if cur != nil && cur.IndexInternalID.Equals(d.IndexInternalID) {
			m.upper = d.Score + cur.Score
		}
		all = append(all, m)
		sctx.DocumentMatchPool.Put(d)
	}
}

// addBonus adds near's score, at norm, to the matches of all that can
// score more than they do, the highest first, until none left could be
// among the size best; it returns the matches it took that can be (ties
// included), in no order. It takes all apart.
func (s *searcher) addBonus(ctx context.Context, snap *scorch.IndexSnapshot, near query.Query, norm float64, all byUpper, size int) ([]scored, error) {
	heap.Init(&all)
	var done []scored
	for round := max(2*size, firstNear); len(all) > 0; round *= 2 {
		batch := make([]scored, 0, min(round, len(all)))
		for len(batch) < round && len(all) > 0 {
			batch = append(batch, heap.Pop(&all).(scored))
		}
		if err := s.bonus(ctx, snap, near, norm, batch); err != nil {
			return nil, err
		}
		done = append(done, batch...)
		slices.SortFunc(done, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
		if len(done) >= size && len(all) > 0 && done[size-1].score > all[0].upper {
			break
		}
	}
	n := min(size, len(done))
	for n > 0 && n < len(done) && done[n].score == done[n-1].score {
		n++
	}
	return done[:n], nil
}

// bonus adds near's score, at norm, to the matches of batch that may get
// one and hold the phrase, and makes each exact.
func (s *searcher) bonus(ctx context.Context, snap *scorch.IndexSnapshot, near query.Query, norm float64, batch []scored) error {
	var nums []index.IndexInternalID
	pos := map[uint64]int{}
	for i, b := range batch {
		if b.upper > b.score {
			nums = append(nums, internalID(b.num))
			pos[b.num] = i
		}
		batch[i].upper = b.score
	}
	if len(nums) == 0 {
		return nil
	}
	slices.SortFunc(nums, func(a, b index.IndexInternalID) int { return a.Compare(b) })
	ns, err := near.Searcher(ctx, &onlyReader{snap, nums}, s.bi.Mapping(), search.SearcherOptions{})
	if err != nil {
		return err
	}
	defer ns.Close()
	ns.SetQueryNorm(norm)
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(ns.DocumentMatchPoolSize(), 0)}
	for {
		d, err := ns.Next(sctx)
		if err != nil || d == nil {
			return err
		}
		if i, ok := pos[d.IndexInternalID.Value()]; ok {
			batch[i].score += d.Score
			batch[i].upper = batch[i].score
		}
		sctx.DocumentMatchPool.Put(d)
	}
}

// internalID is the index's internal id of document number num.
func internalID(num uint64) index.IndexInternalID {
	id := make(index.IndexInternalID, 8)
	binary.BigEndian.PutUint64(id, num)
	return id
}
