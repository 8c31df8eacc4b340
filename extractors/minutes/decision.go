package minutes

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// isProposalReference reports whether a decision only refers to the
// proposal instead of giving its own text.
func isProposalReference(s string) bool {
	f := strings.Trim(fold(s), " .!")
	if strings.ContainsAny(f, "0123456789") { // every vote count has a digit
		f = strings.Trim(voteTail().ReplaceAllString(f, ""), " .!")
	}
	return refAs().MatchString(f) || refAdopted().MatchString(f) || refBare().MatchString(f)
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
// The passes: the labelled parts; a decision that only refers to the
// proposal resolved; else the outcome the text records without a label;
// then the vote, conflicts of interest and speakers.
func (b *caseBuilder) finish(ctx caseContext) doc.Case {
	c := b.c
	p := b.parts
	c.Proposal = strings.Join(p[fieldProposal], "\n")
	c.Decision = strings.Join(p[fieldDecision], "\n")
	c.Discussion = strings.Join(p[fieldDiscussion], "\n")
	unlabelled := slices.Concat(p[fieldVote], p[fieldDiscussion])
	resolveDecision(&c, unlabelled)
	var outcome []string
	if c.Decision == "" {
		outcome = findOutcome(c.Title, unlabelled, ctx)
		outcomeDecision(&c, outcome)
	}
	c.Decided = c.Decision != ""
	if c.Title == "" {
		c.Title = c.Type
	}
	c.Vote = findVote(slices.Concat(p[fieldVote], p[fieldDecision], outcome, []string{c.DecisionAsWritten}), p[fieldDiscussion])
	c.Conflicts = findConflicts(p[fieldDiscussion], p[fieldVote], p[fieldDecision])
	c.Speakers = findSpeakers(p[fieldDiscussion], ctx.roster)
	return c
}
