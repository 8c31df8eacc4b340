package web

import (
	"context"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
)

// link is a labelled URL, as a facet value or a paging link.
type link struct {
	Label  string
	Count  int
	URL    string
	Active bool
}

// searchView is the search page.
type searchView struct {
	P                 searchParams
	Kinds, Formats    []string
	Languages         []string
	Res               *searchResult
	Hits              []hitView
	Facets            []facetView
	Prev, Next        string
	ByRelevance, Date string
	From, To          int // positions of the hits shown, 1-based
}

type hitView struct {
	hit
	URL string
}

type facetView struct {
	Name  string // Norwegian heading
	Links []link
}

// facetParams maps the index's facets to the parameters they set.
var facetParams = []struct{ facet, param, label string }{
	{"kind", "kind", "Type"}, {"body", "body", "Organ"}, {"year", "year", "År"},
}

func (s *Server) searchPage(ctx context.Context, r *http.Request, pg page) (string, any, error) {
	p, err := parseSearch(r.URL.Query())
	if err != nil {
		return "", nil, err
	}
	v := &searchView{P: p, Kinds: doc.Kinds, Formats: formats, Languages: languages}
	if p.Q == "" {
		return "Søk", v, nil
	}
	if v.Res, err = s.search(ctx, p); err != nil {
		return "", nil, err
	}
	for _, h := range v.Res.Hits {
		v.Hits = append(v.Hits, hitView{hit: h, URL: pg.url("/dokument/"+h.DocID, url.Values{"q": {p.Q}})})
	}
	v.Facets = facetLinks(pg, p, v.Res.Facets)
	v.From, v.To = p.Offset+1, p.Offset+len(v.Hits)
	v.Prev, v.Next = pagingLinks(pg, "/", p.values(), p.Offset, p.Limit, len(v.Hits) == p.Limit && p.Offset+p.Limit < index.MaxLimit)
	rel, date := p, p
	rel.Sort, date.Sort, rel.Offset, date.Offset = "", "date", 0, 0
	v.ByRelevance, v.Date = pg.url("/", rel.values()), pg.url("/", date.values())
	return "Søk: " + p.Q, v, nil
}

// facetLinks turns facet counts into links that set (or, when set, clear)
// their filter and start again at the first page.
func facetLinks(pg page, p searchParams, facets map[string][]index.FacetCount) []facetView {
	var out []facetView
	for _, f := range facetParams {
		fv := facetView{Name: f.label}
		for _, c := range facets[f.facet] {
			v := p.values()
			v.Del("offset")
			active := v.Get(f.param) == c.Term
			if active {
				v.Del(f.param)
			} else {
				v.Set(f.param, c.Term)
			}
			fv.Links = append(fv.Links, link{Label: c.Term, Count: c.Count, URL: pg.url("/", v), Active: active})
		}
		if len(fv.Links) > 0 {
			out = append(out, fv)
		}
	}
	return out
}

// pagingLinks are the previous and next pages of a listing at offset.
func pagingLinks(pg page, path string, v url.Values, offset, limit int, more bool) (prev, next string) {
	if offset > 0 {
		v.Set("offset", itoa(max(0, offset-limit)))
		prev = pg.url(path, v)
	}
	if more {
		v.Set("offset", itoa(offset+limit))
		next = pg.url(path, v)
	}
	return prev, next
}

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
			v.CaseURLs[c.Number] = pg.url("/sak/"+c.Number, nil)
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
var queryWord = regexp.MustCompile(`[\p{L}\p{N}]{2,}`)

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
		for _, w := range queryWord.FindAllString(f, -1) {
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

// registerView is the register page.
type registerView struct {
	P              decisionParams
	List           *decisionList
	Rows           []rowView
	Columns        []link
	Prev, Next     string
	CSV, JSON      string
	FirstRow, Last int
}

type rowView struct {
	decisionRow
	DocURL, CaseURL, MeetingURL string
}

// columns are the register's sortable columns with their headings.
var columns = []struct{ key, label string }{
	{"date", "Dato"}, {"body", "Organ"}, {"case", "Sak"}, {"title", "Tittel"}, {"decided", "Vedtatt"},
}

func (s *Server) registerPage(ctx context.Context, r *http.Request, pg page) (string, any, error) {
	p, err := parseDecisions(r.URL.Query())
	if err != nil {
		return "", nil, err
	}
	list, err := s.decisions(ctx, p)
	if err != nil {
		return "", nil, err
	}
	v := &registerView{P: p, List: list, FirstRow: p.Offset + 1, Last: p.Offset + len(list.Rows)}
	for _, d := range list.Rows {
		v.Rows = append(v.Rows, rowView{decisionRow: d, DocURL: pg.url("/dokument/"+d.DocID, nil),
			CaseURL:    pg.url("/sak/"+d.Number, nil),
			MeetingURL: pg.url("/mote/"+d.MeetingDate+"/"+url.PathEscape(d.Body), nil)})
	}
	for _, c := range columns {
		q := p
		q.Offset, q.Desc = 0, !(p.Sort == c.key && p.Desc)
		v.Columns = append(v.Columns, link{Label: c.label, URL: pg.url("/register", q.values()), Active: p.Sort == c.key})
	}
	v.Prev, v.Next = pagingLinks(pg, "/register", p.values(), p.Offset, p.Limit, p.Offset+p.Limit < list.Total)
	v.CSV, v.JSON = pg.url("/register.csv", p.values()), pg.url("/register.json", p.values())
	return "Vedtaksregister", v, nil
}

// registerDownload writes exactly the rows the register page with the same
// parameters shows.
func (s *Server) registerDownload(contentType string, write func(io.Writer, []register.Decision) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, err := parseDecisions(r.URL.Query())
		var list *decisionList
		if err == nil {
			list, err = s.decisions(r.Context(), p)
		}
		if err != nil {
			code, msg := errorStatus(err)
			writeError(w, code, msg)
			return
		}
		ds := make([]register.Decision, len(list.Rows))
		for i, d := range list.Rows {
			ds[i] = d.Decision
		}
		ext := filepath.Ext(r.URL.Path)
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Disposition", `attachment; filename="vedtak`+ext+`"`)
		if err := write(w, ds); err != nil {
			slog.Debug("serve: writing register download", "err", err)
		}
	}
}

// serveFile serves the original file of a document id: the path comes
// from the catalog, never from the request.
func (s *Server) serveFile(rd renderer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		path := s.filePath(r.PathValue("id"))
		if path == "" {
			rd.fail(w, r, errNotFound{"document " + r.PathValue("id")})
			return
		}
		f, err := os.Open(path)
		if err != nil {
			rd.fail(w, r, errNotFound{"the original of document " + r.PathValue("id")})
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			rd.fail(w, r, errNotFound{"the original of document " + r.PathValue("id")})
			return
		}
		if ct := mime.TypeByExtension(filepath.Ext(path)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Header().Set("Content-Disposition", `inline; filename="`+url.PathEscape(filepath.Base(path))+`"`)
		http.ServeContent(w, r, "", fi.ModTime(), f)
	}
}
