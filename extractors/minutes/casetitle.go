package minutes

import "strings"

// splitType strips a case type from a title: "Beslutningssak: Handlingsplan
// 2026", "Handlingsplan 2026 (Beslutningssak)", "Orienteringssak – FSIF".
func splitType(title string) (typ, rest string) {
	if caseType().MatchString(trimSeps(title)) {
		return trimSeps(title), ""
	}
	for _, sep := range []string{":", " – ", " - ", " — "} {
		if i := strings.Index(title, sep); i > 0 && caseType().MatchString(strings.TrimSpace(title[:i])) {
			return strings.TrimSpace(title[:i]), trimSeps(title[i+len(sep):])
		}
		if i := strings.LastIndex(title, sep); i > 0 && caseType().MatchString(trimSeps(title[i:])) {
			return trimSeps(title[i:]), trimSeps(title[:i])
		}
	}
	if out, in := splitParens(title); len(in) > 0 && caseType().MatchString(in[len(in)-1]) {
		return in[len(in)-1], out
	}
	return "", title
}

// cleanTitle removes times and separators around a title.
func cleanTitle(s string) string { return stripTimes(trimSeps(s)) }
