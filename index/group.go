package index

import (
	"slices"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/ident"

	"github.com/blevesearch/bleve/v2/search"
)

// group merges hits that are copies of one document (they share a group
// key and their copy fields match, see isCopyOf) into the best-scoring one,
// in score order, and returns at most limit groups. Later formats of a kept
// group are listed in Also; the first of them with pages (a PDF beside a
// DOCX) is shown instead, with the group's score, so that the hit can name
// a page. copyOf gives a match's copy field; it is asked only for hits that
// share a key.
func group(matches search.DocumentMatchCollection, limit int, copyOf func(*search.DocumentMatch) string) []Hit {
	hits := []Hit{}
	byKey := make(map[string][]int)
	first := []*lazyCopy{} // the copy field of the first match of each group
	paged := []bool{}      // whether each group's hit has pages
	for _, m := range matches {
		keys := stringsOf(m.Fields[fGroup])
		mine := &lazyCopy{m: m, of: copyOf}
		gi, found := findGroup(byKey, keys, func(gi int) bool { return first[gi].get().isCopyOf(mine.get()) })
		if !found {
			if len(hits) == limit {
				continue
			}
			gi = len(hits)
			hits = append(hits, newHit(m))
			first = append(first, mine)
			paged = append(paged, str(m.Fields[fPages]) != "")
		} else if p := str(m.Fields[fPath]); p != hits[gi].Path && !slices.Contains(hits[gi].Also, p) {
			if !paged[gi] && str(m.Fields[fPages]) != "" {
				hits[gi], paged[gi] = promote(hits[gi], m), true
			} else {
				hits[gi].Also = append(hits[gi].Also, p)
			}
		}
		for _, k := range keys {
			if !slices.Contains(byKey[k], gi) {
				byKey[k] = append(byKey[k], gi)
			}
		}
	}
	return hits
}

// findGroup returns the first group that shares a key with a hit and that
// copies says the hit is a copy of.
func findGroup(byKey map[string][]int, keys []string, copies func(gi int) bool) (int, bool) {
	for _, k := range keys {
		for _, gi := range byKey[k] {
			if copies(gi) {
				return gi, true
			}
		}
	}
	return -1, false
}

// copies reads the copy fields of matches. A file stores its own; a case
// has its file's, read once per file and only when grouping asks.
type copies struct {
	s      *searcher
	byPath map[string]string
}

func (s *searcher) copies() *copies { return &copies{s: s, byPath: map[string]string{}} }

// of is m's copy field; "" (a copy of nothing) when its file cannot be read.
func (c *copies) of(m *search.DocumentMatch) string {
	if str(m.Fields[fType]) != typeCase {
		return str(m.Fields[fCopy])
	}
	path := str(m.Fields[fPath])
	v, ok := c.byPath[path]
	if !ok {
		v = c.s.storedField(path, fCopy)
		c.byPath[path] = v
	}
	return v
}

// copySig is a copy field (organisation|date|sketch) split, its sketch
// parsed.
type copySig struct {
	org, date string
	sketch    ident.Sketch
	ok        bool
}

func parseCopyField(s string) *copySig {
	org, rest, ok1 := strings.Cut(s, "|")
	date, sketch, ok2 := strings.Cut(rest, "|")
	c := &copySig{org: org, date: date, ok: ok1 && ok2}
	if c.ok {
		c.sketch = ident.ParseSketch(sketch)
	}
	return c
}

// isCopyOf reports whether two copy fields belong to copies of one
// document: neither the organisations nor the dates differ, and the texts
// are similar.
func (c *copySig) isCopyOf(o *copySig) bool {
	return c.ok && o.ok && agree(c.org, o.org) && agree(c.date, o.date) &&
		ident.Similarity(c.sketch, o.sketch) >= ident.SimilarCopies
}

// lazyCopy is the copy field of a match, read and parsed at its first
// use: a match is compared with every group it shares a key with.
type lazyCopy struct {
	m      *search.DocumentMatch
	of     func(*search.DocumentMatch) string
	parsed *copySig
}

func (l *lazyCopy) get() *copySig {
	if l.parsed == nil {
		l.parsed = parseCopyField(l.of(l.m))
	}
	return l.parsed
}

// agree reports whether two values do not differ: equal, or one unknown.
func agree(x, y string) bool { return x == "" || y == "" || x == y }

// promote makes m, a copy with pages, the hit shown for h, a hit without
// them, keeping h's score.
func promote(h Hit, m *search.DocumentMatch) Hit {
	n := newHit(m)
	n.Score = h.Score
	n.Also = append([]string{h.Path}, h.Also...)
	return n
}

func newHit(m *search.DocumentMatch) Hit {
	h := Hit{
		ID: m.ID, Path: str(m.Fields[fPath]), Title: str(m.Fields[fTitle]),
		Kind: str(m.Fields[fKind]), Body: str(m.Fields[fBody]), Score: m.Score,
	}
	if str(m.Fields[fType]) == typeCase {
		h.Case, h.Decision = str(m.Fields[fCase]), str(m.Fields[fAnswer])
	}
	if t, err := time.Parse(time.RFC3339, str(m.Fields[fDate])); err == nil {
		h.Date = t.Format(time.DateOnly)
	}
	return h
}

// stringsOf reads a stored field that holds one string or several.
func stringsOf(v interface{}) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []interface{}:
		out := make([]string, 0, len(v))
		for _, x := range v {
			out = append(out, str(x))
		}
		return out
	}
	return nil
}

func str(v interface{}) string {
	s, _ := v.(string)
	return s
}
