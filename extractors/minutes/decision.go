package minutes

import (
	"regexp"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

var (
	// refAs: "Som forslag til vedtak", "Vedtatt som innstilt", "I tråd
	// med kommunedirektørens innstilling".
	refAs = regexp.MustCompile(`^(?:(?:enstemmig|einstemmig|samrøystes)\s+)?(?:(?:vedtatt|vedteke|godkjent)\s+)?(?:som|i samsvar med|i tråd med|likt med|lik|jf\.?)\s+(?:[\p{L}-]+(?:s| sitt| si)\s+)?(?:forslag(?:et)?|framlegg(?:et)?|innstilling(?:a|en)?|innstilt|foreslått|tilråding(?:a|en)?|tilrådd)(?:\s+til\s+(?:vedtak|konklusjon))?$`)
	// refAdopted: "Innstillingen ble enstemmig vedtatt", "Framlegget vart
	// samrøystes vedteke".
	refAdopted = regexp.MustCompile(`^(?:[\p{L}-]+(?:s| sitt| si)\s+)?(?:forslag(?:et)?|framlegg(?:et)?|innstilling(?:a|en)?|tilråding(?:a|en)?)(?:\s+til\s+(?:vedtak|konklusjon))?(?:\s+(?:ble|blei|vart|er|blir|vert))?(?:\s+(?:enstemmig|einstemmig|samrøystes|samstemmig))?\s+(?:vedtatt|vedteke|vedteken|vedtas|vedtek|godkjent|godkjennes|tiltrådt|tiltredd|tatt til følge)$`)
	// refBare: "Vedtatt.", "Samrøystes vedteke.", "Godkjent som framlagt".
	refBare = regexp.MustCompile(`^(?:(?:enstemmig|einstemmig|samrøystes|samstemmig)\s+)?(?:vedtatt|vedteke|vedteken|vedtas|godkjent|godkjend|godkjennes|tiltrådt)(?:\s+som\s+(?:framlagt|fremlagt|foreslått|innstilt))?$`)
	// voteTail is a vote count after an adoption: "med 4 mot 0 stemmer",
	// "4–0", "5 mot 2".
	voteTail = regexp.MustCompile(`,?\s*(?:med\s+\d+\s+(?:mot|-|–)\s+\d+\s+(?:stemmer|stemme|røyster|røyst)|mot\s+\d+\s+(?:stemmer|stemme|røyster|røyst)|med\s+\d+\s+(?:stemmer|røyster)\s+mot\s+\d+|(?:med\s+)?\d{1,3}(?:\s*[-–]\s*|\s+mot\s+)\d{1,3}(?:\s*\([^)]*\))?$)(?:\s*\([^)]*\))?`)
)

// isProposalReference reports whether a decision only refers to the
// proposal instead of giving its own text.
func isProposalReference(s string) bool {
	f := strings.Trim(voteTail.ReplaceAllString(strings.Trim(fold(s), " .!"), ""), " .!")
	return refAs.MatchString(f) || refAdopted.MatchString(f) || refBare.MatchString(f)
}

// resolveDecision replaces a decision that only refers to the proposal
// ("Som forslag til vedtak") with the proposal's text, keeping the words as
// written. With no decision at all, a sentence elsewhere in the case such as
// "Innstillingen ble enstemmig vedtatt" records one.
func resolveDecision(c *doc.Case, others []string) {
	if c.Decision != "" {
		if c.Proposal != "" && isProposalReference(c.Decision) {
			c.DecisionAsWritten, c.Decision = c.Decision, c.Proposal
		}
		return
	}
	if c.Proposal == "" {
		return
	}
	for _, t := range others {
		for _, s := range sentences(t) {
			if isProposalReference(s) {
				c.DecisionAsWritten, c.Decision = s, c.Proposal
				return
			}
		}
	}
}

// finish assembles the case from the parts read.
func (b *caseBuilder) finish(r roster) doc.Case {
	c := b.c
	p := b.parts
	c.Proposal = strings.Join(p[fieldProposal], "\n")
	c.Decision = strings.Join(p[fieldDecision], "\n")
	c.Discussion = strings.Join(p[fieldDiscussion], "\n")
	resolveDecision(&c, append(append([]string{}, p[fieldVote]...), p[fieldDiscussion]...))
	c.Decided = c.Decision != ""
	if c.Title == "" {
		c.Title = c.Type
	}
	c.Vote = findVote(append(append([]string{}, p[fieldVote]...), p[fieldDecision]...), p[fieldDiscussion])
	c.Conflicts = findConflicts(p[fieldDiscussion], p[fieldVote], p[fieldDecision])
	c.Speakers = findSpeakers(p[fieldDiscussion], r)
	return c
}
