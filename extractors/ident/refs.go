package ident

import (
	"slices"
	"strings"
)

// Ref is a written reference to a case: the words as written and the
// CaseKey of the case referred to.
type Ref struct {
	Text string
	Key  string
}

// maxRefs bounds the references read from one text.
const maxRefs = 64

// References finds the written references to cases in text, each key
// once, in order: "jf. sak 21/25" gives {"sak 21/25", "21/25"}, "PS
// 12/24" gives {"PS 12/24", "ps 12/24"}.
func References(text string) []Ref {
	var out []Ref
	seen := map[string]bool{}
	for _, m := range refRe().FindAllStringSubmatchIndex(text, maxRefs) {
		written := strings.TrimSpace(text[m[0]:m[3]])
		label := strings.ToLower(text[m[0]:m[2]])
		key := CaseKey(written)
		if refLabel(label) {
			key = CaseKey(text[m[2]:m[3]])
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, Ref{Text: written, Key: key})
		}
	}
	return out
}

// refLabel reports whether the words before a number only say "case", so
// that the key is the number alone.
func refLabel(prefix string) bool {
	w := strings.Fields(prefix)
	return len(w) > 0 && slices.Contains(refLabels, strings.TrimRight(w[0], "."))
}

// TitleKey folds a document title for finding it in other texts, without a
// short label before a colon: "Veileder: Sikre helseopplysningenes
// integritet" gives "sikre helseopplysningenes integritet".
func TitleKey(title string) string {
	t := Lower(title)
	if before, after, ok := strings.Cut(t, ":"); ok && len(strings.Fields(before)) <= 2 {
		t = after
	}
	return strings.TrimFunc(t, IsEdgePunct)
}
