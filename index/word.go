package index

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/motebok/motebok/extractors/norm"
)

// Weights of the ways a query word can match, relative to its stem in the
// text (1). Measured on real documents and questions (see README
// "Search"): the stemmed text decides; a title or an exact form only breaks
// ties, so that a short generic title cannot outrank a document that holds
// every word.
const (
	exactWeight   = 0.2 // the word as typed, unstemmed
	titleWeight   = 0.2
	bodyWeight    = 0.2 // the meeting body's name
	variantWeight = 0.8 // other spelling or bokmål/nynorsk form
	deriveWeight  = 0.5 // the word a derivation is made from (godkjenning → godkjenne)
	partWeight    = 0.3 // one part of a split compound alone
)

// alt is one way a word matches, with its weight.
type alt struct {
	q      query.Query
	weight float64
}

// wordQuery matches one word typed without field: its stem in the text
// (the ASCII spellings when typed in ASCII), its exact form, its other
// spellings, compounds holding it, and, for a word the index never saw
// alone or in a compound, its parts.
func (s *searcher) wordQuery(word string) query.Query {
	stems := s.stems(word)
	if len(stems) == 0 { // a stop word, searched when it is all there is
		return termQuery(s.set.exact, strings.ToLower(word))
	}
	if len(stems) > 1 { // a word with punctuation inside: 2024-03, elbil/lader
		return fieldQuery(s.primary(word), word, true)
	}
	stem, field := stems[0], s.primary(word)
	if field == s.set.fold {
		stem = norm.Fold(stem)
	}
	alts := []alt{
		{termQuery(field, stem), 1},
		{termQuery(s.set.exact, strings.ToLower(word)), exactWeight},
		{fieldQuery(fTitle, word, false), titleWeight},
		{fieldQuery(fBodyText, word, false), bodyWeight},
	}
	variants := s.variants(field, stem)
	for _, v := range variants {
		alts = append(alts, alt{termQuery(field, v), variantWeight})
	}
	for _, d := range derivationBases(stem) {
		alts = append(alts, alt{termQuery(field, d), deriveWeight})
	}
	cq := s.compoundQuery(field, stem)
	switch {
	case cq != nil:
		alts = append(alts, alt{cq, compoundBoost})
	case len(variants) == 0 && s.docFreq(field, stem) == 0:
		alts = append(alts, s.splitAlts(field, word)...)
	}
	return anyOf(alts)
}

// anyOf is a disjunction of alts scored as the weighted sum of the matches.
// Bleve scales a disjunction's score by the share of its clauses matched;
// weighting each clause by their number undoes that, so that the score of a
// word does not depend on how many ways it could have matched.
func anyOf(alts []alt) query.Query {
	qs := make([]query.Query, len(alts))
	for i, a := range alts {
		scale(a.q, a.weight*float64(len(alts)))
		qs[i] = a.q
	}
	return query.NewDisjunctionQuery(qs)
}

// scale multiplies the boosts of the leaves of q by f: bleve ignores the
// boost of a conjunction or disjunction itself.
func scale(q query.Query, f float64) {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			scale(c, f)
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			scale(c, f)
		}
	case query.BoostableQuery:
		q.SetBoost(q.Boost() * f)
	}
}

// stems returns the terms the main analyser makes of text: none for a stop
// word.
func (ix *Index) stems(text string) []string {
	a := ix.bi.Mapping().AnalyzerNamed(AnalyzerName)
	var out []string
	for _, t := range a.Analyze([]byte(text)) {
		out = append(out, string(t.Term))
	}
	return out
}

// primary is the field a word's stem is looked up in: the ASCII spellings
// for a word typed in ASCII, which also hold every ASCII word of the text,
// else the text.
func (s *searcher) primary(word string) string {
	if isASCII(word) {
		return s.set.fold
	}
	return s.set.text
}

// docFreq is the number of documents holding term in field. A term
// reader looks the term up in each segment's dictionary; a dictionary
// range would walk it, several times slower.
func (ix *Index) docFreq(field, term string) uint64 {
	r, err := ix.reader()
	if err != nil {
		return 0
	}
	defer r.Close()
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), field, false, false, false)
	if err != nil {
		return 0
	}
	defer tfr.Close()
	return tfr.Count()
}

// variants are the other spellings of stem the index holds: the bokmål or
// nynorsk form (see spellings.go), the compound written with or without
// a linking letter (boltkutter, boltekutter; prikkregler, prikkeregler),
// and, typed in ASCII, the short spelling (aarsmote, arsmote).
func (s *searcher) variants(field, stem string) []string {
	var out []string
	cands := append(otherForms(stem), linkingVariants(stem)...)
	if field == s.set.fold {
		cands = append(cands, norm.ShortSpelling(stem))
	}
	for _, v := range cands {
		if field == s.set.fold {
			v = norm.Fold(v)
		}
		if v != stem && !slices.Contains(out, v) && s.docFreq(field, v) > 0 {
			out = append(out, v)
		}
	}
	return out
}

// isASCII reports whether s was typed without æøå or other non-ASCII
// letters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
