package index

import (
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Query is a search: Text in bleve's query-string syntax ("phrases",
// +must, -mustnot, field:value, word~1 fuzzy, pre* wildcard) and filters.
// Fields users may name: title, text, kind, body, year, path, format, case,
// decision, lang (also tittel, tekst, organ, år, sak, vedtak, språk).
type Query struct {
	Text      string
	Kind      string    // kind of document: minutes, presentation, guide, other
	Body      string    // meeting body; every word must occur in it
	From, To  time.Time // inclusive date range; zero = open
	Limit     int       // hits to return, default 10
	CasesOnly bool      // search cases (agenda items) instead of files
	Facets    bool      // count kind, body and year over all matches (costs a visit of each match)
}

// searcher is one search: the index and the field set of the type of
// document searched, files or cases.
type searcher struct {
	*Index
	set fieldSet
}

// searcher returns the searcher of cases when cases is set, else of files.
func (ix *Index) searcher(cases bool) *searcher {
	if cases {
		return &searcher{ix, caseSet}
	}
	return &searcher{ix, fileSet}
}

// weighted is a field searched for a plain word or phrase, with its boost.
type weighted struct {
	field  string
	boost  float64
	phrase bool // also searched for phrases
}

// searchFields are the fields a word without field: prefix goes to. An
// exact form outranks a stemmed one; ASCII spellings rank last. A quoted
// phrase is the wording as written: it is searched in the exact forms (and
// the title), which also keeps it fast, as one positional check over the
// long text is the costliest part of a search.
func (s fieldSet) searchFields() []weighted {
	return []weighted{
		{fTitle, 3, true},
		{s.text, 1, false},
		{s.exact, 1.5, true},
		{fDecision, 1.5, false},
		{fBodyText, 0.5, false},
		{s.fold, 0.3, false},
	}
}

// fieldAliases maps the field names users type to index fields; text and
// tekst name the text field of the set searched (see searcher.alias).
var fieldAliases = map[string]string{
	"title": fTitle, "tittel": fTitle,
	"kind": fKind, "body": fBodyText, "organ": fBodyText, "year": fYear, "år": fYear,
	"path": fPath, "format": fFormat, "case": fCase, "sak": fCase,
	"decision": fDecision, "vedtak": fDecision, "lang": fLang, "språk": fLang,
	"date": fDate, "dato": fDate,
}

// parse turns q.Text into a bleve query searching the set's fields.
func (s *searcher) parse(text string) query.Query {
	if strings.TrimSpace(text) == "" {
		return query.NewMatchAllQuery()
	}
	parsed, err := query.NewQueryStringQuery(text).Parse()
	if err != nil {
		// Not the query syntax (a time "13:30", a stray quote): the words
		// as written.
		return s.spreadMatch(query.NewMatchQuery(text))
	}
	return s.rewrite(parsed)
}

// rewrite spreads field-less leaves over the search fields and resolves
// field aliases, keeping the boolean structure the parser built.
func (s *searcher) rewrite(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		q.Must, q.Should, q.MustNot = s.rewrite(q.Must), s.rewrite(q.Should), s.rewrite(q.MustNot)
	case *query.ConjunctionQuery:
		s.rewriteAll(q.Conjuncts)
	case *query.DisjunctionQuery:
		s.rewriteAll(q.Disjuncts)
	case *query.MatchQuery:
		if q.FieldVal == "" {
			return s.spreadMatch(q)
		}
		q.FieldVal = s.alias(q.FieldVal)
		q.Analyzer = s.prof.analyzer(q.FieldVal)
	case *query.MatchPhraseQuery:
		if q.FieldVal == "" {
			return s.spreadPhrase(q)
		}
		q.FieldVal = s.alias(q.FieldVal)
		if slices.Contains(keywordFields, q.FieldVal) {
			return termQuery(q.FieldVal, q.MatchPhrase) // one term, no positions
		}
		q.Analyzer = s.prof.analyzer(q.FieldVal)
	case *query.WildcardQuery:
		q.FieldVal = s.defaultField(q.FieldVal, s.exactField())
		q.Wildcard = strings.ToLower(q.Wildcard)
	case *query.RegexpQuery:
		q.FieldVal = s.defaultField(q.FieldVal, s.exactField())
	case query.FieldableQuery:
		q.SetField(s.alias(q.Field()))
	}
	return q
}

func (s *searcher) rewriteAll(qs []query.Query) {
	for i, q := range qs {
		qs[i] = s.rewrite(q)
	}
}

// spreadMatch searches a word in every field, plus compounds holding it.
func (s *searcher) spreadMatch(m *query.MatchQuery) query.Query {
	var alts []query.Query
	for _, w := range s.fields(false) {
		c := *m
		c.FieldVal, c.Analyzer = w.field, s.prof.analyzer(w.field)
		c.SetBoost(m.Boost() * w.boost)
		alts = append(alts, &c)
	}
	if m.Fuzziness == 0 && m.Prefix == 0 {
		if cq := s.compoundQuery(m.Match, m.Boost()); cq != nil {
			alts = append(alts, cq)
		}
	}
	return query.NewDisjunctionQuery(alts)
}

// spreadPhrase searches a phrase in every field that keeps positions.
func (s *searcher) spreadPhrase(m *query.MatchPhraseQuery) query.Query {
	var alts []query.Query
	for _, w := range s.fields(true) {
		c := *m
		c.FieldVal, c.Analyzer = w.field, s.prof.analyzer(w.field)
		c.SetBoost(m.Boost() * w.boost)
		alts = append(alts, &c)
	}
	return query.NewDisjunctionQuery(alts)
}

// fields lists the search fields the index's profile has.
func (s *searcher) fields(phrase bool) []weighted {
	var out []weighted
	for _, w := range s.set.searchFields() {
		if s.has(w.field) && (w.phrase || !phrase) {
			out = append(out, w)
		}
	}
	return out
}

// has reports whether the index's profile includes field.
func (ix *Index) has(field string) bool { return ix.prof.analyzer(field) != "" }

// exactField holds unstemmed forms, where wildcards and regexps belong.
func (s *searcher) exactField() string {
	if s.has(s.set.exact) {
		return s.set.exact
	}
	return s.set.text
}

// alias maps a field name users type to an index field.
func (s *searcher) alias(field string) string {
	f := strings.ToLower(field)
	if f == "text" || f == "tekst" {
		return s.set.text
	}
	if a, ok := fieldAliases[f]; ok {
		return a
	}
	return field
}

func (s *searcher) defaultField(field, def string) string {
	if field == "" {
		return def
	}
	return s.alias(field)
}
