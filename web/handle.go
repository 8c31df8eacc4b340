package web

import (
	"sync"
	"time"

	"github.com/motebok/motebok/index"
)

// indexHandle opens the index for searches and closes it once no search
// has used it for linger. Bleve's read lock on an open index keeps an
// ingest's writer out, also before the ingest takes the data directory's
// lock, so the server holds the index only while it is being searched, or
// briefly after, to spare a busy server reopening it for every search.
type indexHandle struct {
	dir    string
	linger time.Duration // 0 while an ingest runs: close after each search

	mu    sync.Mutex
	ix    *index.Index
	users int
	last  time.Time // when the last search ended
}

// acquire returns the open index, opening it if needed; release it after.
func (h *indexHandle) acquire() (*index.Index, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ix == nil {
		ix, err := index.OpenReadOnly(h.dir)
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
	h.last = time.Now()
	if h.linger == 0 {
		h.closeUnused()
	}
}

// closeIdle closes the index when no search has used it for linger.
func (h *indexHandle) closeIdle() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if time.Since(h.last) >= h.linger {
		h.closeUnused()
	}
}

// closeUnused closes the index if no search holds it; h.mu is held.
func (h *indexHandle) closeUnused() {
	if h.ix != nil && h.users == 0 {
		logOpen("index (closing)", h.ix.Close())
		h.ix = nil
	}
}
