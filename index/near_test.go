package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/motebok/motebok/extractors/doc"
)

// nearIndex indexes synthetic records, the common words of which stand
// side by side often enough that many documents get a proximity bonus,
// and returns it with the most frequent words that have one stem each:
// four typed in ASCII and two not.
func nearIndex(t *testing.T) (*Index, []string, []string) {
	ix := newTestIndex(t)
	recs := synthRecords(t, 1200)
	for i := range 3 { // copies, so that scores tie
		r := *recs[i]
		r.Path = fmt.Sprintf("kopi/%d.pdf", i)
		recs = append(recs, &r)
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	var ascii, other []string
	for _, w := range synthVocabulary(t) {
		switch {
		case len(ix.stems(w)) != 1:
		case isASCII(w) && len(ascii) < 4:
			ascii = append(ascii, w)
		case !isASCII(w) && len(other) < 2:
			other = append(other, w)
		}
	}
	return ix, ascii, other
}

// TestNearCandidates checks that reading positions for the best matches
// only gives the candidates, scores, total and facets of the whole query,
// for files and cases, at every size, and that it reads fewer.
func TestNearCandidates(t *testing.T) {
	ix, w, o := nearIndex(t)
	ctx := context.Background()
	texts := []string{w[0] + " " + w[1], w[1] + " " + w[0], w[0] + " " + w[2], w[2] + " og " + w[3] + " " + w[0], o[0] + " " + w[0], w[1] + " " + o[1]}
	fewer := 0
	for _, text := range texts {
		for _, cases := range []bool{false, true} {
			s := ix.searcher(cases)
			c := s.compile(mustParse(t, text))
			if c.nearAny == nil {
				t.Fatalf("%q: no terms bound the bonus", text)
			}
			q := Query{Text: text}
			for _, size := range []int{1, 2, 10, 30, 31, 100, 300} {
				fc, want := s.facetCounter(true), s.facetCounter(true)
				got, err := s.nearCandidates(ctx, q, c, size, fc)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := s.collect(ctx, want.counting(s.buildQuery(q, c.query(true))), 1); err != nil {
					t.Fatal(err)
				}
				whole, err := s.collect(ctx, s.buildQuery(q, c.query(true)), size, "-_score", "_id")
				if err != nil {
					t.Fatal(err)
				}
				if g, w := matchIDs(got.Hits), matchIDs(whole.Hits); !slices.Equal(g, w) || got.Total != whole.Total {
					t.Errorf("%q cases %v, %d candidates: %d %v,\nwant %d %v", text, cases, size, got.Total, g, whole.Total, w)
				}
				if g, w := fmt.Sprint(fc.result()), fmt.Sprint(want.result()); g != w {
					t.Errorf("%q cases %v: facets %s, want %s", text, cases, g, w)
				}
			}
			if read, matches := nearRead(t, ix, s, c, 10); read < matches {
				fewer++
			}
		}
	}
	if fewer == 0 {
		t.Error("every search read the positions of every match")
	}
}

// nearRead returns how many matches of c get their bonus for size
// candidates, and how many hold the bonus's terms.
func nearRead(t *testing.T, ix *Index, s *searcher, c compiled, size int) (read, matches int) {
	ctx := context.Background()
	snap := scorchState(t, ix)
	defer snap.Close()
	var all []scored
	_, norm, err := s.scoreAll(ctx, snap, s.buildQuery(Query{}, c.matches(true)), &bonus{c.near, c.nearAny}, func(m scored) { all = append(all, m) })
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range all {
		if m.upper > m.score {
			matches++
		}
	}
	done, err := s.best(ctx, snap, &bonus{c.near, c.nearAny}, norm, all, size)
	if err != nil {
		t.Fatal(err)
	}
	return len(done), matches
}

// TestNearTerms checks which phrases bound their bonus by their terms:
// those of one term in each position.
func TestNearTerms(t *testing.T) {
	ix := newTestIndex(t)
	s := ix.searcher(false)
	for _, tc := range []struct {
		text, field string
		want        int // terms, 0 for none
	}{
		{"styret vedtak", s.set.fold, 2},
		{"møtet vedtak", s.set.text, 2},
		{"forslag til vedtak", s.set.text, 2},
		{"møtet vedtak", s.set.fold, 0}, // møt: mot and moet
		{"og i", s.set.text, 0},
	} {
		got := 0
		if q := s.nearTerms(tc.text, tc.field); q != nil {
			got = len(q.(*query.ConjunctionQuery).Conjuncts)
		}
		if got != tc.want {
			t.Errorf("%q in %s: %d terms, want %d", tc.text, tc.field, got, tc.want)
		}
	}
}

// TestNearLiftsLowerMatches checks a bonus that lifts documents from below
// every other to the top: the words stand together only in documents
// longer, and so scoring lower without the bonus, than the hundreds that
// hold them apart. Those fill the first two rounds exactly, so that a
// stop that forgot the bonus of the rest would stop there.
func TestNearLiftsLowerMatches(t *testing.T) {
	ix := newTestIndex(t)
	var recs []*doc.Record
	filler := func(n int) string { return strings.Repeat("gamma delta ", n/2) }
	for i := range 3 * firstRound {
		recs = append(recs, &doc.Record{Path: fmt.Sprintf("fra/%03d.txt", i), Format: "txt", Kind: doc.KindOther,
			Text: "alfa " + filler(12) + "beta"})
	}
	for i := range 5 {
		recs = append(recs, &doc.Record{Path: fmt.Sprintf("sammen/%d.txt", i), Format: "txt", Kind: doc.KindOther,
			Text: "alfa beta " + filler(14)})
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	s := ix.searcher(false)
	q := Query{Text: "alfa beta"}
	c := s.compile(mustParse(t, q.Text))
	whole, err := s.collect(context.Background(), s.buildQuery(q, c.query(true)), 5, "-_score", "_id")
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.nearCandidates(context.Background(), q, c, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := matchIDs(got.Hits), matchIDs(whole.Hits); !slices.Equal(g, w) || !strings.HasPrefix(w[0], "sammen/") {
		t.Errorf("got %v,\nwant %v (the words together first)", g, w)
	}
	words, err := s.collect(context.Background(), s.buildQuery(q, c.matches(true)), firstRound+1, "-_score")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range words.Hits {
		if strings.HasPrefix(m.ID, "sammen/") {
			t.Fatalf("%s is among the %d best without the bonus: the test needs it below", m.ID, firstRound)
		}
	}
}
