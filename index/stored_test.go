package index

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

var update = flag.Bool("update", false, "rewrite testdata/search.golden")

// TestStoredReaderMatchesBleve: every stored field of every file and case
// reads as bleve's own loading gives it, from the segment and, when the
// hit's internal number is unknown, by id. The records are put in several
// batches, some twice, so that the index has several segments and deleted
// documents; it is read read-only, so that no merge changes them.
func TestStoredReaderMatchesBleve(t *testing.T) {
	dir := t.TempDir()
	recs := loadRecords(t)
	step := len(recs)/4 + 1 // a few segments: bleve merges from 6 on
	for i := 0; i < len(recs); i += step {
		w, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Put(context.Background(), recs[i:min(i+step+2, len(recs))]); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	ix, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	sr, err := ix.storedReader()
	if err != nil {
		t.Fatal(err)
	}
	defer sr.Close()
	if len(sr.segs) < 2 {
		t.Fatalf("%d segments, want several", len(sr.segs))
	}
	fields := append(append([]string{}, hitFields...), fileSet.text, caseSet.text, fDecision, "_id")
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), MaxLimit, 0, false)
	req.Fields = fields
	want, err := ix.bi.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Hits) < 20 {
		t.Fatalf("%d documents, want the test records' files and cases", len(want.Hits))
	}
	for _, byID := range []bool{false, true} {
		for _, w := range want.Hits {
			m := &search.DocumentMatch{ID: w.ID, IndexInternalID: w.IndexInternalID}
			if byID {
				m.IndexInternalID = nil
			} else if ok, err := sr.loadFromSegment(m, fields); !ok || err != nil {
				t.Fatalf("%s not read from its segment: %v", w.ID, err)
			}
			if err := sr.load(search.DocumentMatchCollection{m}, fields); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m.Fields, w.Fields) {
				t.Errorf("by id %v, %s: fields\n%v\nwant\n%v", byID, w.ID, m.Fields, w.Fields)
			}
		}
	}
}

// TestSearchGolden pins whole results (order, scores, grouping, fragments,
// pages, facets) of queries in relevance and date order, several pages,
// files and cases, in testdata/search.golden; go test -update rewrites it.
func TestSearchGolden(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, text := range []string{"møte", "møtet vedtak", `"forslag til vedtak"`, "sikkerhet", "normen -webinar", "hva ble vedtatt om budsjett", "mote~1", "styr*", ""} {
		for _, q := range []Query{
			{Text: text, Limit: 4, Facets: true},
			{Text: text, Limit: 4, Offset: 4},
			{Text: text, Limit: 3, Offset: 1, ByDate: true},
			{Text: text, Limit: 5, Offset: 6, ByDate: true},
			{Text: text, Limit: 5, CasesOnly: true},
			{Text: text, Limit: 5, Offset: 5, CasesOnly: true, ByDate: true},
		} {
			res, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			for i := range res.Hits {
				res.Hits[i].Score = float64(float32(res.Hits[i].Score)) // the last bits differ between platforms
			}
			out, err := json.MarshalIndent(res, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%+v\n%s\n\n", q, out)
		}
	}
	if *update {
		if err := os.WriteFile("testdata/search.golden", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/search.golden")
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("results differ from testdata/search.golden (go test -run TestSearchGolden -update, then git diff)")
	}
}

// TestCandidatesAsBleveOrders: for every number of candidates, with ties
// inside and at the cut (copies score alike), candidates gives the matches
// and order of bleve's sort by score and id.
func TestCandidatesAsBleveOrders(t *testing.T) {
	ix := newTestIndex(t)
	recs := loadRecords(t)
	for i := range 4 { // more copies of one text, so that many scores tie
		r := *recs[len(recs)-1]
		r.Path = fmt.Sprintf("kopi/%d.pdf", i)
		recs = append(recs, &r)
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, text := range []string{"møte", "normen", "styret vedtak"} {
		for _, cases := range []bool{false, true} {
			s := ix.searcher(cases)
			q := Query{Text: text}
			bq := s.buildQuery(q, s.compile(mustParse(t, text)).query(false))
			for size := 1; size <= 40; size++ {
				got, err := s.candidates(ctx, q, bq, size, nil)
				if err != nil {
					t.Fatal(err)
				}
				want, err := s.collect(ctx, bq, size, "-_score", "_id")
				if err != nil {
					t.Fatal(err)
				}
				if g, w := matchIDs(got.Hits), matchIDs(want.Hits); !slices.Equal(g, w) || got.Total != want.Total {
					t.Errorf("%q cases %v, %d candidates: %v, want %v", text, cases, size, g, w)
				}
			}
		}
	}
}

func mustParse(t *testing.T, text string) parsedQuery {
	pq, err := parseQuery(text)
	if err != nil {
		t.Fatal(err)
	}
	return pq
}

// matchIDs lists id and score of each match.
func matchIDs(ms search.DocumentMatchCollection) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%s %v", m.ID, m.Score)
	}
	return out
}
