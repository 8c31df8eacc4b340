package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// Markers around a match in Hit.Fragments.
const (
	MarkStart = "[["
	MarkEnd   = "]]"
)

const (
	fragmentSize   = 220 // bytes of context per fragment
	fragmentLead   = 60  // bytes before the first match
	maxFragments   = 3
	ellipsis       = "…"
	maxMatchLength = 200 // a span longer than this is not a word match
)

// located are the fields of s whose matches fragments mark: they share the
// stored text's byte offsets (one tokenizer) and keep term vectors.
func (s fieldSet) located() []string { return []string{s.text, s.fold} }

// span is a match's byte range in the stored text.
type span struct{ start, end int }

// addFragments fetches match locations for hits only, with a second search
// restricted to their ids (see only), and fills in Fragments; ms find the
// matches of wildcard and fuzzy terms, which have no locations (see
// scanSpans). That search is of text (every group when all) within the
// hits' type: the hits pass the query's other filters, and the proximity
// bonus finds no word the text does not.
func (s *searcher) addFragments(ctx context.Context, text compiled, all bool, ms []wordMatcher, hits []Hit) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(&only{s.buildQuery(Query{}, text.matches(all)), ids}, len(ids), 0, false)
	req.IncludeLocations = true
	res, err := s.bi.SearchInContext(ctx, req)
	if err == nil {
		err = s.loadFields(res.Hits, []string{s.set.text, fPages})
	}
	if err != nil {
		return fmt.Errorf("fetching fragments: %w", err)
	}
	byID := make(map[string]*search.DocumentMatch, len(res.Hits))
	for _, m := range res.Hits {
		byID[m.ID] = m
	}
	for i := range hits {
		if m := byID[hits[i].ID]; m != nil {
			text := str(m.Fields[s.set.text])
			var best int
			found := append(spans(m.Locations, s.set.located(), text), s.scanSpans(text, ms)...)
			hits[i].Fragments, best = fragments(text, mergeSpans(found))
			hits[i].Page = pageAt(str(m.Fields[fPages]), best)
		}
	}
	return nil
}

// spans collects the match ranges of fields that lie within text, sorted
// and merged.
func spans(locs search.FieldTermLocationMap, fields []string, text string) []span {
	var out []span
	for _, f := range fields {
		for _, ls := range locs[f] {
			for _, l := range ls {
				s := span{int(l.Start), int(l.End)}
				if validSpan(s, text) {
					out = append(out, s)
				}
			}
		}
	}
	return mergeSpans(out)
}

// validSpan reports a non-empty word-sized range on rune boundaries.
func validSpan(s span, text string) bool {
	return 0 <= s.start && s.start < s.end && s.end <= len(text) && s.end-s.start <= maxMatchLength &&
		utf8.RuneStart(text[s.start]) && (s.end == len(text) || utf8.RuneStart(text[s.end]))
}

// mergeSpans sorts spans and joins overlapping ones.
func mergeSpans(out []span) []span {
	slices.SortFunc(out, func(a, b span) int { return a.start - b.start })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// fragments cuts windows around the spans, keeps the maxFragments windows
// with most matches (in text order) and marks the matches; best is the
// offset of the first match of the window with most (the earliest of
// equals). Without spans (a match in the title or a compound head) it
// gives the text's opening.
func fragments(text string, ss []span) (frags []string, best int) {
	if len(ss) == 0 {
		if strings.TrimSpace(text) == "" {
			return nil, 0
		}
		return []string{render(text, 0, wordEnd(text, fragmentSize), nil)}, 0
	}
	type window struct{ start, end, first, last int }
	var ws []window
	prevEnd := 0
	for i := 0; i < len(ss); {
		w := window{start: min(max(prevEnd, wordStart(text, ss[i].start-fragmentLead)), ss[i].start), first: i}
		w.end = wordEnd(text, w.start+fragmentSize)
		for i < len(ss) && ss[i].end <= w.end {
			i++
		}
		if i == w.first { // a span longer than the window
			w.end, i = ss[i].end, i+1
		}
		w.last, prevEnd = i, w.end
		ws = append(ws, w)
	}
	slices.SortStableFunc(ws, func(a, b window) int { return (b.last - b.first) - (a.last - a.first) })
	ws = ws[:min(len(ws), maxFragments)]
	best = ss[ws[0].first].start
	slices.SortFunc(ws, func(a, b window) int { return a.start - b.start })
	frags = make([]string, len(ws))
	for i, w := range ws {
		frags[i] = render(text, w.start, w.end, ss[w.first:w.last])
	}
	return frags, best
}

// render writes text[start:end] on one line with the spans marked.
func render(text string, start, end int, ss []span) string {
	var b strings.Builder
	if start > 0 {
		b.WriteString(ellipsis)
	}
	pos := start
	for _, s := range ss {
		b.WriteString(text[pos:s.start])
		b.WriteString(MarkStart + text[s.start:s.end] + MarkEnd)
		pos = s.end
	}
	b.WriteString(text[pos:end])
	if end < len(text) {
		b.WriteString(ellipsis)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// wordStart moves i back to the start of a word (at most 20 bytes), never
// below 0, and onto a rune boundary.
func wordStart(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for j := i; j > 0 && j > i-20; j-- {
		if text[j-1] == ' ' || text[j-1] == '\n' {
			return j
		}
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// wordEnd moves i forward to the end of a word (at most 20 bytes), never
// past the text, and onto a rune boundary.
func wordEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for j := i; j < len(text) && j < i+20; j++ {
		if text[j] == ' ' || text[j] == '\n' {
			return j
		}
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}
