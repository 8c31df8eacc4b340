package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bsearcher "github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// A search of files or of cases used to filter every match by its type,
// and checking the type of each match was a third of a one-word search.
// Most matches come from the big text fields, which only one type holds
// (fieldSet), so the filter is needed only where a query reads a field
// both types hold (the title, the body's name, keywords): typed moves it
// there. The matches, their scores and locations stay the same: a filter
// does not score, and a match of another type only ever came through
// such a field.

// typed returns q with each clause that could match a document of
// another type than typ filtered by typ, where needed for every match of
// q to be of type typ; ok is false when q holds a query typed does not
// know, or one that matches without reading a field (all documents), for
// which the caller filters the whole query.
func typed(q query.Query, typ string) (_ query.Query, ok bool) {
	switch q := q.(type) {
	case fielded:
		if isTyped(q, typ) {
			return q, true
		}
		return &filtered{q, termQuery(fType, typ)}, true
	case *query.ConjunctionQuery:
		// A match of a conjunction matches each of its clauses: one typed clause types it.
		for _, c := range q.Conjuncts {
			if isTyped(c, typ) {
				return q, true
			}
		}
		if len(q.Conjuncts) == 0 {
			return nil, false
		}
		first, ok := typed(q.Conjuncts[0], typ)
		c := *q
		c.Conjuncts = append([]query.Query{first}, q.Conjuncts[1:]...)
		return &c, ok
	case *query.DisjunctionQuery:
		d := *q
		d.Disjuncts = make([]query.Query, len(q.Disjuncts))
		for i, c := range q.Disjuncts {
			if d.Disjuncts[i], ok = typed(c, typ); !ok {
				return nil, false
			}
		}
		return &d, len(q.Disjuncts) > 0
	case *query.BooleanQuery:
		// A match of a boolean query matches its required clauses, or
		// without them one of its optional ones; excluded ones and a
		// filter of its own only take matches away.
		b := *q
		switch {
		case q.Must != nil:
			b.Must, ok = typed(q.Must, typ)
		case q.Should != nil:
			b.Should, ok = typed(q.Should, typ)
		}
		return &b, ok
	}
	return nil, false
}

// isTyped reports whether q reads one field, which only documents of
// type typ hold.
func isTyped(q query.Query, typ string) bool {
	f, ok := q.(fielded)
	return ok && fieldType(f.Field()) == typ
}

// fielded is a query of one field: bleve's term, match, phrase, prefix,
// wildcard, fuzzy, regexp and range queries, and phrase.
type fielded interface {
	query.Query
	Field() string
}

// fieldType is the type of document that alone holds field, or "" when
// both types may hold it.
func fieldType(field string) string {
	for _, s := range fieldSets {
		switch field {
		case s.text, s.exact, s.fold, s.rev:
			return s.typ
		}
	}
	return ""
}

// filtered matches the matches of q that filter matches too, scored as q
// scores them: a filter does not score.
type filtered struct {
	q, filter query.Query
}

func (f *filtered) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	qs, err := f.q.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	fs, err := f.filter.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		_ = qs.Close()
		return nil, err
	}
	c := &filterCursor{s: fs}
	return &filterSearcher{bsearcher.NewFilteringSearcher(ctx, qs, c.holds), fs}, nil
}

// Validate validates both queries, where they validate.
func (f *filtered) Validate() error {
	for _, q := range []query.Query{f.q, f.filter} {
		if v, ok := q.(query.ValidatableQuery); ok {
			if err := v.Validate(); err != nil {
				return err
			}
		}
	}
	return nil
}

// filterCursor walks the matches of a filter along the matches it is
// asked about, which come in document order.
type filterCursor struct {
	s       search.Searcher
	at      *search.DocumentMatch // the filter's match at or after the last one asked about; nil when done
	started bool
}

// holds reports whether the filter matches d. After an error the filter
// matches nothing more, as bleve's filter of a boolean query does.
func (c *filterCursor) holds(sctx *search.SearchContext, d *search.DocumentMatch) bool {
	var err error
	if !c.started {
		c.at, err = c.s.Next(sctx)
		c.started = true
	}
	if err == nil && c.at != nil && c.at.IndexInternalID.Compare(d.IndexInternalID) < 0 {
		sctx.DocumentMatchPool.Put(c.at)
		c.at, err = c.s.Advance(sctx, d.IndexInternalID)
	}
	if err != nil {
		c.at = nil
	}
	return c.at != nil && c.at.IndexInternalID.Equals(d.IndexInternalID)
}

// filterSearcher is a filtering searcher that closes its filter too.
type filterSearcher struct {
	*bsearcher.FilteringSearcher
	filter search.Searcher
}

func (s *filterSearcher) Close() error {
	err := s.FilteringSearcher.Close()
	if ferr := s.filter.Close(); err == nil {
		err = ferr
	}
	return err
}
