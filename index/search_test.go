package index

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestSearchFilters(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		q     Query
		check func(Hit) bool
		min   int // at least this many hits
	}{
		{"kind", Query{Text: "veileder", Kind: "guide"}, func(h Hit) bool { return h.Kind == "guide" }, 2},
		{"body words", Query{Text: "sak", Body: "styringsgruppen normen"}, func(h Hit) bool { return h.Body == "Styringsgruppen for Normen" }, 2},
		{"from", Query{Text: "møte", From: day("2025-01-01")}, func(h Hit) bool { return h.Date >= "2025-01-01" }, 3},
		{"to includes the day", Query{Text: "møte", To: day("2023-11-07")}, func(h Hit) bool { return h.Date != "" && h.Date <= "2023-11-07" }, 1},
		{"cases only", Query{Text: "legevaktsamarbeid", CasesOnly: true}, func(h Hit) bool {
			return h.Case == "12/24" && strings.Contains(h.ID, "#") && strings.Contains(strings.Join(h.Fragments, " "), MarkStart+"legevaktsamarbeid"+MarkEnd)
		}, 1},
		{"case text field", Query{Text: "tekst:legevaktsamarbeid", CasesOnly: true}, func(h Hit) bool { return h.Case == "12/24" }, 1},
		{"case wildcard", Query{Text: "legevaktsam*", CasesOnly: true}, func(h Hit) bool { return h.Case == "12/24" }, 1},
		{"case compound", Query{Text: "legevakt", CasesOnly: true}, func(h Hit) bool { return h.Case == "12/24" }, 1},
		{"file text field", Query{Text: "text:legevaktsamarbeid"}, func(h Hit) bool { return h.Case == "" && strings.Contains(h.Path, "kommunestyret") }, 1},
		{"field syntax", Query{Text: "sak:40/23", CasesOnly: true}, func(h Hit) bool { return h.Case == "40/23" }, 1},
		{"must not", Query{Text: "legevakt -kommunestyret"}, func(h Hit) bool { return !strings.Contains(h.Path, "kommunestyret") }, 1},
		{"wildcard on exact forms", Query{Text: "Veiledern*"}, func(h Hit) bool { return strings.Contains(h.Path, "sikre-systemer") }, 1},
		{"browse newest first", Query{Kind: "minutes"}, func(h Hit) bool { return h.Kind == "minutes" }, 5},
		{"phrase in the title", Query{Text: `tittel:"styringsgruppen for normen"`}, func(h Hit) bool { return strings.Contains(h.Title, "styringsgruppen for Normen") }, 1},
		{"title phrase in order", Query{Text: `tittel:"normen for styringsgruppen"`}, func(Hit) bool { return false }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) < tt.min {
				t.Fatalf("%d hits, want at least %d: %+v", len(res.Hits), tt.min, res.Hits)
			}
			for _, h := range res.Hits {
				if !tt.check(h) {
					t.Errorf("unexpected hit %+v", h)
				}
			}
		})
	}
}

func TestSearchGroupsFormats(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Text: "legevaktsamarbeid", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || len(res.Hits[0].Also) != 1 {
		t.Fatalf("want the DOCX and PDF minutes as one hit, got %+v", res.Hits)
	}
	h := res.Hits[0]
	if !strings.HasPrefix(h.Path, "nordvik/kommunestyret-2024-03-12.") || !strings.HasPrefix(h.Also[0], "nordvik/kommunestyret-2024-03-12.") {
		t.Errorf("grouped %s with %v", h.Path, h.Also)
	}
	if len(h.Fragments) == 0 || !strings.Contains(h.Fragments[0], MarkStart+"legevaktsamarbeid"+MarkEnd) {
		t.Errorf("fragments %q lack the marked match", h.Fragments)
	}
	if res.Total < 2 {
		t.Errorf("total %d counts index documents before grouping, want ≥ 2", res.Total)
	}
}

func TestSearchFacets(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Text: "vedtak"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Facets) != 0 {
		t.Errorf("facets counted without being asked for: %+v", res.Facets)
	}
	if res, err = ix.Search(context.Background(), Query{Text: "vedtak", Facets: true}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"kind", "body", "year", "format", "lang"} {
		sum := 0
		for _, c := range res.Facets[name] {
			sum += c.Count
		}
		if sum == 0 || uint64(sum) > res.Total {
			t.Errorf("facet %s sums to %d of %d matches: %+v", name, sum, res.Total, res.Facets[name])
		}
	}
}

// TestSearchBadSyntaxAsWords: text that is not the query syntax (a stray
// quote, a time of day read as field:value) is searched as plain words.
func TestSearchBadSyntaxAsWords(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{`"vedtak`, `vedtak kl. 13:30`} {
		res, err := ix.Search(context.Background(), Query{Text: bad})
		if err != nil || len(res.Hits) == 0 {
			t.Errorf("search %s: %v, %+v", bad, err, res)
		}
	}
}

func TestFragments(t *testing.T) {
	text := strings.Repeat("fyll ", 100) + "her er møtet og mer " + strings.Repeat("ord ", 100) + "slutt møtet"
	i := strings.Index(text, "møtet")
	j := strings.LastIndex(text, "møtet")
	got, best := fragments(text, []span{{i, i + len("møtet")}, {j, j + len("møtet")}})
	if best != i {
		t.Errorf("best passage at %d, want the first of equals at %d", best, i)
	}
	if len(got) != 2 {
		t.Fatalf("got %d fragments: %q", len(got), got)
	}
	for _, f := range got {
		if !strings.Contains(f, "[[møtet]]") || len(f) > fragmentSize+fragmentLead+40 {
			t.Errorf("fragment %q", f)
		}
	}
	if !strings.HasSuffix(got[1], "slutt [[møtet]]") || !strings.HasPrefix(got[0], ellipsis) {
		t.Errorf("ellipses wrong: %q", got)
	}
	k := strings.LastIndex(text, "ord")
	if _, best = fragments(text, []span{{i, i + len("møtet")}, {k, k + 3}, {j, j + len("møtet")}}); best != k {
		t.Errorf("best passage at %d, want the window with two matches at %d", best, k)
	}
}

