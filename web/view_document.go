package web

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/internal/lazy"
)

// documentView is the document page.
type documentView struct {
	*doc.Record
	DocID      string
	Q          string
	Pages      []pageView
	HitPage    int // first page with a match, 0 when none
	FileURL    string
	MeetingURL string // of its meeting page
	CaseURLs   map[string]string
}

type pageView struct {
	Number  int
	FileURL string
	Blocks  []string // marked text
}

func (s *Server) documentPage(ctx context.Context, r *http.Request, pg page) (string, any, error) {
	d, err := s.document(r.PathValue("id"))
	if err != nil {
		return "", nil, err
	}
	q := r.URL.Query().Get("q")
	v := &documentView{Record: d.Record, DocID: d.DocID, Q: q, FileURL: pg.url("/files/"+d.DocID, nil), CaseURLs: map[string]string{}}
	if m := d.Record.Meeting; m != nil && m.Date != "" && m.Body != "" {
		v.MeetingURL = pg.url("/mote/"+m.Date+"/"+url.PathEscape(m.Body), nil)
	}
	for _, c := range d.Record.Cases {
		if c.Number != "" {
			v.CaseURLs[c.Number] = pg.url(casePath(c.Number), nil)
		}
	}
	re := wordsPattern(q)
	for _, p := range blocksByPage(d.Record.Blocks) {
		pv := pageView{Number: p.Number, FileURL: v.FileURL + pageFragment(p.Number)}
		for _, b := range p.Blocks {
			t, hit := highlight(b.Text, re)
			if hit && v.HitPage == 0 && p.Number > 0 {
				v.HitPage = p.Number
			}
			pv.Blocks = append(pv.Blocks, t)
		}
		v.Pages = append(v.Pages, pv)
	}
	return d.Record.Title, v, nil
}

func pageFragment(n int) string {
	if n < 1 {
		return ""
	}
	return "#page=" + itoa(n)
}

// queryWord is a word of the query language worth marking: no operators,
// fields, quotes or wildcards.
var queryWord = lazy.Regexp(`[\p{L}\p{N}]{2,}`)

// wordsPattern matches the plain words of q, ignoring case; nil when q has
// none.
func wordsPattern(q string) *regexp.Regexp {
	var ws []string
	for _, f := range strings.Fields(q) {
		if strings.HasPrefix(f, "-") || f == "OR" || f == "ELLER" || f == "NOT" || f == "IKKE" {
			continue
		}
		if _, val, ok := strings.Cut(f, ":"); ok {
			f = val
		}
		for _, w := range queryWord().FindAllString(f, -1) {
			ws = append(ws, regexp.QuoteMeta(w))
		}
	}
	if len(ws) == 0 {
		return nil
	}
	return regexp.MustCompile(`(?i)` + strings.Join(ws, "|"))
}

// highlight puts the index's markers around matches of re in s.
func highlight(s string, re *regexp.Regexp) (string, bool) {
	if re == nil {
		return s, false
	}
	out := re.ReplaceAllString(s, index.MarkStart+"$0"+index.MarkEnd)
	return out, out != s
}
