package index

import (
	"strings"
	"unicode/utf8"
)

// A suffix rule strips (or rewrites) an ending when at least min runes of
// stem remain.
type suffixRule struct {
	suffix  string
	replace string
	min     int
}

// articleEndings are the definite and plural endings of bokmål and nynorsk
// nouns (saken, sakene, saka, hestane, veilederne), longest first.
var articleEndings = []suffixRule{
	{"erne", "", 3}, {"ene", "", 3}, {"ane", "", 3},
	{"en", "", 3}, {"et", "", 3}, {"a", "", 3},
}

// baseEndings are plural, agent-noun, infinitive and participle endings
// (veiledere, saker, hestar, møte, godkjent, eventuelt, vurdert), longest
// first. Participles in -nt/-lt double the consonant so that godkjent and
// godkjenne meet after the final collapse; a later -en rule must not fire.
var baseEndings = []suffixRule{
	{"ere", "", 3}, {"er", "", 3}, {"ar", "", 3},
	{"nt", "nn", 3}, {"lt", "ll", 3}, {"dt", "d", 3}, {"rt", "r", 3},
	{"e", "", 3},
}

// maxPasses bounds the strip loop; four passes cover genitive + article +
// plural + participle chains such as konsekvensenes.
const maxPasses = 4

// Stem reduces a lower-case Norwegian (bokmål or nynorsk) word to a search
// stem. It is a light, dictionary-free suffix stripper tuned to conflate
// inflections (veileder, veilederen, veiledere, veilederne → veiled) rather
// than to produce linguistic roots; distinct words may share a stem. Words
// containing digits and words shorter than four runes are returned as is.
func Stem(w string) string {
	if utf8.RuneCountInString(w) < 4 || strings.ContainsAny(w, "0123456789") {
		return w
	}
	for range maxPasses {
		next := stripGenitive(w)
		next = applyFirst(next, articleEndings)
		next = applyFirst(next, baseEndings)
		if next == w {
			break
		}
		w = next
	}
	return nynorskAdjective(collapseDouble(w))
}

// applyFirst applies the first rule whose suffix matches and leaves enough
// stem.
func applyFirst(w string, rules []suffixRule) string {
	for _, r := range rules {
		if !strings.HasSuffix(w, r.suffix) {
			continue
		}
		stem := w[:len(w)-len(r.suffix)]
		if utf8.RuneCountInString(stem) >= r.min {
			return stem + r.replace
		}
	}
	return w
}

// stripGenitive drops the genitive or passive -s (normens, møtets,
// godkjennes) but not the s of Latin endings (status, analysis) or ss.
func stripGenitive(w string) string {
	n := len(w)
	if utf8.RuneCountInString(w) < 5 || w[n-1] != 's' || strings.IndexByte("suioy", w[n-2]) >= 0 {
		return w
	}
	return w[:n-1]
}

// collapseDouble turns a final double consonant into a single one
// (godkjenn → godkjen, medlemm → medlem).
func collapseDouble(w string) string {
	n := len(w)
	if n >= 4 && w[n-1] == w[n-2] && strings.IndexByte("bdfgklmnprstv", w[n-1]) >= 0 {
		return w[:n-1]
	}
	return w
}

// nynorskAdjective maps the nynorsk adjective ending -leg to bokmål -lig
// (vanleg → vanlig), so both forms share a stem.
func nynorskAdjective(w string) string {
	if strings.HasSuffix(w, "leg") && utf8.RuneCountInString(w) >= 6 {
		return w[:len(w)-3] + "lig"
	}
	return w
}
