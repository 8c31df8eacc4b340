package web

import (
	"container/list"
	"fmt"
	"sync"

	"github.com/motebok/motebok/index"
)

// cacheSize is the number of search results a generation keeps. A result
// holds at most index.MaxLimit hits with their fragments, about a megabyte.
const cacheSize = 16

// resultCache keeps the latest results of one generation, so that paging
// back, sorting by date and searching again do not search anew. Results
// are kept by query whatever their limit: a result with more hits answers
// a query for fewer (its first hits are that query's, as paging relies on).
// A new generation starts with an empty cache.
type resultCache struct {
	mu    sync.Mutex
	order *list.List // of *cached, most recent first
	byKey map[string]*list.Element
}

type cached struct {
	key   string
	limit int
	res   *index.Result
}

// covers reports whether the entry holds the first limit hits.
func (c *cached) covers(limit int) bool { return c.limit >= limit || len(c.res.Hits) < c.limit }

func newResultCache() *resultCache {
	return &resultCache{order: list.New(), byKey: map[string]*list.Element{}}
}

// cacheKey is q without its limit.
func cacheKey(q index.Query) string {
	q.Limit = 0
	return fmt.Sprintf("%#v", q)
}

// get returns the cached result of q; callers must not modify it.
func (c *resultCache) get(q index.Query) (*index.Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[cacheKey(q)]
	if !ok || !e.Value.(*cached).covers(q.Limit) {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cached).res, true
}

// put keeps res as the result of q, dropping the least recently used.
func (c *resultCache) put(q index.Query, res *index.Result) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := cacheKey(q)
	if e, ok := c.byKey[k]; ok {
		c.order.Remove(e)
	}
	c.byKey[k] = c.order.PushFront(&cached{key: k, limit: q.Limit, res: res})
	for c.order.Len() > cacheSize {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*cached).key)
	}
}
