package minutes

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// findVote returns the recorded vote: the first vote sentence that adopts
// something ("Innstillingen ble vedtatt med 4 mot 2 stemmer") rather than
// one on a motion that fell, else the first vote sentence. Sentences of the
// discussion count only when they speak of adoption or are a bare
// "Samrøystes."; those of a vote or a decision ("Enstemmig.") always do.
func findVote(labelled, discussion []string) *doc.Vote {
	var first *doc.Vote
	for i, group := range [][]string{labelled, discussion} {
		for _, t := range group {
			for _, s := range sentences(t) {
				v := parseVote(s)
				if v == nil {
					continue
				}
				adopted := adoptedRe().MatchString(s)
				if i == 1 && !adopted && !onlyUnanimous().MatchString(s) {
					continue
				}
				if adopted {
					return v
				}
				if first == nil {
					first = v
				}
			}
		}
	}
	return first
}

// parseVote reads one sentence: "enstemmig vedtatt", "vedtatt med 4 mot 0
// stemmer", "vedtatt 4–0", "vedtatt 5 mot 2", "5 stemte for og 2 mot",
// "vedtatt mot 1 stemme", "For: 5 Mot: 5 Avholdende: 3".
func parseVote(s string) *doc.Vote {
	lower := strings.ToLower(s)
	if !containsAny(lower, "stem", "røyst", "mot:") && !(containsAny(lower, "-", "–", " mot ") && containsAny(lower, "vedt", "godkj", "bifalt", "tiltr", "fal")) {
		return nil
	}
	v := &doc.Vote{Text: s, Unanimous: unanimousRe().MatchString(s)}
	if !strings.ContainsAny(s, "0123456789") { // every count pattern needs a digit
		if !v.Unanimous {
			return nil
		}
		return v
	}
	if m := firstMatch(s, forAgainstRe, forThenAgainstRe, stemteRe, scoreRe, tallyRe); m != nil {
		v.For, v.Against = atoi(m[1]), atoi(m[2])
	} else if m := againstRe().FindStringSubmatch(s); m != nil {
		v.Against = atoi(m[1])
	} else if !v.Unanimous {
		return nil
	}
	v.Unanimous = v.Unanimous || (v.For > 0 && v.Against == 0)
	return v
}

// firstMatch returns the submatches of the first regexp that matches s.
func firstMatch(s string, res ...func() *regexp.Regexp) []string {
	for _, re := range res {
		if m := re().FindStringSubmatch(s); m != nil {
			return m
		}
	}
	return nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// findConflicts returns the sentences that record a conflict of interest.
// Leaving a body for other reasons ("fratrer AU pga. bytte av
// arbeidsgiver") is not one.
func findConflicts(texts ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, group := range texts {
		for _, t := range group {
			if !containsAny(strings.ToLower(t), conflictWords...) {
				continue // no sentence of t can match conflictRe
			}
			for _, s := range sentences(t) {
				if containsAny(strings.ToLower(s), "habil", "ugild", "tråd", "trad", "trer") && conflictRe().MatchString(s) && !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// containsAny reports whether s contains one of the words: a cheap test
// before a regexp.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
