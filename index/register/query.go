package register

import (
	"strings"
	"unicode/utf8"
)

// queryWords splits a free-text query into folded words without edge
// punctuation ("Høring:" → "høring").
func queryWords(q string) []string {
	var out []string
	for _, w := range strings.Fields(fold(q)) {
		if w = strings.TrimFunc(w, isEdgePunct); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// matchExpr builds an FTS5 MATCH expression for the query words the trigram
// index can serve (three or more characters): each a quoted string, all
// required. It returns "" when there are none.
func matchExpr(q string) string {
	var parts []string
	for _, w := range queryWords(q) {
		if utf8.RuneCountInString(w) >= 3 {
			parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
		}
	}
	return strings.Join(parts, " AND ")
}

// shortWords returns the query words too short for the trigram index.
func shortWords(q string) []string {
	var out []string
	for _, w := range queryWords(q) {
		if utf8.RuneCountInString(w) < 3 {
			out = append(out, w)
		}
	}
	return out
}

// likeEscape escapes LIKE wildcards with a backslash.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
