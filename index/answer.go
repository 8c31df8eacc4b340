package index

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/norm"
)

// decisionForms make a query a question about a decision, bokmål and
// nynorsk: the verbs and nouns a decision is told with, in the forms a
// question uses, and the past tense of the passive (ble, vart: når ble
// planen lagt fram). askingForms are question words, which alone do not
// make one (hva er normen) and are no part of its topic. Their standard
// spellings are those of Bokmålsordboka and Nynorskordboka (ordbokene.no).
// Every form is listed, since a form is compared as typed (or typed
// without æøå); extend by adding words.
const (
	decisionForms = `
ble blei blitt vart vorte
vedtak vedtaket vedtakene vedtaka vedta vedtar vedtas vedtatt vedtatte vedtok vedteke vedtekne vedtek
besluttet besluttede beslutte besluttes beslutning beslutningen
bestemt bestemte bestemde
avgjort avgjorde avgjørelse avgjørelsen avgjerd avgjerda
godkjent godkjente godkjennes godkjend godkjende
valgt valgte vald valde
`
	askingForms = `
når hvem hva hvilken hvilket hvilke hvordan hvorfor hvor mye
kven kva kvifor korleis kvar
`
)

// decisionWords and askingWords are built at their first use: a command
// that answers no question does not pay for them at start.
var (
	decisionWords = sync.OnceValue(func() map[string]bool { return wordSet(decisionForms) })
	askingWords   = sync.OnceValue(func() map[string]bool { return wordSet(askingForms) })
)

// wordSet holds the words of list and their ASCII spellings.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		for _, f := range norm.FoldForms(w) {
			m[f] = true
		}
		m[w] = true
	}
	return m
}

// answerCandidates is how many cases a question reads to find its answer.
const answerCandidates = 5

// startAnswer starts looking for the answer to a question about a
// decision beside the search of files, so that it adds little to the time
// a search takes, and returns a function that waits for it. A query is
// such a question when it holds one of decisionForms and other words, all
// of them plain words; searches of cases have no answer.
func (ix *Index) startAnswer(ctx context.Context, q Query, pq parsedQuery) func() (*Hit, error) {
	words := ix.questionTopic(pq)
	if q.CasesOnly || len(words) == 0 {
		return func() (*Hit, error) { return nil, nil }
	}
	type result struct {
		hit *Hit
		err error
	}
	done := make(chan result, 1)
	go func() {
		h, err := ix.answer(ctx, q, words, pq.not)
		done <- result{h, err}
	}()
	return func() (*Hit, error) {
		r := <-done
		return r.hit, r.err
	}
}

// answer is the best case, within the query's filters, that holds every
// word in its title or decision (a decided case before one without a
// decision), or nil.
func (ix *Index) answer(ctx context.Context, q Query, words []string, not []term) (*Hit, error) {
	s := ix.searcher(true)
	topic := parsedQuery{not: not}
	for _, w := range words {
		topic.groups = append(topic.groups, []term{{text: w}})
	}
	text := s.compile(topic)
	res, err := s.run(ctx, q, text, true, answerCandidates, nil)
	if err != nil {
		return nil, err
	}
	var best *Hit
	for _, h := range group(res.Hits, answerCandidates, s.copies().of) {
		if ix.holdsAll(h.Title+"\n"+h.Decision, words) && (best == nil || best.Decision == "" && h.Decision != "") {
			best = &h
		}
	}
	if best == nil {
		return nil, nil
	}
	hits := []Hit{*best}
	if err := s.addFragments(ctx, text, true, nil, hits); err != nil {
		return nil, err
	}
	return &hits[0], nil
}

// questionTopic returns the words a question is about: its words less
// decision and question words and stop words; nil when the query is no
// question (no decision word, no other word, or more than plain words).
func (ix *Index) questionTopic(pq parsedQuery) []string {
	var topic []string
	question := false
	for _, g := range pq.groups {
		t := g[0]
		if len(g) > 1 || t.field != "" || t.phrase || t.expanding() {
			return nil
		}
		w := strings.ToLower(t.text)
		switch {
		case decisionWords()[w]:
			question = true
		case askingWords()[w]:
		case len(ix.stems(w)) > 0:
			topic = append(topic, w)
		}
	}
	if !question {
		return nil
	}
	return topic
}

// holdsAll reports whether text holds every word: its stem, another
// listed form, the word it is derived from, or a compound starting or
// ending with it; compared in ASCII spelling, so that a word typed without
// æøå counts.
func (ix *Index) holdsAll(text string, words []string) bool {
	var have []string
	for _, t := range ix.bi.Mapping().AnalyzerNamed(FoldAnalyzerName).Analyze([]byte(text)) {
		have = append(have, string(t.Term))
	}
	for _, w := range words {
		for _, st := range ix.stems(w) {
			if !holdsStem(have, st) {
				return false
			}
		}
	}
	return true
}

// holdsStem reports whether one of the terms is stem, another form of it or
// its base, or a compound starting or ending with one of them.
func holdsStem(terms []string, stem string) bool {
	forms := append(append([]string{stem}, otherForms(stem)...), derivationBases(stem)...)
	for _, f := range forms {
		f = norm.Fold(f)
		compound := utf8.RuneCountInString(f) >= minCompoundStem
		for _, t := range terms {
			if t == f || compound && (strings.HasPrefix(t, f) || strings.HasSuffix(t, f)) {
				return true
			}
		}
	}
	return false
}
