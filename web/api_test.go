package web

import (
	"encoding/json"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestSearchPaging: pages of a search put together are the first hits of
// one larger page, in the same order.
func TestSearchPaging(t *testing.T) {
	s := newTestServer(t, "")
	for _, sort := range []string{"relevance", "date"} {
		var all, p1, p2 searchResult
		getJSON(t, s, "/api/search?q=normen&limit=4&sort="+sort, &all)
		getJSON(t, s, "/api/search?q=normen&limit=2&sort="+sort, &p1)
		getJSON(t, s, "/api/search?q=normen&limit=2&offset=2&sort="+sort, &p2)
		if len(all.Hits) < 4 {
			t.Fatalf("want 4 hits, got %d", len(all.Hits))
		}
		ids := func(hs ...[]hit) (out []string) {
			for _, h := range hs {
				for _, x := range h {
					out = append(out, x.ID)
				}
			}
			return out
		}
		if got, want := ids(p1.Hits, p2.Hits), ids(all.Hits); !slices.Equal(got, want) {
			t.Errorf("sort %s: pages %v, whole %v", sort, got, want)
		}
		if p2.Offset != 2 || p2.Limit != 2 {
			t.Errorf("page 2 says offset %d limit %d", p2.Offset, p2.Limit)
		}
	}
}

// TestAPIFilters: kind, year, format and the others narrow a search; facets
// count kind, body, year, format and language.
func TestAPIFilters(t *testing.T) {
	s := newTestServer(t, "")
	cases := []struct {
		params string
		check  func(hit) bool
	}{
		{"kind=guide", func(h hit) bool { return h.Kind == "guide" }},
		{"lang=nb", func(h hit) bool { return true }},
		{"format=pptx", func(h hit) bool { return strings.HasSuffix(h.Path, ".pptx") }},
		{"year=2020", func(h hit) bool { return h.Date[:4] == "2020" }},
		{"from=2025-12-01&to=2025-12", func(h hit) bool { return h.Date >= "2025-12-01" && h.Date <= "2025-12-31" }},
		{"body=styringsgruppen", func(h hit) bool { return h.Body != "" }},
	}
	for _, c := range cases {
		var res searchResult
		getJSON(t, s, "/api/search?q=normen&"+c.params, &res)
		if len(res.Hits) == 0 {
			t.Errorf("%s: no hit", c.params)
		}
		for _, h := range res.Hits {
			if !c.check(h) {
				t.Errorf("%s: hit %s %s %s %s", c.params, h.Path, h.Kind, h.Date, h.Body)
			}
		}
		for _, f := range []string{"kind", "body", "year", "format", "lang"} {
			if _, ok := res.Facets[f]; !ok {
				t.Errorf("%s: no %s facet", c.params, f)
			}
		}
		for _, f := range []string{"kind", "format", "lang"} { // every file has these
			if len(res.Facets[f]) == 0 {
				t.Errorf("%s: facet %s counts nothing", c.params, f)
			}
		}
		// A filter on a facet's field leaves that one value in it.
		if k, v, _ := strings.Cut(c.params, "="); k != "body" && res.Facets[k] != nil {
			if fs := res.Facets[k]; len(fs) != 1 || fs[0].Term != v {
				t.Errorf("%s: facet %s is %+v", c.params, k, fs)
			}
		}
	}
}

// TestAPIErrors: every error is JSON {status, message} with that status.
func TestAPIErrors(t *testing.T) {
	s := newTestServer(t, "")
	cases := []struct {
		target string
		code   int
	}{
		{"/api/search?q=normen&kind=brev", http.StatusBadRequest},
		{"/api/search?q=normen&limit=0", http.StatusBadRequest},
		{"/api/search?q=normen&limit=101", http.StatusBadRequest},
		{"/api/search?q=normen&offset=-1", http.StatusBadRequest},
		{"/api/search?q=normen&offset=990&limit=20", http.StatusBadRequest},
		{"/api/search?q=normen&from=2025-13-01", http.StatusBadRequest},
		{"/api/search?q=normen&from=2026&to=2025", http.StatusBadRequest},
		{"/api/search?q=normen&sort=title", http.StatusBadRequest},
		{"/api/search?q=normen&year=20x5", http.StatusBadRequest},
		{"/api/search?q=%ff", http.StatusBadRequest}, // not UTF-8
		{"/api/decisions?sort=path", http.StatusBadRequest},
		{"/api/meetings/16.9.2025/Styringsgruppen", http.StatusBadRequest},
		{"/api/documents/0123456789abcdef", http.StatusNotFound},
		{"/api/persons/Ingen%20Slik", http.StatusNotFound},
		{"/api/cases/1/99", http.StatusNotFound},
	}
	for _, c := range cases {
		res, body := get(t, s, c.target)
		var e apiError
		if err := json.Unmarshal([]byte(body), &e); err != nil || res.StatusCode != c.code || e.Status != c.code || e.Message == "" {
			t.Errorf("%s: %d %s, want %d with a JSON error", c.target, res.StatusCode, body, c.code)
		}
	}
}

// TestAPIRecords: documents, meetings, cases and persons answer what the
// register and the records hold.
func TestAPIRecords(t *testing.T) {
	s := newTestServer(t, "")
	var d document
	getJSON(t, s, "/api/documents/"+firstHit(t, s, "dagsorden"), &d)
	if d.Record == nil || d.Record.Meeting == nil || len(d.Record.Cases) == 0 || d.DocID == "" {
		t.Errorf("document without id, meeting or cases: %+v", d)
	}
	var m meeting
	getJSON(t, s, "/api/meetings/2025-12-02/styringsgruppen", &m)
	if m.Date != "2025-12-02" || len(m.Cases) == 0 || len(m.Attendees) == 0 || len(m.Documents) < 2 {
		t.Errorf("meeting: %d cases, %d attendees, %d documents", len(m.Cases), len(m.Attendees), len(m.Documents))
	}
	var events []struct{ Date, Number string }
	getJSON(t, s, "/api/cases/21/25", &events)
	if len(events) == 0 || events[0].Date != "2025-09-16" {
		t.Errorf("case 21/25: %+v", events)
	}
	var escaped []struct{ Number string }
	getJSON(t, s, "/api/cases/21%2F25", &escaped)
	if len(escaped) != len(events) {
		t.Errorf("21%%2F25 gives %d events, 21/25 %d", len(escaped), len(events))
	}
	var as []struct{ Date, Status string }
	getJSON(t, s, "/api/persons/Martinussen%20Ida-Kristin", &as)
	if len(as) == 0 {
		t.Error("no meeting for Ida-Kristin Martinussen")
	}
	var st statusInfo
	getJSON(t, s, "/api/status", &st)
	if st.Indexed != 9 || st.LastRun == nil {
		t.Errorf("status: %d indexed, last run %v", st.Indexed, st.LastRun)
	}
}

// TestOpenAPIParams: openapi.json documents exactly the query parameters
// that the search and the register read, as their URLs carry them.
func TestOpenAPIParams(t *testing.T) {
	var spec struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name, In string }
		}
		Components struct {
			Schemas struct {
				SearchResult struct {
					Properties struct {
						Facets struct{ Properties map[string]any }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatal(err)
	}
	read := map[string]url.Values{
		"/api/search": searchParams{Q: "q", Kind: "k", Body: "b", Year: "y", Format: "f", Lang: "l", From: "f",
			To: "t", Sort: "s", Cases: true, Offset: 1, Limit: 1}.values(),
		"/api/decisions": decisionParams{Q: "q", Body: "b", Case: "c", From: "f", To: "t", Sort: "s",
			Desc: false, Decided: true, Offset: 1, Limit: 1}.values(),
	}
	for path, v := range read {
		var documented, served []string
		for _, p := range spec.Paths[path]["get"].Parameters {
			if p.In == "query" {
				documented = append(documented, p.Name)
			}
		}
		for k := range v {
			served = append(served, k)
		}
		slices.Sort(documented)
		slices.Sort(served)
		if !slices.Equal(documented, served) {
			t.Errorf("%s: openapi.json documents %v, the handler reads %v", path, documented, served)
		}
	}
	var res searchResult
	getJSON(t, newTestServer(t, ""), "/api/search?q=normen", &res)
	documented := slices.Sorted(maps.Keys(spec.Components.Schemas.SearchResult.Properties.Facets.Properties))
	if served := slices.Sorted(maps.Keys(res.Facets)); !slices.Equal(documented, served) {
		t.Errorf("openapi.json documents facets %v, a search counts %v", documented, served)
	}
}
