package synth

import (
	"fmt"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// FileName names document i: "2025/referat-formannskapet-i-voss-herad-2025-03-05-00012.docx",
// under a folder for its year, unique by its index.
func FileName(m Meeting, i int, format string) string {
	kind := map[string]string{doc.KindMinutes: "referat", doc.KindGuide: "veileder", doc.KindPresentation: "presentasjon"}[m.Kind]
	if m.Layout == LayoutProtocol || m.Layout == LayoutBoard {
		kind = "protokoll"
	}
	subject := m.Body
	if m.Kind != doc.KindMinutes {
		subject = m.Title
	}
	return fmt.Sprintf("%d/%s-%s-%s-%05d.%s", m.Date.Year(), kind, slug(subject, 48), m.Date.Format("2006-01-02"), i, format)
}

var slugFold = strings.NewReplacer("æ", "ae", "ø", "o", "å", "a", "é", "e", "ü", "u")

// slug is s in lower-case ASCII letters and digits joined by hyphens, cut
// to at most n bytes at a hyphen.
func slug(s string, n int) string {
	s = slugFold.Replace(strings.ToLower(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if len(out) > n {
		if cut := strings.LastIndexByte(out[:n], '-'); cut > 0 {
			out = out[:cut]
		} else {
			out = out[:n]
		}
	}
	return out
}
