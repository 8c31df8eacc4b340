package web

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/motebok/motebok/index"
)

func result(n int) *index.Result {
	r := &index.Result{}
	for i := range n {
		r.Hits = append(r.Hits, index.Hit{ID: fmt.Sprint(i)})
	}
	return r
}

// cachedOnly reports whether c answers q without searching, with at most
// q.Limit hits.
func cachedOnly(t *testing.T, c *resultCache, q index.Query) bool {
	t.Helper()
	searched := false
	res, err := c.do(context.Background(), q, func() (*index.Result, error) {
		searched = true
		return nil, errors.New("not cached")
	})
	if err == nil && q.Limit > 0 && len(res.Hits) > q.Limit {
		t.Errorf("%+v: %d hits", q, len(res.Hits))
	}
	return err == nil && !searched
}

// store puts res into c as the result of q.
func store(t *testing.T, c *resultCache, q index.Query, res *index.Result) {
	t.Helper()
	if _, err := c.do(context.Background(), q, func() (*index.Result, error) { return res, nil }); err != nil {
		t.Fatal(err)
	}
}

func TestResultCache(t *testing.T) {
	c := newResultCache()
	q := index.Query{Text: "budsjett", Limit: 20}
	store(t, c, q, result(20))
	for _, tc := range []struct {
		q    index.Query
		want bool
	}{
		{q, true},
		{index.Query{Text: "budsjett", Limit: 10}, true},  // fewer hits: a prefix
		{index.Query{Text: "budsjett", Limit: 40}, false}, // more than held
		{index.Query{Text: "budsjett", Limit: 10, Offset: 10}, false},
		{index.Query{Text: "budsjett", Limit: 20, ByDate: true}, false},
		{index.Query{Text: "budsjett", Limit: 20, Kind: "minutes"}, false},
		{index.Query{Text: "Budsjett", Limit: 20}, false},
	} {
		if got := cachedOnly(t, c, tc.q); got != tc.want {
			t.Errorf("cached %+v = %v, want %v", tc.q, got, tc.want)
		}
	}
	few := index.Query{Text: "sjelden", Limit: 20}
	store(t, c, few, result(3)) // every hit there is: answers any limit
	if !cachedOnly(t, c, index.Query{Text: "sjelden", Limit: 1000}) {
		t.Error("a complete result does not answer a larger limit")
	}
}

// TestResultCacheBytes: the cache keeps results up to cacheBytes, dropping
// the least recently used.
func TestResultCacheBytes(t *testing.T) {
	c := newResultCache()
	big := result(10)
	for i := range big.Hits {
		big.Hits[i].Fragments = []string{strings.Repeat("x", 10_000)}
	}
	first := index.Query{Text: "0"}
	n := 2 * cacheBytes / resultSize(big)
	for i := range n {
		store(t, c, index.Query{Text: fmt.Sprint(i)}, big)
		if c.bytes > cacheBytes {
			t.Fatalf("after %d results the cache holds %d bytes, more than %d", i+1, c.bytes, cacheBytes)
		}
	}
	if cachedOnly(t, c, first) {
		t.Error("the least recently used result is kept beyond cacheBytes")
	}
	if !cachedOnly(t, c, index.Query{Text: fmt.Sprint(n - 1)}) {
		t.Error("the latest result is dropped")
	}
	if got := c.order.Len(); got < n/3 {
		t.Errorf("%d results kept, want about %d", got, n/2)
	}
}

// TestResultCacheOneFlight: concurrent requests for one search run it
// once; a failed search is not kept.
func TestResultCacheOneFlight(t *testing.T) {
	c := newResultCache()
	q := index.Query{Text: "budsjett", Limit: 10}
	var runs atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			res, err := c.do(context.Background(), q, func() (*index.Result, error) {
				runs.Add(1)
				<-release
				return result(10), nil
			})
			if err != nil || len(res.Hits) != 10 {
				t.Errorf("do = %v, %v", res, err)
			}
		})
	}
	for runs.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // the others ask meanwhile
	close(release)
	wg.Wait()
	if n := runs.Load(); n != 1 {
		t.Errorf("8 concurrent requests ran the search %d times, want 1", n)
	}

	failing := index.Query{Text: "feil"}
	if _, err := c.do(context.Background(), failing, func() (*index.Result, error) { return nil, errors.New("boom") }); err == nil {
		t.Error("the search's error is lost")
	}
	if cachedOnly(t, c, failing) {
		t.Error("a failed search is kept")
	}
}

// TestResultCacheFacets: facets kept for a search answer its other pages
// and orders, not another search.
func TestResultCacheFacets(t *testing.T) {
	c := newResultCache()
	q := index.Query{Text: "budsjett", Limit: 10, Facets: true}
	c.keepFacets(q, map[string][]index.FacetCount{"kind": {{Term: "minutes", Count: 3}}})
	for _, tc := range []struct {
		q    index.Query
		want bool
	}{
		{q, true},
		{index.Query{Text: "budsjett", Limit: 10, Offset: 20, Facets: true}, true},
		{index.Query{Text: "budsjett", Limit: 20, ByDate: true, Facets: true}, true},
		{index.Query{Text: "budsjett", Limit: 10, Kind: "guide", Facets: true}, false},
		{index.Query{Text: "budsjett vedtak", Limit: 10, Facets: true}, false},
	} {
		if f, ok := c.facets(tc.q); ok != tc.want || ok && f["kind"][0].Count != 3 {
			t.Errorf("facets of %+v = %v, %v; want found %v", tc.q, f, ok, tc.want)
		}
	}
	if cachedOnly(t, c, q) {
		t.Error("kept facets answer a search")
	}
}
