package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bsearcher "github.com/blevesearch/bleve/v2/search/searcher"
)

// Result is one page of search results.
type Result struct {
	Total uint64 `json:"total"` // matching index documents, before grouping
	// Partial is set when no document holds every word of the query and
	// the hits hold some of them.
	Partial bool                    `json:"partial,omitempty"`
	Hits    []Hit                   `json:"hits"`
	Facets  map[string][]FacetCount `json:"facets,omitempty"` // kind, body, year, format, lang over all matches, when asked for
}

// Hit is a file or a case. Formats of one meeting or document (DOCX, PDF,
// ODT of the same minutes) are one hit: the best scoring one, with the
// other paths in Also.
type Hit struct {
	ID        string   `json:"id"`
	Path      string   `json:"path"`
	Title     string   `json:"title"`
	Kind      string   `json:"kind"`
	Date      string   `json:"date,omitempty"` // YYYY-MM-DD
	Body      string   `json:"body,omitempty"`
	Case      string   `json:"case,omitempty"`     // case number, for case hits
	Decision  string   `json:"decision,omitempty"` // what was decided, for case hits
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments,omitempty"` // plain text, matches in MarkStart…MarkEnd
	Page      int      `json:"page,omitempty"`      // page or slide of the best fragment, when known
	Also      []string `json:"also,omitempty"`
}

// FacetCount is one value of a facet and how many matches have it.
type FacetCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

const (
	defaultLimit = 10
	// MaxLimit is the most hits one search returns.
	MaxLimit  = 1000
	overfetch = 3 // candidates per hit, so that grouping still fills the page
)

// hitFields are the stored fields a candidate hit is read with.
var hitFields = []string{fType, fPath, fTitle, fKind, fDate, fBody, fCase, fGroup, fCopy, fPages, fAnswer}

// Search runs q and returns its page of grouped hits, with fragments, and
// facets. Only the hits of the page get fragments.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	ranked := min(max(q.Offset, 0)+limit, MaxLimit) // hits ranked to cut the page from
	if q.ByDate {
		ranked = MaxLimit
	}
	pq, err := parseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, SearchTimeout)
	defer cancel()
	waitAnswer := ix.startAnswer(ctx, q, pq)
	s := ix.searcher(q.CasesOnly)
	text := s.compile(pq)
	fc := s.facetCounter(q.Facets)
	res, err := s.run(ctx, q, text, true, ranked, fc)
	partial := err == nil && res.Total == 0 && len(text.groups) > 1
	if partial {
		// No document holds every word: rank those holding some.
		fc = s.facetCounter(q.Facets)
		res, err = s.run(ctx, q, text, false, ranked, fc)
	}
	if err != nil {
		return nil, searchError(q.Text, err)
	}
	hits := group(res.Hits, ranked, s.copies().of)
	a, err := waitAnswer()
	if err != nil {
		return nil, searchError(q.Text, err)
	}
	if a != nil {
		hits = append([]Hit{*a}, hits[:min(len(hits), ranked-1)]...)
	}
	if q.ByDate {
		slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Date, a.Date) })
	}
	hits = hits[min(max(q.Offset, 0), len(hits)):min(max(q.Offset, 0)+limit, len(hits))]
	if q.Text != "" {
		// The answer, a case, is no file: a search of files finds no
		// fragments of it.
		if err := s.addFragments(ctx, text, !partial, s.expandingMatchers(pq), hits); err != nil {
			return nil, searchError(q.Text, err)
		}
	}
	return &Result{Total: res.Total, Partial: partial, Hits: hits, Facets: fc.result()}, nil
}

// run searches text within the filters of q, requiring every group when
// all is set, for limit×overfetch candidates, the best score first and
// equal scores in id order, with the stored fields of hitFields; without
// text, the newest first. fc, when not nil, counts the matches.
func (s *searcher) run(ctx context.Context, q Query, text compiled, all bool, limit int, fc *facetCounter) (*bleve.SearchResult, error) {
	var res *bleve.SearchResult
	var err error
	if all && text.nearAny != nil && q.Text != "" {
		res, err = s.nearCandidates(ctx, q, text, limit*overfetch, fc)
	} else {
		res, err = s.candidates(ctx, q, s.buildQuery(q, text.query(all)), limit*overfetch, fc)
	}
	if err != nil {
		return nil, err
	}
	return res, s.loadFields(res.Hits, hitFields)
}

