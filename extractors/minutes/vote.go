package minutes

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

var (
	// voteWord is a cheap test for the words every vote has.
	voteWord    = regexp.MustCompile(`(?i)stem|røyst`)
	unanimousRe = regexp.MustCompile(`(?i)\b(enstemmig|enstemmige|einstemmig|einstemmige|samrøystes|samstemmig)\b`)
	// forAgainstRe: "med 4 mot 0 stemmer", "7–2 røyster".
	forAgainstRe = regexp.MustCompile(`(?i)\b(\d{1,3})\s*(?:mot|-|–)\s*(\d{1,3})\s+(?:stemmer|stemme|røyster|røyst)\b`)
	// forThenAgainstRe: "med 5 stemmer mot 2".
	forThenAgainstRe = regexp.MustCompile(`(?i)\b(\d{1,3})\s+(?:stemmer|røyster)\s+mot\s+(\d{1,3})\b`)
	// againstRe: "vedtatt mot 1 stemme".
	againstRe = regexp.MustCompile(`(?i)\bmot\s+(\d{1,3})\s+(?:stemmer|stemme|røyster|røyst)\b`)
	// scoreRe: a bare score after the verb, "vedtatt 4–0", "vedteke med
	// 7-2", "falt 3 – 4", "vedtatt 5 mot 2". What follows may not continue
	// a number or a date.
	scoreRe = regexp.MustCompile(`(?i)\b(?:vedtatt|vedteke|vedteken|vedtok|vedtas|godkjent|godkjend|bifalt|tiltrådt|falt|fall)\s+(?:med\s+)?(\d{1,3})(?:\s*[-–]\s*|\s+mot\s+)(\d{1,3})(?:$|[^\d/.\-–]|\.(?:$|\s))`)
	// stemteRe: "5 stemte for og 2 (stemte) mot", "7 røysta for, 2 mot".
	stemteRe = regexp.MustCompile(`(?i)\b(\d{1,3})\s+(?:stemte|røysta|røystet)\s+for\b[^.\d]{0,40}?\b(\d{1,3})\s+(?:stemte\s+|røysta\s+|røystet\s+)?(?:imot|mot)\b`)
	// conflictRe marks a conflict of interest: habilitet, inhabil, ugild,
	// "fratrådte (møtet) under behandlingen".
	conflictRe = regexp.MustCompile(`(?i)(\b(in)?habil|\bugild|\bfr[aå]tr\p{L}*( møtet)? under\b)`)
)

// adoptedRe marks a sentence about adopting a proposal or a decision.
var adoptedRe = regexp.MustCompile(`(?i)vedt|godkj|tiltr|tatt til følge`)

// onlyUnanimous matches a sentence that is only "Enstemmig." or
// "Samrøystes.", as written under a decision.
var onlyUnanimous = regexp.MustCompile(`(?i)^(enstemmig|einstemmig|samrøystes|samstemmig)\s*[.!]?$`)

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
				adopted := adoptedRe.MatchString(s)
				if v == nil || (i == 1 && !adopted && !onlyUnanimous.MatchString(s)) {
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
// stemmer", "vedtatt 4–0", "vedtatt 5 mot 2", "5 stemte for og 2 mot", "vedtatt mot 1 stemme".
func parseVote(s string) *doc.Vote {
	lower := strings.ToLower(s)
	if !containsAny(lower, "stem", "røyst") && !(containsAny(lower, "-", "–", " mot ") && containsAny(lower, "vedt", "godkj", "bifalt", "tiltr", "fal")) {
		return nil
	}
	v := &doc.Vote{Text: s}
	if m := firstMatch(s, forAgainstRe, forThenAgainstRe, stemteRe, scoreRe); m != nil {
		v.For, v.Against = atoi(m[1]), atoi(m[2])
	} else if m := againstRe.FindStringSubmatch(s); m != nil {
		v.Against = atoi(m[1])
	} else if !unanimousRe.MatchString(s) {
		return nil
	}
	v.Unanimous = unanimousRe.MatchString(s) || (v.For > 0 && v.Against == 0)
	return v
}

// firstMatch returns the submatches of the first regexp that matches s.
func firstMatch(s string, res ...*regexp.Regexp) []string {
	for _, re := range res {
		if m := re.FindStringSubmatch(s); m != nil {
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
			for _, s := range sentences(t) {
				if containsAny(strings.ToLower(s), "habil", "ugild", "tråd", "trad", "trer") && conflictRe.MatchString(s) && !seen[s] {
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
