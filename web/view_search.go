package web

import (
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
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
	URL  string
	File string // the file's name
}

type facetView struct {
	Name  string // Norwegian heading
	Links []link
}

// facetParams maps the index's facets to the parameters they set.
var facetParams = []struct{ facet, param, label string }{
	{"kind", "kind", "Type"}, {"body", "body", "Organ"}, {"year", "year", "År"},
	{"format", "format", "Format"}, {"lang", "lang", "Språk"},
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
		u := pg.url("/dokument/"+h.DocID, url.Values{"q": {p.Q}})
		if h.Page > 0 {
			u += "#side-" + strconv.Itoa(h.Page) // the page of the best passage
		}
		v.Hits = append(v.Hits, hitView{hit: h, URL: u, File: filepath.Base(h.Path)})
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