// candidates are the size best matches of bq in run's order (see rank);
// fc, when not nil, counts the matches.
func (s *searcher) candidates(ctx context.Context, q Query, bq query.Query, size int, fc *facetCounter) (*bleve.SearchResult, error) {
	if fc != nil {
		bq = fc.counting(bq)
	}
	if q.Text == "" {
		return s.collect(ctx, bq, size, "-"+fDate, "_id")
	}
	return s.rank(ctx, bq, nil, size)
}

// collect sends one search request for size hits of bq in the order of
// sortBy.
func (s *searcher) collect(ctx context.Context, bq query.Query, size int, sortBy ...string) (*bleve.SearchResult, error) {
	req := bleve.NewSearchRequestOptions(bq, size, 0, false)
	req.SortBy(sortBy)
	return s.bi.SearchInContext(ctx, req)
}

// loadFields reads the stored fields of the matches (see storedReader).
func (s *searcher) loadFields(ms search.DocumentMatchCollection, fields []string) error {
	sr, err := s.storedReader()
	if err != nil {
		return err
	}
	defer sr.Close()
	return sr.load(ms, fields)
}

// buildQuery combines the text query with the filters of q.
func (s *searcher) buildQuery(q Query, text query.Query) query.Query {
	filters := filtersOf(q)
	if t, ok := typed(text, s.set.typ); ok {
		text = t
	} else {
		filters = append([]query.Query{termQuery(fType, s.set.typ)}, filters...)
	}
	switch len(filters) {
	case 0:
		return text
	case 1:
		return &filtered{text, filters[0]} // a conjunction of one costs a third of a one-word search
	}
	return &filtered{text, query.NewConjunctionQuery(filters)}
}

// filtersOf are the filters q sets besides the type: kind, body and dates.
func filtersOf(q Query) []query.Query {
	var filters []query.Query
	if q.Kind != "" {
		filters = append(filters, termQuery(fKind, strings.ToLower(q.Kind)))
	}
	if q.Body != "" {
		m := query.NewMatchQuery(q.Body)
		m.SetField(fBodyText)
		m.Analyzer = analyzer(fBodyText)
		m.SetOperator(query.MatchQueryOperatorAnd)
		filters = append(filters, m)
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		filters = append(filters, dateRange(q.From, q.To))
	}
	return filters
}

// dateRange matches dates from from to to, both days included.
func dateRange(from, to time.Time) query.Query {
	yes := true
	if !to.IsZero() {
		to = to.Truncate(24 * time.Hour).Add(24*time.Hour - time.Nanosecond)
	}
	q := query.NewDateRangeInclusiveQuery(from, to, &yes, &yes)
	q.SetField(fDate)
	return q
}

// SearchTimeout bounds one search; past it the search fails with a message
// asking for a narrower query.
const SearchTimeout = 10 * time.Second

// maxTermExpansion bounds the terms one wildcard or fuzzy term may expand
// to; bleve refuses such a term with TooManyClauses. It is bleve's
// process-wide setting, set once here.
const maxTermExpansion = 1024

func init() { bsearcher.DisjunctionMaxClauseCount = maxTermExpansion }

// searchError explains a failed search: a query that expands too far or
// runs too long is the user's to change (ErrQuery).
func searchError(text string, err error) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w: searching %q took longer than %s; use fewer or longer words", ErrQuery, text, SearchTimeout)
	case strings.Contains(err.Error(), "TooManyClauses"):
		return fmt.Errorf("%w: a wildcard or fuzzy term of %q matches more than %d words; make it longer", ErrQuery, text, maxTermExpansion)
	}
	return fmt.Errorf("searching %q: %w", text, err)
}
