package minutes

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/doc"
)

// Minutes often record an outcome without a "Vedtak:" label: "Godkjent"
// under the item, "Behandling: Godkjent", "Årsmøtet godkjente regnskapet",
// "Begge ble enstemmig valgt", "Forslaget faller", "Saka vert utsett",
// "Styret støtter", a vote count, a question answered "Ja.". The functions
// here find those sentences in a case's text, reading each word against
// the lists of lexicon_outcomes.go.

// caseContext is what the reading of every case of a document shares.
type caseContext struct {
	roster     roster
	collective map[string]bool // the document's acronyms, which name bodies: "FUI"
}

// findOutcome returns the lines of texts that record an outcome, each from
// the sentence that carries it, or the one before when it has no subject
// of its own ("Siv. Valgt ved akklamasjon."). An election item without
// such a line records its outcome as "Office: Name" lines.
func findOutcome(title string, texts []string, ctx caseContext) []string {
	var out []string
	for i := 0; i < len(texts); i++ {
		s := outcomeLine(texts[i], ctx)
		if s == "" {
			continue
		}
		out = append(out, s)
		if strings.HasSuffix(s, ":") {
			n := listLength(texts[i+1:])
			out = append(out, texts[i+1:i+1+n]...)
			i += n
		}
	}
	if len(out) > 0 || !isElection(title) {
		return out
	}
	for _, t := range texts {
		if isOfficeLine(t) {
			out = append(out, t)
		}
	}
	return out
}

// outcomeLine returns the part of line t from its first outcome sentence
// on, "" when it records none. A vote count is an outcome; a leading
// label is read past, so that "Defi: støtter." records a position, unless
// it names a speaker ("Kari Nordmann: Støtter forslaget.").
func outcomeLine(t string, ctx caseContext) string {
	if !mayRecordOutcome(t) {
		return ""
	}
	if strings.Contains(t, ":") && tallyRe().MatchString(t) {
		return t
	}
	body := t
	if genericLabel(t) {
		label, rest, _ := strings.Cut(t, ":")
		if _, ok := ctx.roster.match(label); ok || looksLikeName(label, 2) {
			return "" // a speaker's own view
		}
		if body = strings.TrimSpace(rest); body == "" {
			body = label // "Følgende ble valgt:" over a list
		}
	}
	ss := sentences(body)
	for k, s := range ss {
		elliptic, ok := outcomeSentence(s, ctx)
		if !ok && k+1 < len(ss) && isAnswered(s, ss[k+1]) {
			elliptic, ok = false, true
		}
		if !ok {
			continue
		}
		if elliptic && k > 0 {
			k-- // the sentence before gives the subject
		}
		if k == 0 {
			return t
		}
		return strings.Join(ss[k:], " ")
	}
	return ""
}

// isAnswered reports whether question q is answered by a bare a: "Vil vi
// støtte dette? Absolutt!!".
func isAnswered(q, a string) bool {
	w := sentenceWords(a)
	return strings.HasSuffix(strings.TrimRight(q, " "), "?") && len(w) == 1 && answers.has(w[0])
}

// outcomeSentence reports whether sentence s records an outcome, and
// whether it does so without a subject ("Godkjent.", "Valgt ved
// akklamasjon."). A question records none.
func outcomeSentence(s string, ctx caseContext) (elliptic, ok bool) {
	if strings.HasSuffix(strings.TrimRight(s, " »”\")"), "?") || isConflict(s) {
		return false, false // a question, or a member declared disqualified
	}
	if parseVote(s) != nil {
		return false, true
	}
	w := sentenceWords(s)
	for i := range w {
		if clauseGuards.has(w[i]) && !asOffice(w, i) {
			return false, false
		}
		if j, ok := outcomeAt(w, i, ctx); ok {
			return j < 0, !atOtherTime(w[max(j, 0):i]) && !atOtherTime(w[i+1:])
		}
	}
	return false, false
}

// isConflict reports whether s declares a conflict of interest; the
// regexp only runs on text that holds one of its words.
func isConflict(s string) bool {
	return containsAny(strings.ToLower(s), conflictWords...) && conflictRe().MatchString(s)
}

// asOffice reports whether w[i] opens a sentence with "Som" and an
// office, which names what someone was elected to: "Som møteleder ble
// valgt Kari Nordmann", "Som meddommere velges Eva Lund og Jon Vik".
func asOffice(w []string, i int) bool {
	return i == 0 && w[0] == "som" && len(w) > 2 && (offices.has(w[1]) || matchAny(w, 2, outcomePassives))
}

// listLength returns how many of texts list what the outcome line before
// them introduces: lines of "Office: Name" or short lines without a
// sentence end.
func listLength(texts []string) int {
	n := 0
	for n < len(texts) && (isOfficeLine(texts[n]) || wordCount(texts[n]) <= 8 && !endsSentence(texts[n])) {
		n++
	}
	return n
}

// notedWithin reports whether "til orientering" or the like follows
// after an object of at most two words: "tok saken til orientering".
func notedWithin(w []string) bool {
	for k := range min(len(w), 3) {
		if matchAny(w, k, noteEnds) {
			return true
		}
	}
	return false
}

