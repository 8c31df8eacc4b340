package web

import (
	"fmt"
	"testing"

	"github.com/motebok/motebok/index"
)

func result(n int) *index.Result {
	r := &index.Result{}
	for i := range n {
		r.Hits = append(r.Hits, index.Hit{ID: fmt.Sprint(i)})
	}
	return r
}

func TestResultCache(t *testing.T) {
	c := newResultCache()
	q := index.Query{Text: "budsjett", Limit: 20}
	c.put(q, result(20))
	for _, tc := range []struct {
		q    index.Query
		want bool
	}{
		{q, true},
		{index.Query{Text: "budsjett", Limit: 10}, true},  // fewer hits: a prefix
		{index.Query{Text: "budsjett", Limit: 40}, false}, // more than held
		{index.Query{Text: "budsjett", Limit: 20, Kind: "minutes"}, false},
		{index.Query{Text: "Budsjett", Limit: 20}, false},
	} {
		if _, ok := c.get(tc.q); ok != tc.want {
			t.Errorf("get(%+v) = %v, want %v", tc.q, ok, tc.want)
		}
	}
	few := index.Query{Text: "sjelden", Limit: 20}
	c.put(few, result(3)) // every hit there is: answers any limit
	if _, ok := c.get(index.Query{Text: "sjelden", Limit: 1000}); !ok {
		t.Error("a complete result does not answer a larger limit")
	}
	for i := range cacheSize {
		c.put(index.Query{Text: fmt.Sprint(i), Limit: 10}, result(1))
	}
	if _, ok := c.get(q); ok {
		t.Error("the least recently used result is kept beyond cacheSize")
	}
	if _, ok := c.get(index.Query{Text: fmt.Sprint(cacheSize - 1), Limit: 10}); !ok {
		t.Error("the latest result is dropped")
	}
}