func TestSearchBrowseNewestFirst(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Kind: "minutes", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(res.Hits); i++ {
		if res.Hits[i].Date > res.Hits[i-1].Date {
			t.Errorf("hit %d dated %s after %s", i, res.Hits[i].Date, res.Hits[i-1].Date)
		}
	}
	if len(res.Hits) < 5 {
		t.Errorf("%d minutes, want 5 meetings", len(res.Hits))
	}
}

func FuzzFragments(f *testing.F) {
	f.Add("Styret godkjente møtet i sløyfemodellen", 7, 16, 20, 26)
	f.Add(strings.Repeat("ord ", 80)+"møtet", 0, 3, 300, 325)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		var ss []span
		for _, s := range []span{{a, b}, {c, d}} {
			if validSpan(s, text) {
				ss = append(ss, s)
			}
		}
		frags, best := fragments(text, mergeSpans(ss))
		if best < 0 || best > len(text) {
			t.Fatalf("best passage at %d outside the text", best)
		}
		for _, fr := range frags {
			if len(fr) > len(text)+len(ss)*(len(MarkStart)+len(MarkEnd))+2*len(ellipsis) {
				t.Fatalf("fragment %q longer than its text", fr)
			}
		}
	})
}

// TestCaseFieldsFindFiles: case: and decision: queries find the file that
// holds the case, and with CasesOnly the case itself.
func TestCaseFieldsFindFiles(t *testing.T) {
	ix := newTestIndex(t)
	recs := loadRecords(t)
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	var rec *doc.Record
	for _, r := range recs {
		if len(r.Cases) > 0 && r.Cases[0].Number != "" && r.Cases[0].Decision != "" {
			rec = r
			break
		}
	}
	if rec == nil {
		t.Fatal("no record with a numbered, decided case")
	}
	c := rec.Cases[0]
	word := strings.Fields(c.Decision)[len(strings.Fields(c.Decision))-1]
	for _, text := range []string{`case:"` + c.Number + `"`, "decision:" + strings.Trim(word, ".,")} {
		for _, cases := range []bool{false, true} {
			res, err := ix.Search(context.Background(), Query{Text: text, CasesOnly: cases, Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, h := range res.Hits {
				paths := append([]string{h.Path}, h.Also...)
				found = found || (slices.Contains(paths, rec.Path) && (h.Case != "") == cases)
			}
			if !found {
				t.Errorf("%s (cases %v) misses %s: %+v", text, cases, rec.Path, res.Hits)
			}
		}
	}
}

// TestBodyFilterFolds: --body matches the body's name typed with or
// without æøå, and only that body.
func TestBodyFilterFolds(t *testing.T) {
	ix := newTestIndex(t)
	recs := []*doc.Record{
		{Path: "a.txt", Title: "Referat", Text: "Møte om budsjett.", Meeting: &doc.Meeting{Body: "Årdal formannskap", Date: "2024-01-02"}},
		{Path: "b.txt", Title: "Referat", Text: "Møte om budsjett.", Meeting: &doc.Meeting{Body: "Ardalsnes grendelag", Date: "2024-01-03"}},
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{"årdal", "ardal", "aardal", "ÅRDAL formannskapet"} {
		res, err := ix.Search(context.Background(), Query{Text: "budsjett", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if got := stems(res.Hits); !slices.Equal(got, []string{"a"}) {
			t.Errorf("--body %s: %v, want [a]", body, got)
		}
	}
}

// TestSearchPages: a page of a search is that slice of the whole ranking,
// also when ordered by date (newest first, the order of relevance among
// equal dates), with the same fragments.
func TestSearchPages(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, byDate := range []bool{false, true} {
		all, err := ix.Search(ctx, Query{Text: "møte", Limit: MaxLimit, ByDate: byDate})
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Hits) < 5 {
			t.Fatalf("%d hits, want at least 5", len(all.Hits))
		}
		if byDate && !slices.IsSortedFunc(all.Hits, func(a, b Hit) int { return strings.Compare(b.Date, a.Date) }) {
			t.Errorf("by date, hits are not newest first: %v", dates(all.Hits))
		}
		for _, off := range []int{0, 2, len(all.Hits) - 1, len(all.Hits) + 3} {
			page, err := ix.Search(ctx, Query{Text: "møte", Offset: off, Limit: 2, ByDate: byDate})
			if err != nil {
				t.Fatal(err)
			}
			want := all.Hits[min(off, len(all.Hits)):min(off+2, len(all.Hits))]
			if !slices.EqualFunc(page.Hits, want, sameHit) || page.Total != all.Total {
				t.Errorf("by date %v, offset %d: %v (total %d), want %v (total %d)",
					byDate, off, ids(page.Hits), page.Total, ids(want), all.Total)
			}
		}
	}
}

func sameHit(a, b Hit) bool {
	return a.ID == b.ID && a.Page == b.Page && slices.Equal(a.Fragments, b.Fragments) && slices.Equal(a.Also, b.Also)
}

func ids(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

func dates(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Date
	}
	return out
}
