package web

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/motebok/motebok/index"
)

// indexHandle holds the index open for searches from the first search on,
// until an ingest's writer claims it (index.WriterWaiting): Bleve's read
// lock on an open index keeps the writer out, so the handle then lets new
// searches wait, closes the index as soon as the searches using it end,
// and opens it again once the writer lets go (a writer holds it a few
// seconds at a time).
type indexHandle struct {
	dir  string
	opts index.Options // how the index is opened
	// running is set when an ingest held the data directory's lock as the
	// generation was read: the index is then closed after each search, for
	// a writer that cannot claim it (index.WriterWaiting is always false
	// without flock).
	running bool

	mu    sync.Mutex
	ix    *index.Index
	users int
}

const (
	// writerPoll is how often a search waiting for a writer looks again.
	writerPoll = 20 * time.Millisecond
	// writerWait bounds that wait; past it the search fails as busy.
	writerWait = 10 * time.Second
)

// acquire returns the open index, opening it if needed, waiting while a
// writer claims it; release it after.
func (h *indexHandle) acquire(ctx context.Context) (*index.Index, error) {
	deadline := time.Now().Add(writerWait)
	for {
		ix, err := h.tryAcquire()
		if ix != nil || err != nil {
			return ix, err
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%w: an ingest is writing it", index.ErrBusy)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(writerPoll):
		}
	}
}

// tryAcquire returns the open index, opening it if needed; nil, nil while
// a writer claims it.
func (h *indexHandle) tryAcquire() (*index.Index, error) {
	claimed := index.WriterWaiting(h.dir)
	h.mu.Lock()
	defer h.mu.Unlock()
	if claimed {
		h.closeUnused()
		return nil, nil
	}
	if h.ix == nil {
		ix, err := index.OpenReadOnlyWith(h.dir, h.opts)
		if err != nil {
			return nil, err
		}
		h.ix = ix
	}
	h.users++
	return h.ix, nil
}

func (h *indexHandle) release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.users--
	if h.users == 0 && (h.running || index.WriterWaiting(h.dir)) {
		h.closeUnused()
	}
}

// yield closes the index if a writer claims it and no search uses it.
func (h *indexHandle) yield() {
	if !index.WriterWaiting(h.dir) {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closeUnused()
}

// close closes the index; no search may use it any more.
func (h *indexHandle) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closeUnused()
}

// closeUnused closes the index if no search holds it; h.mu is held.
func (h *indexHandle) closeUnused() {
	if h.ix != nil && h.users == 0 {
		logOpen("index (closing)", h.ix.Close())
		h.ix = nil
	}
}