// atOtherTime reports whether words next to an outcome date it before the
// meeting or make it a rule: "tidligere", "i fjor", "i 2019", "normalt".
func atOtherTime(w []string) bool {
	for i := range w {
		if matchAny(w, i, otherTimes) || w[i] == "i" && i+1 < len(w) && len(w[i+1]) == 4 && strings.Trim(w[i+1], "0123456789") == "" {
			return true
		}
	}
	return false
}

// outcomeAt reports whether an outcome word opens at w[i], and returns the
// index of the word before it that is no adverb or negation, -1 when none.
func outcomeAt(w []string, i int, ctx caseContext) (int, bool) {
	j := i - 1
	for j >= 0 && (outcomeAdverbs.has(w[j]) || negations.has(w[j])) {
		j--
	}
	switch {
	case matchAny(w, i, outcomeParticiples):
		return j, j < 0 || auxiliaries.has(w[j]) || i <= 3 && i == len(w)-1
	case matchAny(w, i, agreements):
		return max(j, 0), !slices.ContainsFunc(w[:i], func(x string) bool { return negations.has(x) })
	case matchAny(w, i, outcomePassives):
		return j, !(j >= 0 && ruleSubjects.has(w[j])) && !(i+1 < len(w) && ruleObjects.has(w[i+1]))
	case matchAny(w, i, fallVerbs):
		k := j
		if k >= 0 && auxiliaries.has(w[k]) {
			k--
		}
		if k >= 0 && w[k] != "og" {
			return j, containsAny(w[k], proposalNouns...)
		}
		return j, containsAny(w[0], proposalNouns...) // "Forslaget fikk 3 stemmer og falt"
	case noteVerbs.has(w[i]) && notedWithin(w[i+1:]):
		return j, j < 0 || isCollective(w[j], ctx)
	case matchAny(w, i, outcomeVerbs):
		return j, j < 0 && matchAny(w, i, leadingVerbs) || j >= 0 && isCollective(w[j], ctx)
	}
	return j, false
}

// isCollective reports whether word w names the meeting or a body:
// "styret", "vi", "arbeidsutvalget", the document's "FUI".
func isCollective(w string, ctx caseContext) bool {
	if collectives.has(w) || ctx.collective[w] {
		return true
	}
	for _, e := range collectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// matchAny reports whether one of the phrases starts at w[i].
func matchAny(w []string, i int, set phraseSet) bool {
	for _, p := range set()[w[i]] {
		if i+len(p) <= len(w) && slices.Equal(w[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// sentenceWords returns the lower-cased words of s, without punctuation.
func sentenceWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// isElection reports whether a case title names an election: "Valg av
// styre", "Møteleder og referent".
func isElection(title string) bool {
	f := fold(title) + " "
	if containsAny(f, electionWords...) {
		return true
	}
	w := sentenceWords(title)
	for _, x := range w {
		if !offices.has(x) {
			return false
		}
	}
	return len(w) > 0
}

// isOfficeLine reports whether t gives an office to a person: "Sekretær:
// Morten", "Møteleder: Alina (Victoria som vara)".
func isOfficeLine(t string) bool {
	label, rest, ok := strings.Cut(t, ":")
	name, _ := splitParens(rest)
	return ok && offices.has(fold(label)) && startsUpper(name) && wordCount(name) <= 4 && !endsSentence(name)
}

// acronyms returns, lower-cased, the words of two to six capitals that the
// document writes at least twice: the short names of bodies, which speak
// for the meeting as "styret" does ("FUI stemmer på klatrepark").
func acronyms(lines []line) map[string]bool {
	seen := map[string]int{}
	out := map[string]bool{}
	for _, l := range lines {
		eachWord(l.text, func(w string) {
			if n := utf8.RuneCountInString(w); n >= 2 && n <= 6 && strings.IndexFunc(w, notUpper) < 0 {
				if seen[w]++; seen[w] == 2 {
					out[strings.ToLower(w)] = true
				}
			}
		})
	}
	return out
}

func notUpper(r rune) bool { return !unicode.IsUpper(r) }

// eachWord calls f with each run of letters and digits in s.
func eachWord(s string, f func(string)) {
	start := -1
	for i, r := range s {
		switch word := unicode.IsLetter(r) || unicode.IsDigit(r); {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			f(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		f(s[start:])
	}
}

// mayRecordOutcome is a cheap test before a line is read sentence by
// sentence: one of its words opens an outcome phrase, names a vote or
// answers a question.
func mayRecordOutcome(t string) bool {
	var buf [48]byte
	found := false
	eachWord(t, func(w string) {
		if found || len(w) > len(buf) {
			return
		}
		lw := buf[:0]
		for _, r := range w {
			lw = utf8.AppendRune(lw, unicode.ToLower(r))
		}
		found = outcomeTriggers()[string(lw)] || bytes.Contains(lw, []byte("stem")) || bytes.Contains(lw, []byte("røyst"))
	})
	return found
}

// outcomeDecision sets the decision of a case that has none from the
// lines recording its outcome; a bare approval ("Forslag vedtatt.") of a
// proposal makes the proposal the decision, the line as written kept.
func outcomeDecision(c *doc.Case, lines []string) {
	if c.Decision != "" || len(lines) == 0 {
		return
	}
	c.Decision = strings.Join(lines, "\n")
	if c.Proposal != "" && isProposalReference(c.Decision) {
		c.DecisionAsWritten, c.Decision = c.Decision, c.Proposal
	}
}
