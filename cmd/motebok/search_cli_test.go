package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/index"
)

// TestSearchLanguage runs the query language, the flags anywhere on the
// line and every invalid filter against the sample archive.
func TestSearchLanguage(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	mustMotebok(t, 0, "ingest", "--data", data, corpusDir)
	files := func(res index.Result) []string {
		var out []string
		for _, h := range res.Hits {
			out = append(out, filepath.Base(h.Path))
		}
		return out
	}
	has := func(res index.Result, name string) bool { return strings.Contains(strings.Join(files(res), " "), name) }
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string                  // part of the message, for errors
		check  func(index.Result) bool // for exit 0, on the --json output
	}{
		{"every word must match", []string{"integritet handlingsplan"}, 0, "",
			func(r index.Result) bool { return r.Total > 0 && !has(r, "veileder-integritet") }},
		{"OR widens", []string{"integritet OR handlingsplan"}, 0, "",
			func(r index.Result) bool { return has(r, "veileder-integritet") && has(r, "2025-12-02") }},
		{"ELLER widens", []string{"integritet", "ELLER", "handlingsplan"}, 0, "",
			func(r index.Result) bool { return has(r, "veileder-integritet") && has(r, "2025-12-02") }},
		{"-word excludes", []string{"integritet -handlingsplan"}, 0, "",
			func(r index.Result) bool { return r.Total > 0 && !has(r, "2025-12-02") }},
		{"-word as its own argument", []string{"integritet", "-handlingsplan"}, 0, "",
			func(r index.Result) bool { return r.Total > 0 && !has(r, "2025-12-02") }},
		{"NOT excludes", []string{"integritet NOT handlingsplan"}, 0, "",
			func(r index.Result) bool { return r.Total > 0 && !has(r, "2025-12-02") }},
		{"IKKE excludes", []string{"integritet IKKE handlingsplan"}, 0, "",
			func(r index.Result) bool { return r.Total > 0 && !has(r, "2025-12-02") }},
		{"phrase", []string{`"forslag til vedtak"`}, 0, "",
			func(r index.Result) bool { return has(r, "referat-styringsgruppen") }},
		{"field:value", []string{"kind:guide"}, 0, "",
			func(r index.Result) bool { return len(r.Hits) > 0 && r.Hits[0].Kind == "guide" }},
		{"no document has every word: partial matches", []string{"xyzzy handlingsplan"}, 0, "",
			func(r index.Result) bool { return r.Partial && has(r, "2025-12-02") }},
		{"every word matches: not partial", []string{"integritet handlingsplan"}, 0, "",
			func(r index.Result) bool { return !r.Partial }},
		{"only stop words are searched", []string{"og"}, 0, "",
			func(r index.Result) bool { return r.Total > 0 }},
		{"flags after the query", []string{"møtet", "--limit", "1"}, 0, "",
			func(r index.Result) bool { return len(r.Hits) == 1 }},
		{"flag between words", []string{"integritet", "--kind=guide", "veileder"}, 0, "",
			func(r index.Result) bool { return len(r.Hits) == 1 && r.Hits[0].Kind == "guide" }},
		{"after -- nothing is a flag", []string{"--", "--limit"}, 0, "", nil},
		{"unknown kind", []string{"møte", "--kind", "referat"}, 2, "minutes, agenda, presentation, guide, other", nil},
		{"month 13", []string{"møte", "--from", "2024-13-01"}, 2, "YYYY-MM-DD", nil},
		{"reversed range", []string{"møte", "--from", "2025", "--to", "2024"}, 2, "after --to", nil},
		{"year 0", []string{"møte", "--from", "0000"}, 2, "1700 to 2200", nil},
		{"limit 0", []string{"møte", "--limit", "0"}, 2, "1 to 1000", nil},
		{"limit over the maximum", []string{"møte", "--limit", "5000"}, 2, "1 to 1000", nil},
		{"unknown flag", []string{"møte", "--limti", "5"}, 2, "not defined", nil},
		{"query too long", []string{strings.Repeat("a* ", 1000)}, 2, "at most 1024", nil},
		{"too many words", []string{strings.Repeat("møte ", 40)}, 2, "at most 32", nil},
		{"too many wildcards", []string{"a* b* c* d* e*"}, 2, "wildcard or fuzzy", nil},
		{"no query", nil, 2, "needs a QUERY", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"search", "--data", data, "--json"}, tt.args...)
			r := mustMotebok(t, tt.code, args...)
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q lacks %q", r.stderr, tt.stderr)
			}
			if tt.check == nil {
				return
			}
			var res index.Result
			if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
				t.Fatalf("%v: %s", err, r)
			}
			if !tt.check(res) {
				t.Errorf("unexpected result: total %d, %v", res.Total, files(res))
			}
		})
	}
}

