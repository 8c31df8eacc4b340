package index

import (
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Query is a search: Text in the query language of parseQuery and filters.
// Fields users may name: title, text, kind, body, year, path, format, case,
// decision, lang (also tittel, tekst, organ, år, sak, vedtak, språk).
type Query struct {
	Text      string
	Kind      string    // kind of document: minutes, presentation, guide, other
	Body      string    // meeting body; every word must occur in it
	From, To  time.Time // inclusive date range; zero = open
	Limit     int       // hits to return, default 10
	Offset    int       // hits to skip before them, for paging
	ByDate    bool      // page through the first MaxLimit hits ordered by date, newest first
	CasesOnly bool      // search cases (agenda items) instead of files
	Facets    bool      // count kind, body, year, format and lang over all matches (costs a visit of each match)
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

// fieldAliases maps the field names users type to index fields; text and
// tekst name the text field of the set searched (see searcher.alias).
var fieldAliases = map[string]string{
	"title": fTitle, "tittel": fTitle,
	"kind": fKind, "body": fBodyText, "organ": fBodyText, "year": fYear, "år": fYear,
	"path": fPath, "format": fFormat, "case": fCase, "sak": fCase,
	"decision": fDecision, "vedtak": fDecision, "lang": fLang, "språk": fLang,
	"date": fDate, "dato": fDate,
}

// compiled is a parsed query as bleve queries, built once for both the
// search requiring every group and the one that falls back to any.
type compiled struct {
	groups  []query.Query // one per scored group
	not     []query.Query
	near    query.Query // proximity bonus, or nil
	nearAny query.Query // near's terms anywhere (see nearTerms), or nil
}

// compile turns a parsed query into bleve queries. Stop words are left out
// unless the query holds nothing else.
func (s *searcher) compile(pq parsedQuery) compiled {
	var c compiled
	for _, g := range s.scoredGroups(pq.groups) {
		c.groups = append(c.groups, s.groupQuery(g))
	}
	for _, t := range pq.not {
		c.not = append(c.not, s.termQuery(t))
	}
	c.near, c.nearAny = s.proximity(pq.groups)
	return c
}

// query combines the compiled parts. With all set every group must match;
// otherwise any one, and documents matching more groups score higher.
func (c compiled) query(all bool) query.Query {
	b := query.NewBooleanQuery(nil, nil, nil)
	switch {
	case len(c.groups) == 0:
		b.AddMust(query.NewMatchAllQuery())
	case all:
		b.AddMust(c.groups...)
		if c.near != nil {
			b.AddShould(c.near)
		}
	default:
		b.AddShould(c.groups...)
	}
	if len(c.not) > 0 {
		b.AddMustNot(c.not...)
	}
	return b
}

// matches is query without the proximity bonus: the same matches, and the
// same match locations (the bonus's words are the groups' words).
func (c compiled) matches(all bool) query.Query {
	c.near = nil
	return c.query(all)
}

// scoredGroups drops the groups that are a single stop word, unless every
// group is one.
func (s *searcher) scoredGroups(groups [][]term) [][]term {
	var kept [][]term
	for _, g := range groups {
		if len(g) > 1 || g[0].field != "" || g[0].phrase || g[0].expanding() || len(s.stems(g[0].text)) > 0 {
			kept = append(kept, g)
		}
	}
	if len(kept) == 0 {
		return groups
	}
	return kept
}

// groupQuery matches any of the group's terms.
func (s *searcher) groupQuery(g []term) query.Query {
	if len(g) == 1 {
		return s.termQuery(g[0])
	}
	qs := make([]query.Query, len(g))
	for i, t := range g {
		qs[i] = s.termQuery(t)
	}
	return query.NewDisjunctionQuery(qs)
}

// termQuery is the query of one term.
func (s *searcher) termQuery(t term) query.Query {
	field := ""
	if t.field != "" {
		field = s.alias(t.field)
	}
	switch {
	case t.wild:
		return s.wildcardQuery(field, t.text)
	case t.fuzzy > 0:
		q := query.NewFuzzyQuery(strings.ToLower(t.text))
		q.SetField(s.defaultField(field))
		q.SetFuzziness(t.fuzzy)
		return q
	case field == fDate:
		return dateQuery(t.text)
	case field != "":
		return fieldQuery(field, t.text, t.phrase)
	case t.phrase:
		return s.phraseQuery(t.text)
	}
	return s.wordQuery(t.text)
}

// wildcardQuery matches a pattern against unstemmed forms, where the
// pattern's letters are found as typed.
func (s *searcher) wildcardQuery(field, pattern string) query.Query {
	q := query.NewWildcardQuery(strings.ToLower(pattern))
	q.SetField(s.defaultField(field))
	return q
}

// defaultField is field, or the exact forms when none is named.
func (s *searcher) defaultField(field string) string {
	if field == "" || field == s.set.text {
		return s.set.exact
	}
	return field
}

// fieldQuery matches value in a named field: one term in a keyword field,
// else all its words (in order when quoted).
func fieldQuery(field, value string, phrase bool) query.Query {
	if isKeyword(field) {
		if field == fKind {
			value = strings.ToLower(value)
		}
		return termQuery(field, value)
	}
	if phrase {
		q := query.NewMatchPhraseQuery(value)
		q.SetField(field)
		q.Analyzer = analyzer(field)
		return q
	}
	q := query.NewMatchQuery(value)
	q.SetField(field)
	q.Analyzer = analyzer(field)
	q.SetOperator(query.MatchQueryOperatorAnd)
	return q
}

// dateQuery matches date:YYYY, date:YYYY-MM or date:YYYY-MM-DD; any other
// value matches nothing.
func dateQuery(value string) query.Query {
	for _, l := range []struct {
		layout string
		y, m   int
		d      int
	}{{time.DateOnly, 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(l.layout, value); err == nil {
			return dateRange(t, t.AddDate(l.y, l.m, l.d-1))
		}
	}
	return query.NewMatchNoneQuery()
}

// phraseQuery matches the words of a phrase in order, in any inflection
// and with or without æøå (the fold field, which finds every phrase the
// exact forms would), in the text or the title. A phrase of stop words
// only, which those fields do not hold, matches its words as written in
// any order.
func (s *searcher) phraseQuery(text string) query.Query {
	if len(s.bi.Mapping().AnalyzerNamed(FoldAnalyzerName).Analyze([]byte(text))) == 0 {
		return fieldQuery(s.set.exact, text, false)
	}
	var alts []query.Query
	for _, f := range []string{s.set.fold, fTitle} {
		alts = append(alts, matchPhrase(s.bi.Mapping(), f, text))
	}
	return query.NewDisjunctionQuery(alts)
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

// proximityWeight is the weight of a query's plain words standing together
// in the order typed, added to the score of the words themselves.
const proximityWeight = 0.5

// proximity rewards the documents holding the query's plain words as a
// phrase; nil when the query has fewer than two or holds other terms. The
// second query is the phrase's terms anywhere (see nearTerms).
func (s *searcher) proximity(groups [][]term) (query.Query, query.Query) {
	var words []string
	for _, g := range groups {
		if len(g) > 1 || g[0].field != "" || g[0].phrase || g[0].expanding() {
			return nil, nil
		}
		words = append(words, g[0].text)
	}
	if len(words) < 2 {
		return nil, nil
	}
	text := strings.Join(words, " ")
	field := s.primary(text)
	q := matchPhrase(s.bi.Mapping(), field, text)
	q.SetBoost(proximityWeight)
	return q, s.nearTerms(text, field)
}
