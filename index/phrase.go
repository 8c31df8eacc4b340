package index

import (
	"cmp"
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bsearcher "github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// A bleve phrase searcher finds the documents holding every term of the
// phrase and then, for each, builds maps of where every term occurs to
// look for the phrase: at 100,000 documents two thirds of a phrase
// search. phrase finds the same documents and scores them the same (its
// terms' conjunction, as bleve's), but looks for the phrase in the term
// positions as they come.

// phrase is a phrase of one term a position in one field; "" stands for a
// position the analyser left empty (a stop word), which any term fills.
type phrase struct {
	field string
	terms []string
	boost float64
}

// matchPhrase matches text in field as a phrase, as bleve's match phrase
// query does: with phrase when every position of the analysed text holds
// one term, else (several spellings at one position) with bleve's.
func matchPhrase(m mapping.IndexMapping, field, text string) query.BoostableQuery {
	tokens := m.AnalyzerNamed(analyzer(field)).Analyze([]byte(text))
	if len(tokens) == 0 {
		return matchPhraseQuery(field, text)
	}
	first, last := tokens[0].Position, tokens[0].Position
	for _, t := range tokens {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	terms := make([]string, last-first+1)
	for _, t := range tokens {
		if terms[t.Position-first] != "" {
			return matchPhraseQuery(field, text)
		}
		terms[t.Position-first] = string(t.Term)
	}
	return &phrase{field: field, terms: terms, boost: 1}
}

// matchPhraseQuery is bleve's match phrase query of text in field.
func matchPhraseQuery(field, text string) *query.MatchPhraseQuery {
	q := query.NewMatchPhraseQuery(text)
	q.SetField(field)
	q.Analyzer = analyzer(field)
	return q
}

func (p *phrase) SetBoost(b float64) { p.boost = b }
func (p *phrase) Field() string      { return p.field }
func (p *phrase) Boost() float64     { return p.boost }

func (p *phrase) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	opts.IncludeTermVectors = true
	var terms []search.Searcher
	closeAll := func() {
		for _, t := range terms {
			t.Close()
		}
	}
	for _, t := range p.terms {
		if t == "" {
			continue
		}
		ts, err := bsearcher.NewTermSearcher(ctx, r, t, p.field, p.boost, opts)
		if err != nil {
			closeAll()
			return nil, err
		}
		terms = append(terms, ts)
	}
	all, err := bsearcher.NewConjunctionSearcher(ctx, r, terms, opts)
	if err != nil {
		closeAll()
		return nil, err
	}
	return &phraseSearcher{Searcher: all, p: p}, nil
}

// phraseSearcher passes on the matches of its terms' conjunction that hold
// the phrase.
type phraseSearcher struct {
	search.Searcher
	p    *phrase
	pos  [][]search.Location // per term of p, where the current match holds it
	next []int               // per term, the first of pos a later start can use
	at   []int               // per term, where in pos it stands in the phrase found
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for {
		d, err := s.Searcher.Next(ctx)
		if err != nil || d == nil || s.holds(d) {
			return d, err
		}
		ctx.DocumentMatchPool.Put(d)
	}
}

func (s *phraseSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	if err != nil || d == nil || s.holds(d) {
		return d, err
	}
	ctx.DocumentMatchPool.Put(d)
	return s.Next(ctx)
}

// holds reports whether the match d holds the phrase: its terms, at
// positions as far apart as in the phrase, in one value of the field. It
// leaves in d the locations of the phrase's terms where they form it, as
// bleve's phrase searcher does, for fragments to mark.
func (s *phraseSearcher) holds(d *search.DocumentMatch) bool {
	terms := s.p.terms
	if s.pos == nil {
		s.pos, s.next, s.at = make([][]search.Location, len(terms)), make([]int, len(terms)), make([]int, len(terms))
	}
	for i := range s.pos {
		s.pos[i], s.next[i] = s.pos[i][:0], 0
	}
	for _, l := range d.FieldTermLocations {
		for i, t := range terms {
			if t == l.Term && l.Field == s.p.field {
				s.pos[i] = append(s.pos[i], l.Location)
			}
		}
	}
	for i := range s.pos {
		slices.SortFunc(s.pos[i], func(a, b search.Location) int { return cmp.Compare(a.Pos, b.Pos) })
	}
	first := slices.IndexFunc(terms, func(t string) bool { return t != "" })
	found := d.FieldTermLocations[:0]
	for k, start := range s.pos[first] {
		if !s.holdsFrom(start, first) {
			continue
		}
		s.at[first] = k
		for i, t := range terms {
			if t != "" {
				found = append(found, search.FieldTermLocation{Field: s.p.field, Term: t, Location: s.pos[i][s.at[i]]})
			}
		}
	}
	d.FieldTermLocations = found
	return len(found) > 0
}

// holdsFrom reports whether every term of the phrase occurs where it
// would if the phrase's term first stood at start, and notes where (at).
// Starts are asked in order, so that each term's positions are read
// forward once (next).
func (s *phraseSearcher) holdsFrom(start search.Location, first int) bool {
	for i, t := range s.p.terms {
		if t == "" || i == first {
			continue
		}
		want, pos := start.Pos+uint64(i-first), s.pos[i]
		for s.next[i] < len(pos) && pos[s.next[i]].Pos < want {
			s.next[i]++
		}
		s.at[i] = -1
		for k := s.next[i]; k < len(pos) && pos[k].Pos == want && s.at[i] < 0; k++ {
			if slices.Equal(pos[k].ArrayPositions, start.ArrayPositions) {
				s.at[i] = k
			}
		}
		if s.at[i] < 0 {
			return false
		}
	}
	return true
}

func (s *phraseSearcher) DocumentMatchPoolSize() int { return s.Searcher.DocumentMatchPoolSize() + 1 }

// Min is 0, as for bleve's phrase searcher: a phrase is no optional clause.
func (s *phraseSearcher) Min() int { return 0 }
