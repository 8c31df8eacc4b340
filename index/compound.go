package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Compound search without a word list: a query word's stem is looked up as
// the start of indexed stems (legevakt → legevaktsamarbeid) and, through
// the reversed field, as their end (sikkerhet → informasjonssikkerhet).
// The index's own vocabulary is the dictionary, read at query time, so
// indexing stays independent of the rest of the corpus.
const (
	minCompoundStem = 4    // shorter stems (sak, møt) match too much
	minCompoundRest = 3    // the other part of the compound
	maxExpansions   = 24   // per direction, most frequent first
	maxScanned      = 5000 // dictionary entries read per lookup
	compoundBoost   = 0.4
)

// derivations are endings that make a new word, not a compound:
// veiled+ning is not a kind of veileder.
var derivations = []string{"ning", "ing", "else", "het", "heit", "lig", "leg", "ende", "sjon", "skap", "dom", "isk", "ig"}

// compoundQuery returns a disjunction of the compounds holding the words of
// text, or nil when there are none.
func (s *searcher) compoundQuery(text string, boost float64) query.Query {
	if !s.has(s.set.rev) {
		return nil
	}
	a := s.bi.Mapping().AnalyzerNamed(AnalyzerName)
	if a == nil {
		return nil
	}
	var alts []query.Query
	for _, tok := range a.Analyze([]byte(text)) {
		stem := string(tok.Term)
		if utf8.RuneCountInString(stem) < minCompoundStem {
			continue
		}
		for _, t := range s.expand(s.set.text, stem, isCompoundHead) {
			alts = append(alts, termQuery(s.set.text, t))
		}
		for _, t := range s.expand(s.set.rev, reverseString(stem), isCompoundTail) {
			alts = append(alts, termQuery(s.set.rev, t))
		}
	}
	if len(alts) == 0 {
		return nil
	}
	// Bleve ignores a disjunction's own boost and scales its score by the
	// share of clauses matched; boosting each clause by their number makes
	// the score independent of how many compounds the vocabulary holds.
	for _, q := range alts {
		q.(query.BoostableQuery).SetBoost(boost * compoundBoost * float64(len(alts)))
	}
	return query.NewDisjunctionQuery(alts)
}

// expand returns up to maxExpansions terms of field that start with prefix
// and pass keep, the most frequent first.
func (ix *Index) expand(field, prefix string, keep func(rest string) bool) []string {
	dict, err := ix.bi.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil
	}
	defer dict.Close()
	type cand struct {
		term  string
		count uint64
	}
	var cands []cand
	for i := 0; i < maxScanned; i++ {
		e, err := dict.Next()
		if err != nil || e == nil {
			break
		}
		if keep(e.Term[len(prefix):]) {
			cands = append(cands, cand{e.Term, e.Count})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.count, a.count) })
	var out []string
	for _, c := range cands[:min(len(cands), maxExpansions)] {
		out = append(out, c.term)
	}
	return out
}

// isCompoundHead accepts the rest after a stem at the start of a word.
func isCompoundHead(rest string) bool {
	if utf8.RuneCountInString(rest) < minCompoundRest {
		return false
	}
	for _, d := range derivations {
		if strings.HasPrefix(rest, d) {
			return false
		}
	}
	return true
}

// isCompoundTail accepts the (reversed) rest before a stem at the end.
func isCompoundTail(rest string) bool {
	return utf8.RuneCountInString(rest) >= minCompoundRest
}

// reverseString reverses s as the rev fields' filter does.
func reverseString(s string) string {
	ts := ReverseFilter{}.Filter(analysis.TokenStream{{Term: []byte(s)}})
	return string(ts[0].Term)
}
