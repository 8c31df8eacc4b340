package index

import (
	"regexp"
	"strings"
)

// maxScan is how much of a hit's text scanSpans reads.
const maxScan = 1 << 18

// wordMatcher reports whether a word (lower case, as the exact field holds
// it) matches a wildcard or fuzzy term.
type wordMatcher func(word string) bool

// expandingMatchers are the matchers of the wildcard and fuzzy terms of pq
// that search the text. They search the exact forms, which keep no term
// vectors (see textFields), so fragments find their matches by scanning.
func (s *searcher) expandingMatchers(pq parsedQuery) []wordMatcher {
	var ms []wordMatcher
	for _, g := range pq.groups {
		for _, t := range g {
			if !t.expanding() || s.defaultField(s.alias(t.field)) != s.set.exact {
				continue
			}
			if m := newWordMatcher(t); m != nil {
				ms = append(ms, m)
			}
		}
	}
	return ms
}

// newWordMatcher matches what bleve's wildcard or fuzzy query of t does; nil
// for a pattern that does not compile.
func newWordMatcher(t term) wordMatcher {
	text := strings.ToLower(t.text)
	if !t.wild {
		return func(w string) bool { return withinEdits([]rune(text), []rune(w), t.fuzzy) }
	}
	var b strings.Builder
	for _, r := range text {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	re, err := regexp.Compile("^(?:" + b.String() + ")$")
	if err != nil {
		return nil
	}
	return re.MatchString
}

// scanSpans finds the words of the first maxScan bytes of text that one of
// ms matches, reading them as the exact field does.
func (s *searcher) scanSpans(text string, ms []wordMatcher) []span {
	if len(ms) == 0 {
		return nil
	}
	if len(text) > maxScan {
		text = text[:max(strings.LastIndexAny(text[:maxScan], " \n"), 0)] // whole words
	}
	var out []span
	for _, tok := range s.bi.Mapping().AnalyzerNamed(ExactAnalyzerName).Analyze([]byte(text)) {
		for _, m := range ms {
			if m(string(tok.Term)) {
				out = append(out, span{tok.Start, tok.End})
				break
			}
		}
	}
	return out
}

// withinEdits reports whether a and b are at most k edits apart, an edit
// being an insertion, deletion or substitution of a letter or a swap of two
// neighbours, as bleve's fuzzy query counts them.
func withinEdits(a, b []rune, k int) bool {
	if len(a)-len(b) > k || len(b)-len(a) > k {
		return false
	}
	before, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > k {
			return false
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(b)] <= k
}
