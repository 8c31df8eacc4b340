package web

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// TestPages: every page renders on the sample archive and shows what it is
// for.
func TestPages(t *testing.T) {
	s := newTestServer(t, "")
	doc := firstHit(t, s, "integritet veileder")
	cases := []struct {
		name, target string
		want         []string // in the page, in order
	}{
		{"search form", "/", []string{`src="/static/search.js"`, `name="q"`, "Avgrens søket", `role="status"`}},
		{"search", "/?q=" + url.QueryEscape("dagsorden"), []string{"Type", "treff", "<mark>", "Styringsgruppen"}},
		{"search by date", "/?q=dagsorden&sort=date", []string{"2025-12-02", "2025-09-16"}},
		{"search facet", "/?q=normen&kind=presentation", []string{`aria-current="true" class="active">presentasjon`, "Nytt i Normen"}},
		{"search cases", "/?q=integritet&cases=1", []string{"Sak 21/25"}},
		{"search with no hit", "/?q=zzyzxq", []string{"0 treff"}},
		{"search names the passage's page", "/?q=" + url.QueryEscape("veileder integritet") + "&format=pdf", []string{"#side-", "· side "}},
		{"document", "/dokument/" + doc + "?q=integritet", []string{"åpne originalen", "<mark>"}},
		{"meeting", "/mote/2025-09-16/" + url.PathEscape("Styringsgruppen for Normen"),
			[]string{"Deltakere", "Ida-Kristin Martinussen", "Sak 19/25", "Vedtak:</strong> Innkalling og dagsorden godkjennes", "Sak 21/25", "Dokumenter"}},
		{"case", "/sak/21/25", []string{"2025-09-16", "Veileder om helseopplysningenes integritet"}},
		{"person", "/person/" + url.PathEscape("Martinussen Ida-Kristin"), []string{"2025-09-16", "til stede"}},
		{"register", "/register", []string{"saker", "CSV", "2025-12-02", "33/25", "<td>Styringsgruppen godkjente innkalling"}},
		{"register sorts by each column", "/register", []string{"sort=date", "sort=body", "sort=case", "sort=title", "sort=decided"}},
		{"register filtered", "/register?case=21/25", []string{"1 saker", "21/25"}},
		{"status", "/status", []string{"9 av 9 filer", "Siste kjøring", "Karantene"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, body := get(t, s, c.target)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s: %d\n%s", c.target, res.StatusCode, body)
			}
			if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
				t.Errorf("content type %q", res.Header.Get("Content-Type"))
			}
			rest := body
			for _, w := range c.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("%s: no %q (in order) in\n%s", c.target, w, body)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestCasePath(t *testing.T) {
	s := newTestServer(t, "")
	for number, want := range map[string]string{"21/25": "/sak/21/25", "PS 12/24": "/sak/PS%2012/24", "3#a?b": "/sak/3%23a%3Fb"} {
		got := casePath(number)
		if got != want {
			t.Errorf("casePath(%q) = %q, want %q", number, got, want)
		}
		req := httptest.NewRequest(http.MethodGet, got, nil)
		if req.URL.Path != "/sak/"+number {
			t.Errorf("%s reads back as %q", got, req.URL.Path)
		}
	}
	if res, _ := get(t, s, casePath("21/25")); res.StatusCode != http.StatusOK {
		t.Errorf("%s: %d", casePath("21/25"), res.StatusCode)
	}
}

// firstHit is the document id of the first API search hit for q.
func firstHit(t *testing.T, s *Server, q string) string {
	t.Helper()
	var res searchResult
	getJSON(t, s, "/api/search?q="+url.QueryEscape(q), &res)
	if len(res.Hits) == 0 {
		t.Fatalf("no hit for %q", q)
	}
	return res.Hits[0].DocID
}

func getJSON(t *testing.T, s *Server, target string, v any) {
	t.Helper()
	res, body := get(t, s, target)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %s", target, res.StatusCode, body)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("%s: %v", target, err)
	}
}

// TestOriginalFile: the original is served by id, opening at the page of
// the first match for a PDF.
func TestOriginalFile(t *testing.T) {
	s := newTestServer(t, "")
	var res searchResult
	getJSON(t, s, "/api/search?q=integritet&format=pdf", &res)
	if len(res.Hits) == 0 || !strings.HasSuffix(res.Hits[0].Path, ".pdf") {
		t.Fatalf("no PDF hit: %+v", res.Hits)
	}
	id := res.Hits[0].DocID
	_, page := get(t, s, "/dokument/"+id+"?q=integritet")
	if !strings.Contains(page, `/files/`+id+`#page=`) {
		t.Errorf("document page links no page of the original")
	}
	r, body := get(t, s, "/files/"+id)
	if r.StatusCode != http.StatusOK || r.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(body, "%PDF") {
		t.Errorf("/files/%s: %d %q", id, r.StatusCode, r.Header.Get("Content-Type"))
	}
}

// TestRegisterDownload: CSV and JSON hold exactly the rows the page shows.
func TestRegisterDownload(t *testing.T) {
	s := newTestServer(t, "")
	const params = "q=godkjenning&sort=case&order=asc&limit=3&offset=1"
	var list decisionList
	getJSON(t, s, "/api/decisions?"+params, &list)
	if len(list.Rows) != 3 || list.Total < 4 {
		t.Fatalf("want 3 of at least 4 rows, got %d of %d", len(list.Rows), list.Total)
	}
	for i := 1; i < len(list.Rows); i++ {
		if list.Rows[i-1].Number > list.Rows[i].Number {
			t.Errorf("rows not sorted by case: %s before %s", list.Rows[i-1].Number, list.Rows[i].Number)
		}
	}
	_, page := get(t, s, "/register?"+params)
	var fromJSON []struct{ Number string }
	getJSON(t, s, "/register.json?"+params, &fromJSON)
	_, csvBody := get(t, s, "/register.csv?"+params)
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvBody, "\ufeff")))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(fromJSON) != 3 || len(recs) != 4 {
		t.Fatalf("downloads hold %d (JSON) and %d (CSV, with header) rows, the page 3", len(fromJSON), len(recs))
	}
	for i, row := range list.Rows {
		if fromJSON[i].Number != row.Number || !strings.Contains(strings.Join(recs[i+1], ";"), row.Number) {
			t.Errorf("row %d: page %s, JSON %s, CSV %v", i, row.Number, fromJSON[i].Number, recs[i+1])
		}
		if !strings.Contains(page, ">"+row.Number+"<") {
			t.Errorf("page lacks row %s", row.Number)
		}
	}
}