// TestSearchAnswers: a question about a decision lists the case first,
// with its decision, meeting date and page, in --json and in the listing;
// a plain topic and a word found only in a case's discussion do not.
func TestSearchAnswers(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	mustMotebok(t, 0, "ingest", "--data", data, corpusDir)
	tests := []struct {
		query    []string
		wantCase string // case number of the first hit, "" for a file
		page     int
	}{
		{[]string{"når ble handlingsplanen vedtatt"}, "36/25", 5},
		{[]string{"vedtak", "handlingsplan"}, "36/25", 5},
		{[]string{"kva", "vart", "vedteke", "om", "handlingsplanen"}, "36/25", 5},
		{[]string{"handlingsplan", "2026"}, "", 5},
		{[]string{"hva ble vedtatt om samlinger"}, "", 5},
		{[]string{"sloyfemodellen"}, "", 6}, // in case 38/25, page 6
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.query, " "), func(t *testing.T) {
			var res index.Result
			decodeJSON(t, mustMotebok(t, 0, append([]string{"search", "--data", data, "--json"}, tt.query...)...), &res)
			if len(res.Hits) == 0 {
				t.Fatal("no hits")
			}
			h := res.Hits[0]
			if h.Case != tt.wantCase || h.Page != tt.page || !strings.Contains(h.Path, "referat-styringsgruppen-2025-12-02.pdf") {
				t.Errorf("first hit %s case %q page %d, want case %q page %d of the December minutes' PDF", h.Path, h.Case, h.Page, tt.wantCase, tt.page)
			}
			if tt.wantCase != "" && (h.Date != "2025-12-02" || !strings.Contains(h.Decision, "godkjenner ny handlingsplan")) {
				t.Errorf("answer without its meeting date or decision: %+v", h)
			}
			listing := mustMotebok(t, 0, append([]string{"search", "--data", data}, tt.query...)...).stdout
			first, _, _ := strings.Cut(strings.SplitN(listing, "\n\n", 3)[1], "\n\n")
			if !strings.Contains(first, fmt.Sprintf(".pdf, page %d\n", tt.page)) || strings.Contains(first, "decision: ") != (tt.wantCase != "") {
				t.Errorf("first hit listed as\n%s", first)
			}
		})
	}
}

// TestDecisionsFilters checks the folding and bounds of decisions --query
// and --body.
func TestDecisionsFilters(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	mustMotebok(t, 0, "ingest", "--data", data, corpusDir)
	tests := []struct {
		name   string
		args   []string
		code   int
		rows   int // at least, for exit 0; -1: none
		stderr string
	}{
		{"query without æøå", []string{"--query", "horing"}, 0, 1, ""},
		{"query with æøå", []string{"--query", "høring"}, 0, 1, ""},
		{"percent is no wildcard", []string{"--query", "%"}, 0, -1, ""},
		{"body word start", []string{"--body", "styringsgr"}, 0, 1, ""},
		{"body word inside a word", []string{"--body", "gruppen"}, 0, -1, ""},
		{"too many words", []string{"--query", strings.Repeat("ord ", 1001)}, 2, 0, "at most 64"},
		{"negative limit", []string{"--limit", "-1"}, 2, 0, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"decisions", "--data", data, "--format", "json"}, tt.args...)
			r := mustMotebok(t, tt.code, args...)
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q lacks %q", r.stderr, tt.stderr)
			}
			if tt.code != 0 {
				return
			}
			var rows []json.RawMessage
			if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil {
				t.Fatalf("%v: %s", err, r)
			}
			if tt.rows < 0 && len(rows) > 0 || len(rows) < tt.rows {
				t.Errorf("%d rows, want %d", len(rows), tt.rows)
			}
		})
	}
}
