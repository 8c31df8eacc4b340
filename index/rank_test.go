package index

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestRankTies checks candidates against bleve's order by score and id
// when more matches tie than a round of best takes: a standard agenda
// item, the same in every meeting, before and after a few that differ.
func TestRankTies(t *testing.T) {
	ix := newTestIndex(t)
	var recs []*doc.Record
	for i := range 3 * firstRound {
		recs = append(recs, &doc.Record{Path: fmt.Sprintf("mote/%03d.txt", (i*7919)%(3*firstRound)), Format: "txt", Kind: doc.KindMinutes,
			Text: "Godkjenning av innkalling og saksliste."})
	}
	for i := range 5 {
		recs = append(recs, &doc.Record{Path: fmt.Sprintf("annet/%d.txt", i), Format: "txt", Kind: doc.KindOther,
			Text: fmt.Sprintf("Godkjenning av innkalling%s.", slices.Repeat([]byte(" og budsjett"), i))})
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	s := ix.searcher(false)
	q := Query{Text: "godkjenning innkalling"}
	bq := s.buildQuery(q, s.compile(mustParse(t, q.Text)).query(true))
	for _, size := range []int{1, 3, 10, 200, 400} {
		got, err := s.candidates(context.Background(), q, bq, size, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, err := s.collect(context.Background(), bq, size, "-_score", "_id")
		if err != nil {
			t.Fatal(err)
		}
		if g, w := matchIDs(got.Hits), matchIDs(want.Hits); !slices.Equal(g, w) || got.Total != want.Total {
			t.Errorf("%d candidates: %d %v,\nwant %d %v", size, got.Total, g, want.Total, w)
		}
	}
}

// TestIDReader checks the ids idReader reads, number by number over
// several segments, against the snapshot's, and that a number past the
// last document is an error.
func TestIDReader(t *testing.T) {
	ix := newTestIndex(t)
	for b := range 3 {
		var recs []*doc.Record
		for i := range 4 + b {
			recs = append(recs, &doc.Record{Path: fmt.Sprintf("b%d/%d.txt", b, i), Format: "txt", Kind: doc.KindOther, Text: "Tekst."})
		}
		if err := ix.Put(context.Background(), recs); err != nil {
			t.Fatal(err)
		}
	}
	snap := scorchState(t, ix)
	defer snap.Close()
	if len(snap.Segments()) < 2 {
		t.Fatalf("%d segments, want several", len(snap.Segments()))
	}
	var docs uint64
	for _, n := range snapSegments(snap) {
		docs += n
	}
	ids := idReader{segs: snap.Segments()}
	for num := range docs {
		got, err := ids.id(num)
		if err != nil {
			t.Fatalf("document %d: %v", num, err)
		}
		want, err := snap.ExternalID(internalID(num))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("document %d: id %q, want %q", num, got, want)
		}
	}
	if id, err := ids.id(docs); err == nil {
		t.Errorf("document %d of %d: id %q, want an error", docs, docs, id)
	}
}
