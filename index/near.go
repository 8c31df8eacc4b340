package index

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
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
// does not. So nearCandidates scores every match with its words and that
// bound (rank), and reads positions only for the best matches, best first,
// until no match left could reach the page: the same candidates, with the
// same scores, as the whole query would give.

// bonus is a proximity bonus: the phrase, and its terms anywhere (see
// nearTerms).
type bonus struct {
	phrase, anywhere query.Query
}

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

// nearCandidates returns what candidates would for the whole query of
// text (every group and the proximity bonus; text.nearAny must be set).
func (s *searcher) nearCandidates(ctx context.Context, q Query, text compiled, size int, fc *facetCounter) (*bleve.SearchResult, error) {
	words := s.buildQuery(q, text.matches(true))
	if fc != nil {
		words = fc.counting(words)
	}
	return s.rank(ctx, words, &bonus{text.near, text.nearAny}, size)
}

// add adds the bonus, at norm, to the matches of batch that may get it and
// hold the phrase, and makes each exact.
func (b *bonus) add(ctx context.Context, snap *scorch.IndexSnapshot, m mapping.IndexMapping, norm float64, batch []scored) error {
	var nums []index.IndexInternalID
	pos := map[uint64]int{}
	for i, d := range batch {
		if d.upper > d.score {
			nums = append(nums, internalID(d.num))
			pos[d.num] = i
		}
		batch[i].upper = d.score
	}
	if len(nums) == 0 {
		return nil
	}
	slices.SortFunc(nums, index.IndexInternalID.Compare)
	ns, err := b.phrase.Searcher(ctx, &onlyReader{snap, nums}, m, search.SearcherOptions{})
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
