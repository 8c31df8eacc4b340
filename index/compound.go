package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/motebok/motebok/extractors/norm"
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
	compoundBoost   = 0.4  // weight of a compound holding the word
)

// derivations are endings that make a new word, not a compound:
// veiled+ning is not a kind of veileder.
var derivations = []string{"ning", "ing", "else", "het", "heit", "lig", "leg", "ende", "sjon", "skap", "dom", "isk", "ig"}

// compoundQuery returns a disjunction of the compounds of field (text or
// fold) starting with stem and of the text ending with it, or nil when
// there are none.
func (s *searcher) compoundQuery(field, stem string) query.Query {
	if utf8.RuneCountInString(stem) < minCompoundStem {
		return nil
	}
	var alts []query.Query
	for _, t := range s.expand(field, stem, isCompoundHead) {
		alts = append(alts, termQuery(field, t))
	}
	for _, t := range s.expand(s.set.rev, reverseString(stem), isCompoundTail) {
		alts = append(alts, termQuery(s.set.rev, t))
	}
	if len(alts) == 0 {
		return nil
	}
	// Boosting each clause by their number makes the score independent of
	// how many compounds the vocabulary holds (see anyOf).
	for _, q := range alts {
		q.(query.BoostableQuery).SetBoost(float64(len(alts)))
	}
	return query.NewDisjunctionQuery(alts)
}

// splitAlts are the ways a compound the index never saw whole matches: all
// its parts (revisorvalg: revisor and valg), or one part alone at a low
// weight. The parts are the split of word into two stems the index holds
// whose rarer part is the most frequent (a word's parts are common words).
func (s *searcher) splitAlts(field, word string) []alt {
	head, tail := s.split(field, strings.ToLower(word))
	if head == "" {
		return nil
	}
	both := query.NewConjunctionQuery([]query.Query{termQuery(field, head), termQuery(field, tail)})
	return []alt{{both, 1}, {termQuery(field, head), partWeight}, {termQuery(field, tail), partWeight}}
}

// split returns the best split of word into two stems field holds, each at
// least minCompoundRest runes, a linking s or e dropped from the head;
// "", "" when there is none.
func (s *searcher) split(field, word string) (head, tail string) {
	var best uint64
	rs := []rune(word)
	for i := minCompoundRest; i <= len(rs)-minCompoundRest; i++ {
		t := s.fieldStem(field, string(rs[i:]))
		tn := s.docFreq(field, t)
		if tn == 0 {
			continue
		}
		for _, h := range heads(string(rs[:i])) {
			if n := min(tn, s.docFreq(field, s.fieldStem(field, h))); n > best {
				best, head, tail = n, s.fieldStem(field, h), t
			}
		}
	}
	return head, tail
}

// heads are the forms a compound's head takes alone: as written, and
// without a linking s or e (foreldres+møte, skole+e+frukt).
func heads(h string) []string {
	out := []string{h}
	if n := len(h); utf8.RuneCountInString(h) > minCompoundRest && (h[n-1] == 's' || h[n-1] == 'e') {
		out = append(out, h[:n-1])
	}
	return out
}

// fieldStem is the term field holds for a word: its stem, folded to ASCII
// in a fold field.
func (s *searcher) fieldStem(field, word string) string {
	st := Stem(word)
	if field == s.set.fold {
		st = norm.Fold(st)
	}
	return st
}

// linkingVariants are stem with a linking s or e added or dropped between
// two parts of at least minCompoundRest runes.
func linkingVariants(stem string) []string {
	rs := []rune(stem)
	var out []string
	for i := minCompoundRest; i <= len(rs)-minCompoundRest; i++ {
		head, tail := string(rs[:i]), string(rs[i:])
		out = append(out, head+"s"+tail, head+"e"+tail)
		if r := rs[i-1]; (r == 's' || r == 'e') && i > minCompoundRest {
			out = append(out, string(rs[:i-1])+tail)
		}
	}
	return out
}

// derivationBases are the stems of the words stem is derived from by one
// of the endings -ing, -else (godkjenning → godkjen, utsettelse →
// utset), when enough remains.
func derivationBases(stem string) []string {
	var out []string
	for _, d := range []string{"ing", "else"} {
		base, ok := strings.CutSuffix(stem, d)
		if ok && utf8.RuneCountInString(base) >= minCompoundStem {
			out = append(out, Stem(base))
		}
	}
	return out
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
