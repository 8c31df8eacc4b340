package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/motebok/motebok/extractors/doc"
)

// defaultHoldFor is how long a Writer keeps the index open across batches
// before it lets the merges finish and closes it, so that a search in
// another process (which waits up to DefaultLockWait) gets in.
const defaultHoldFor = 3 * time.Second

// yieldFor is how long a Writer leaves the index closed after it let go
// between batches before it opens it again: a search waiting in another
// process tries the lock every 50 ms (bolt), and without the pause the
// next batch took the index back first, round after round.
const yieldFor = 150 * time.Millisecond

// Writer is the index as the store of one ingest. It keeps the index open
// across batches, so that Bleve's merges, which run in the background and
// are dropped when the index closes, get done; after holdFor
// (defaultHoldFor), and at Close, it lets the merge plan finish (compact)
// and closes the index until the next write. Opening and closing per batch
// instead left hundreds of small segments (210 at 30,000 documents), which
// every search and every later run paid for. While it holds the index or
// waits for it, it claims it, so that readers let go (WriterWaiting).
type Writer struct {
	dir      string
	lockWait time.Duration // for the index and another writer's claim
	holdFor  time.Duration // how long to keep the index open across batches

	mu       sync.Mutex // held by each write and by the release timer
	ix       *Index     // nil while released
	unclaim  func()
	opened   time.Time
	released time.Time // when ix was last let go
	timer    *time.Timer
	err      error // of a release by the timer, returned by the next call
	created  bool  // the index was created anew for another mapping version
}

// Created reports whether NewWriter removed an index of another mapping
// version and created it anew: it is then empty.
func (w *Writer) Created() bool { return w.created }

// NewWriter opens the index in dir for writing with the default Options
// (see NewWriterWith).
func NewWriter(dir string) (*Writer, error) { return NewWriterWith(dir, Options{}) }

// NewWriterWith opens the index in dir, creating it if needed, for
// writing; it waits up to o.LockWait for another writer's claim and for
// readers in other processes to close the index. It first verifies the
// segments no earlier call verified: a damaged one gives an error wrapping
// ErrDamaged. An index of another mapping version is removed and created
// afresh: the run that writes it fills it again from the stored records.
func NewWriterWith(dir string, o Options) (*Writer, error) {
	if err := checkNewSegments(dir); err != nil {
		return nil, fmt.Errorf("opening index %s: %w", dir, err)
	}
	w := &Writer{dir: dir, lockWait: o.wait(), holdFor: o.hold()}
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, err := w.index(); err != nil {
		return nil, err
	}
	return w, nil
}

// open claims and opens the index, rebuilding one of another mapping
// version.
func (w *Writer) open() (*Index, error) {
	unclaim, err := claim(w.dir, w.lockWait)
	if err != nil {
		return nil, err
	}
	ix, err := open(w.dir, false, w.lockWait)
	if errors.Is(err, ErrMappingVersion) {
		slog.Warn("rebuilding the index, which another mapping version wrote", "dir", w.dir, "reason", err)
		if err = os.RemoveAll(w.dir); err == nil {
			ix, err = open(w.dir, false, w.lockWait)
			w.created = true
		}
	}
	if err != nil {
		unclaim()
		return nil, err
	}
	w.unclaim = unclaim
	return ix, nil
}

// Put upserts a batch of records (see Index.Put).
func (w *Writer) Put(ctx context.Context, recs []*doc.Record) error {
	return w.write(func(ix *Index) error { return ix.Put(ctx, recs) })
}

// Delete removes the documents of paths (see Index.Delete).
func (w *Writer) Delete(ctx context.Context, paths []string) error {
	return w.write(func(ix *Index) error { return ix.Delete(ctx, paths) })
}

// Paths lists the source paths in the index (see Index.Paths).
func (w *Writer) Paths(ctx context.Context) (paths []string, err error) {
	err = w.with(func(ix *Index) error {
		paths, err = ix.Paths(ctx)
		return err
	})
	return paths, err
}

// Count returns how many source files the index holds: what Paths would
// list, without reading them.
func (w *Writer) Count(ctx context.Context) (n int, err error) {
	err = w.with(func(ix *Index) error {
		req := bleve.NewSearchRequestOptions(termQuery(fType, typeDoc), 0, 0, false)
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("counting files: %w", err)
		}
		n = int(res.Total)
		return nil
	})
	return n, err
}

// Close lets the pending merges finish and closes the index. Closing
// again does nothing.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return errors.Join(w.takeErr(), w.release())
}

// write runs fn on the open index, then releases it when it has been held
// for holdFor.
func (w *Writer) write(fn func(*Index) error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.run(fn); err != nil {
		return err
	}
	if time.Since(w.opened) >= w.holdFor {
		return w.release()
	}
	return nil
}

// with runs fn on the open index.
func (w *Writer) with(fn func(*Index) error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.run(fn)
}

// run runs fn on the index, opening it again if it was released; w.mu is
// held.
func (w *Writer) run(fn func(*Index) error) error {
	if err := w.takeErr(); err != nil {
		return err
	}
	ix, err := w.index()
	if err != nil {
		return err
	}
	return fn(ix)
}

// index returns the index, opening it again if it was released, and arms
// the timer that releases it after holdFor even if no write comes (the run
// may be extracting a slow file meanwhile); w.mu is held.
func (w *Writer) index() (*Index, error) {
	if w.ix == nil {
		time.Sleep(yieldFor - time.Since(w.released))
		ix, err := w.open()
		if err != nil {
			return nil, err
		}
		w.ix, w.opened = ix, time.Now()
		w.timer = time.AfterFunc(w.holdFor, w.releaseHeld)
	}
	return w.ix, nil
}

// releaseHeld releases the index if it has been held for holdFor; its
// error is returned by the next call.
func (w *Writer) releaseHeld() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ix != nil && time.Since(w.opened) >= w.holdFor {
		w.err = w.release()
	}
}

// takeErr returns and clears the error of the last timed release.
func (w *Writer) takeErr() error {
	err := w.err
	w.err = nil
	return err
}

// release compacts and closes the index, if open, and drops the claim;
// w.mu is held.
func (w *Writer) release() error {
	if w.ix == nil {
		return nil
	}
	ix := w.ix
	w.ix = nil
	w.timer.Stop()
	err := ix.compact(context.Background())
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	w.unclaim()
	w.released = time.Now()
	return err
}
