package index

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestPhraseAsBleve checks that phrase matches the documents bleve's match
// phrase query matches, with the same scores: phrases with stop words
// left out, a term twice, a phrase only its terms' order tells apart, one
// word, phrases in the text, the ASCII spellings and titles, and one
// that several spellings make bleve's.
func TestPhraseAsBleve(t *testing.T) {
	ix := newTestIndex(t)
	recs := loadRecords(t)
	putBatches(t, ix, recs, 8)
	m := ix.bi.Mapping()
	phrases := 0
	for _, c := range []struct {
		field, text string
		own         bool // phrase, not bleve's
		none        bool // no document holds it
	}{
		{fileSet.fold, "forslag til vedtak", true, false},
		{fileSet.fold, "saker til vedtak", true, false},
		{fileSet.fold, "vedtak forslag", true, false},
		{fileSet.fold, "som forslag til vedtak", true, false},
		{fileSet.fold, "forslag", true, false},
		{fileSet.fold, "vedtak i saker", true, false},
		{fileSet.fold, "til vedtak til vedtak", true, true},
		{fileSet.text, "forslag til vedtak", true, false},
		{fTitle, "møteprotokoll kommunestyret", true, false},
		{fileSet.fold, "styremøte", false, false},
	} {
		q := matchPhrase(m, c.field, c.text)
		q.SetBoost(0.5)
		if _, own := q.(*phrase); own != c.own {
			t.Errorf("%s %q: phrase %v, want %v", c.field, c.text, own, c.own)
		}
		if _, own := q.(*phrase); own {
			phrases++
		}
		want := matchPhraseQuery(c.field, c.text)
		want.SetBoost(0.5)
		got, wantHits := allScores(t, ix, q), allScores(t, ix, want)
		if !reflect.DeepEqual(got, wantHits) {
			t.Errorf("%s %q: %v,\nbleve's %v", c.field, c.text, got, wantHits)
		}
		if (len(wantHits) == 0) != c.none {
			t.Errorf("%s %q: %d matches, want none: %v", c.field, c.text, len(wantHits), c.none)
		}
	}
	if phrases == 0 {
		t.Error("no phrase was phrase's own")
	}
}

// allScores lists every match of q, by number, with its score.
func allScores(t *testing.T, ix *Index, q query.Query) []scored {
	t.Helper()
	snap := scorchState(t, ix)
	defer snap.Close()
	var all []scored
	s := ix.searcher(false)
	if _, _, err := s.scoreAll(context.Background(), snap, q, nil, func(m scored) { all = append(all, m) }); err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(all, func(a, b scored) int { return cmp.Compare(a.num, b.num) })
	return all
}
