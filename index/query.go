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
var searchFields = []weighted{
	{fTitle, 3, true},
	{fText, 1, false},
	{fExact, 1.5, true},
	{fDecision, 1.5, false},
	{fBodyText, 0.5, false},
	{fFold, 0.3, false},
}

// fieldAliases maps the field names users type to index fields.
var fieldAliases = map[string]string{
	"title": fTitle, "tittel": fTitle, "text": fText, "tekst": fText,
	"kind": fKind, "body": fBodyText, "organ": fBodyText, "year": fYear, "år": fYear,
	"path": fPath, "format": fFormat, "case": fCase, "sak": fCase,
	"decision": fDecision, "vedtak": fDecision, "lang": fLang, "språk": fLang,
	"date": fDate, "dato": fDate,
}

// parse turns q.Text into a bleve query searching the index's fields.
func (ix *Index) parse(text string) query.Query {
	if strings.TrimSpace(text) == "" {
		return query.NewMatchAllQuery()
	}
	parsed, err := query.NewQueryStringQuery(text).Parse()
	if err != nil {
		// Not the query syntax (a time "13:30", a stray quote): the words
		// as written.
		return ix.spreadMatch(query.NewMatchQuery(text))
	}
	return ix.rewrite(parsed)
}

// rewrite spreads field-less leaves over searchFields and resolves field
// aliases, keeping the boolean structure the parser built.
func (ix *Index) rewrite(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		q.Must, q.Should, q.MustNot = ix.rewrite(q.Must), ix.rewrite(q.Should), ix.rewrite(q.MustNot)
	case *query.ConjunctionQuery:
		ix.rewriteAll(q.Conjuncts)
	case *query.DisjunctionQuery:
		ix.rewriteAll(q.Disjuncts)
	case *query.MatchQuery:
		if q.FieldVal == "" {
			return ix.spreadMatch(q)
		}
		q.FieldVal = alias(q.FieldVal)
		q.Analyzer = ix.prof.analyzer(q.FieldVal)
	case *query.MatchPhraseQuery:
		if q.FieldVal == "" {
			return ix.spreadPhrase(q)
		}
		q.FieldVal = alias(q.FieldVal)
		if slices.Contains(keywordFields, q.FieldVal) {
			return termQuery(q.FieldVal, q.MatchPhrase) // one term, no positions
		}
		q.Analyzer = ix.prof.analyzer(q.FieldVal)
	case *query.WildcardQuery:
		q.FieldVal = defaultField(q.FieldVal, ix.exactField())
		q.Wildcard = strings.ToLower(q.Wildcard)
	case *query.RegexpQuery:
		q.FieldVal = defaultField(q.FieldVal, ix.exactField())
	case query.FieldableQuery:
		q.SetField(alias(q.Field()))
	}
	return q
}

func (ix *Index) rewriteAll(qs []query.Query) {
	for i, q := range qs {
		qs[i] = ix.rewrite(q)
	}
}

// spreadMatch searches a word in every field, plus compounds holding it.
func (ix *Index) spreadMatch(m *query.MatchQuery) query.Query {
	var alts []query.Query
	for _, w := range ix.fields(false) {
		c := *m
		c.FieldVal, c.Analyzer = w.field, ix.prof.analyzer(w.field)
		c.SetBoost(m.Boost() * w.boost)
		alts = append(alts, &c)
	}
	if m.Fuzziness == 0 && m.Prefix == 0 {
		if cq := ix.compoundQuery(m.Match, m.Boost()); cq != nil {
			alts = append(alts, cq)
		}
	}
	return query.NewDisjunctionQuery(alts)
}

// spreadPhrase searches a phrase in every field that keeps positions.
func (ix *Index) spreadPhrase(m *query.MatchPhraseQuery) query.Query {
	var alts []query.Query
	for _, w := range ix.fields(true) {
		c := *m
		c.FieldVal, c.Analyzer = w.field, ix.prof.analyzer(w.field)
		c.SetBoost(m.Boost() * w.boost)
		alts = append(alts, &c)
	}
	return query.NewDisjunctionQuery(alts)
}

// fields lists the searchFields this index has.
func (ix *Index) fields(phrase bool) []weighted {
	var out []weighted
	for _, w := range searchFields {
		if ix.has(w.field) && (w.phrase || !phrase) {
			out = append(out, w)
		}
	}
	return out
}

// has reports whether the index's profile includes field.
func (ix *Index) has(field string) bool { return ix.prof.analyzer(field) != "" }

// exactField holds unstemmed forms, where wildcards and regexps belong.
func (ix *Index) exactField() string {
	if ix.has(fExact) {
		return fExact
	}
	return fText
}

func alias(field string) string {
	if f, ok := fieldAliases[strings.ToLower(field)]; ok {
		return f
	}
	return field
}

func defaultField(field, def string) string {
	if field == "" {
		return def
	}
	return alias(field)
}
