package web

import (
	"container/list"
	"context"
	"fmt"
	"sync"

	"github.com/motebok/motebok/index"
)

// cacheBytes bounds the memory of a generation's cached results, as
// estimated by resultSize. A page of ten hits takes about 10 KB.
const cacheBytes = 32 << 20

// resultCache keeps the latest results of one generation, so that a
// search asked again, by another client or the same, is not searched
// anew; and it lets concurrent requests for one search wait for a single
// run of it. Results are kept by query whatever their limit: a result
// with more hits answers a query for fewer (its first hits are that
// query's). A new generation starts with an empty cache.
type resultCache struct {
	mu      sync.Mutex
	order   *list.List // of *cached, most recent first
	byKey   map[string]*list.Element
	bytes   int
	running map[string]*flight
}

type cached struct {
	key   string
	limit int
	res   *index.Result
	size  int
}

// flight is a search under way; done is closed when res or err is set.
type flight struct {
	limit int
	done  chan struct{}
	res   *index.Result
	err   error
}

// covers reports whether a result of the first limit hits, res, holds the
// first want hits.
func covers(limit int, res *index.Result, want int) bool {
	return limit >= want || len(res.Hits) < limit
}

func newResultCache() *resultCache {
	return &resultCache{order: list.New(), byKey: map[string]*list.Element{}, running: map[string]*flight{}}
}

// cacheKey is q without its limit.
func cacheKey(q index.Query) string {
	q.Limit = 0
	return fmt.Sprintf("%#v", q)
}

// do returns the result of q from the cache, or from a run of search
// under way for it, or runs search and keeps its result. Callers must not
// modify the result.
func (c *resultCache) do(ctx context.Context, q index.Query, search func() (*index.Result, error)) (*index.Result, error) {
	k := cacheKey(q)
	f, res, err := c.join(ctx, k, q.Limit)
	if f == nil {
		return first(res, q.Limit), err
	}
	f.res, f.err = search()
	c.mu.Lock()
	delete(c.running, k)
	if f.err == nil {
		c.put(k, q.Limit, f.res)
	}
	c.mu.Unlock()
	close(f.done)
	return f.res, f.err
}

// join answers key from the cache or from a search under way for it, or
// returns the flight the caller must run.
func (c *resultCache) join(ctx context.Context, k string, limit int) (*flight, *index.Result, error) {
	for {
		c.mu.Lock()
		if res, ok := c.get(k, limit); ok {
			c.mu.Unlock()
			return nil, res, nil
		}
		f, ok := c.running[k]
		if !ok {
			f = &flight{limit: limit, done: make(chan struct{})}
			c.running[k] = f
			c.mu.Unlock()
			return f, nil, nil
		}
		c.mu.Unlock()
		select {
		case <-f.done:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
		if f.err == nil && covers(f.limit, f.res, limit) {
			return nil, f.res, nil
		}
		// it failed (perhaps its client left) or holds fewer hits: search anew
	}
}

// first returns res cut to its first limit hits, without modifying it.
func first(res *index.Result, limit int) *index.Result {
	if res == nil || limit <= 0 || len(res.Hits) <= limit {
		return res
	}
	cut := *res
	cut.Hits = res.Hits[:limit:limit]
	return &cut
}

// facets returns the facets kept for the matches of q.
func (c *resultCache) facets(q index.Query) (map[string][]index.FacetCount, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	res, ok := c.get(facetsKey(q), 0)
	if !ok {
		return nil, false
	}
	return res.Facets, true
}

// keepFacets keeps the facets of q's matches, which every page and order
// of q shares.
func (c *resultCache) keepFacets(q index.Query, facets map[string][]index.FacetCount) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.put(facetsKey(q), 0, &index.Result{Facets: facets})
}

// facetsKey names the facets of q's matches in the cache.
func facetsKey(q index.Query) string {
	q.Offset, q.ByDate = 0, false
	return "facets " + cacheKey(q)
}

// get returns the cached result of key holding its first limit hits;
// c.mu is held.
func (c *resultCache) get(k string, limit int) (*index.Result, bool) {
	e, ok := c.byKey[k]
	if !ok {
		return nil, false
	}
	if e := e.Value.(*cached); !covers(e.limit, e.res, limit) {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cached).res, true
}

// put keeps res as the result of key, dropping the least recently used
// results beyond cacheBytes; c.mu is held.
func (c *resultCache) put(k string, limit int, res *index.Result) {
	if e, ok := c.byKey[k]; ok {
		c.remove(e)
	}
	e := &cached{key: k, limit: limit, res: res, size: len(k) + resultSize(res)}
	c.byKey[k] = c.order.PushFront(e)
	c.bytes += e.size
	for c.bytes > cacheBytes && c.order.Len() > 1 {
		c.remove(c.order.Back())
	}
}

func (c *resultCache) remove(e *list.Element) {
	c.order.Remove(e)
	delete(c.byKey, e.Value.(*cached).key)
	c.bytes -= e.Value.(*cached).size
}

// resultSize estimates the bytes res holds: its strings, and a fixed cost
// for each hit, string and facet count.
func resultSize(res *index.Result) int {
	const perValue = 32
	n := 256
	for _, h := range res.Hits {
		n += 256 + len(h.ID) + len(h.Path) + len(h.Title) + len(h.Kind) + len(h.Date) + len(h.Body) +
			len(h.Case) + len(h.Decision)
		for _, ss := range [][]string{h.Fragments, h.Also} {
			for _, s := range ss {
				n += perValue + len(s)
			}
		}
	}
	for _, counts := range res.Facets {
		for _, fc := range counts {
			n += perValue + len(fc.Term)
		}
	}
	return n
}
