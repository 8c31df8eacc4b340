package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/pipeline"
)

// errNoData is returned while the data directory holds no index or
// register yet.
var errNoData = errors.New("the data directory holds no ingested archive yet")

// source holds the stores of a data directory open for reading and opens
// them anew when the pipeline publishes a new generation; requests still
// using the old stores finish on them, and the last one closes them. The
// index stays open until an ingest's writer claims it (see indexHandle).
type source struct {
	dir    string
	ixOpts index.Options // how searches open the index

	mu  sync.Mutex // guards st, gen and the users of each state
	st  *state
	gen pipeline.Generation

	// searches bounds the searches running at once to one per core (a
	// search is CPU-bound); others wait, so that a burst does not push
	// every search past its timeout.
	searches chan struct{}

	stop chan struct{}
	done chan struct{}
}

// state is one generation of the stores.
type state struct {
	ix    *indexHandle // nil before there is an index
	cache *resultCache
	reg   *register.Register
	cat   *pipeline.Catalog
	ids   map[string]string // document id → path

	users   int  // requests using the state, guarded by source.mu
	retired bool // a newer generation replaced it: the last user closes it
}

// openSource opens the stores of dir, the index with o, and watches for
// new generations every poll.
func openSource(dir string, poll time.Duration, o index.Options) *source {
	s := &source{dir: dir, ixOpts: o, searches: make(chan struct{}, runtime.GOMAXPROCS(0)),
		stop: make(chan struct{}), done: make(chan struct{})}
	s.refresh()
	go s.watch(poll)
	return s
}

// watch opens a new generation when there is one, and lets go of the
// index when a writer claims it and no search uses it.
func (s *source) watch(poll time.Duration) {
	defer close(s.done)
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.refresh()
			_ = s.with(func(st *state) error {
				if st.ix != nil {
					st.ix.yield()
				}
				return nil
			})
		}
	}
}

// refresh opens the stores anew when the generation changed.
func (s *source) refresh() {
	g := pipeline.ReadGeneration(s.dir)
	s.mu.Lock()
	same := s.st != nil && g == s.gen
	s.mu.Unlock()
	if same {
		return
	}
	s.replace(openState(s.dir, g.Running, s.ixOpts), g)
}

// replace makes st the current state and retires the previous one.
func (s *source) replace(st *state, g pipeline.Generation) {
	s.mu.Lock()
	old := s.st
	s.st, s.gen = st, g
	last := old != nil && old.users == 0
	if old != nil {
		old.retired = true
	}
	s.mu.Unlock()
	if last {
		old.close()
	}
}

// close stops watching and closes the stores once no request uses them.
func (s *source) close() {
	close(s.stop)
	<-s.done
	s.replace(nil, pipeline.Generation{})
}

// with runs fn on the current state, which stays open meanwhile.
func (s *source) with(fn func(*state) error) error {
	s.mu.Lock()
	st := s.st
	if st != nil {
		st.users++
	}
	s.mu.Unlock()
	if st == nil {
		return errNoData
	}
	defer s.leave(st)
	return fn(st)
}

// leave ends a request's use of st, closing it if it was the last user of
// a retired state.
func (s *source) leave(st *state) {
	s.mu.Lock()
	st.users--
	last := st.retired && st.users == 0
	s.mu.Unlock()
	if last {
		st.close()
	}
}

// openState opens what dir holds, the index with o; a store that cannot be
// opened is logged and left out, so that the pages that do not need it
// still work.
func openState(dir string, running bool, o index.Options) *state {
	st := &state{ids: map[string]string{}, cache: newResultCache()}
	ixDir := filepath.Join(dir, "bleve")
	if _, err := os.Stat(ixDir); err == nil {
		st.ix = &indexHandle{dir: ixDir, opts: o, running: running}
	}
	regPath := filepath.Join(dir, "register.sqlite")
	if _, err := os.Stat(regPath); err == nil {
		st.reg, err = register.OpenReadOnly(regPath)
		logOpen("register", err)
	}
	cat, err := pipeline.ReadCatalog(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		logOpen("manifest", err)
	}
	if cat != nil {
		st.cat = cat
		for _, p := range cat.Paths() {
			st.ids[docID(p)] = p
		}
	}
	return st
}

func logOpen(what string, err error) {
	if err != nil {
		slog.Warn("serve: cannot open "+what, "err", err)
	}
}

func (st *state) close() {
	if st == nil {
		return
	}
	if st.ix != nil {
		st.ix.close() // no request uses st any more
	}
	if st.reg != nil {
		logOpen("register (closing)", st.reg.Close())
	}
}

// search answers q from the generation's cache, or runs it on the index.
// The result is shared: callers must not modify it.
func (s *source) search(ctx context.Context, q index.Query) (*index.Result, error) {
	var res *index.Result
	err := s.with(func(st *state) error {
		var err error
		res, err = st.cache.do(ctx, q, func() (*index.Result, error) { return s.searchWithFacets(ctx, st, q) })
		return err
	})
	return res, err
}

// searchWithFacets runs q, taking its facets from the cache when another
// page or order of the same search counted them: counting visits every
// match, a quarter of a search's work.
func (s *source) searchWithFacets(ctx context.Context, st *state, q index.Query) (*index.Result, error) {
	facets, known := st.cache.facets(q)
	if !q.Facets || !known {
		res, err := s.searchIndex(ctx, st, q)
		if err == nil && q.Facets {
			st.cache.keepFacets(q, res.Facets)
		}
		return res, err
	}
	q.Facets = false
	res, err := s.searchIndex(ctx, st, q)
	if err != nil {
		return nil, err
	}
	res.Facets = facets
	return res, nil
}

// searchIndex runs q on the index of st, waiting for a free slot.
func (s *source) searchIndex(ctx context.Context, st *state, q index.Query) (*index.Result, error) {
	select {
	case s.searches <- struct{}{}:
		defer func() { <-s.searches }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if st.ix == nil {
		return nil, errNoData
	}
	ix, err := st.ix.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer st.ix.release()
	return ix.Search(ctx, q)
}

// registerDo runs fn on the open register.
func (s *source) registerDo(fn func(*register.Register) error) error {
	return s.with(func(st *state) error {
		if st.reg == nil {
			return errNoData
		}
		return fn(st.reg)
	})
}

// docID is the id a document is served by: the first 16 hex digits of the
// SHA-256 of its path. Paths never appear in a URL, so no request can name
// a file the archive does not hold.
func docID(path string) string {
	sum := sha256.Sum256([]byte(path))
	return hex.EncodeToString(sum[:8])
}

// pathOf returns the path of document id, or "" when the catalog has none.
func (st *state) pathOf(id string) string { return st.ids[id] }

// errNotFound is a document, case or person the archive does not hold.
type errNotFound struct{ what string }

func (e errNotFound) Error() string { return fmt.Sprintf("%s not found", e.what) }
