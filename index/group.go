package index

import (
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2/search"
)

// group merges hits that share a group key (same file stem, meeting, or
// title and date) into the best-scoring one, in score order, and returns at
// most limit groups. Later formats of a kept group are listed in Also.
func group(matches search.DocumentMatchCollection, limit int) []Hit {
	hits := []Hit{}
	byKey := make(map[string]int)
	for _, m := range matches {
		keys := stringsOf(m.Fields[fGroup])
		gi, found := -1, false
		for _, k := range keys {
			if gi, found = byKey[k]; found {
				break
			}
		}
		if !found {
			if len(hits) == limit {
				continue
			}
			gi = len(hits)
			hits = append(hits, newHit(m))
		} else if p := str(m.Fields[fPath]); p != hits[gi].Path && !slices.Contains(hits[gi].Also, p) {
			hits[gi].Also = append(hits[gi].Also, p)
		}
		for _, k := range keys {
			byKey[k] = gi
		}
	}
	return hits
}

func newHit(m *search.DocumentMatch) Hit {
	h := Hit{
		ID: m.ID, Path: str(m.Fields[fPath]), Title: str(m.Fields[fTitle]),
		Kind: str(m.Fields[fKind]), Body: str(m.Fields[fBody]), Score: m.Score,
	}
	if str(m.Fields[fType]) == typeCase {
		h.Case = str(m.Fields[fCase])
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
