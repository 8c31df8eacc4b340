package synth

import "strings"

// expand replaces every {key} in tmpl by value(key), computing only the
// values the template uses.
func expand(tmpl string, value func(key string) string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		b.WriteString(value(tmpl[i+1 : i+j]))
		tmpl = tmpl[i+j+1:]
	}
}

// fill replaces placeholder/value pairs in s: fill(s, "{X}", "legevakt").
func fill(s string, pairs ...string) string {
	return expand(s, func(key string) string {
		for i := 0; i+1 < len(pairs); i += 2 {
			if pairs[i] == "{"+key+"}" {
				return pairs[i+1]
			}
		}
		return "{" + key + "}"
	})
}
