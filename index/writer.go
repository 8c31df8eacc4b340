package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/motebok/motebok/extractors/doc"
)

// holdFor is how long a Writer keeps the index open across batches before
// it lets the merges finish and closes it, so that a search in another
// process (which waits up to LockWait) gets in.
var holdFor = 3 * time.Second

// yieldFor is how long a Writer leaves the index closed after it let go
// between batches before it opens it again: a search waiting in another
// process tries the lock every 50 ms (bolt), and without the pause the
// next batch took the index back first, round after round.
const yieldFor = 150 * time.Millisecond

// Writer is the index as the store of one ingest. It keeps the index open
// across batches, so that Bleve's merges, which run in the background and
// are dropped when the index closes, get done; every holdFor, and at
// Close, it lets the merge plan finish (compact) and closes the index
// until the next write. Opening and closing per batch instead left
// hundreds of small segments (210 at 30,000 documents), which every search
// and every later run paid for.
type Writer struct {
	dir      string
	ix       *Index // nil while released
	opened   time.Time
	released time.Time // when ix was last let go
	created  bool      // NewWriter created the index anew for another mapping version
}

// Created reports whether NewWriter removed an index of another mapping
// version and created it anew: it is then empty.
func (w *Writer) Created() bool { return w.created }

// NewWriter opens the index in dir, creating it if needed, for writing.
// It first verifies the segments no earlier call verified: a damaged one
// gives an error wrapping ErrDamaged. An index of another mapping version
// is removed and created afresh: the run that writes it fills it again
// from the stored records.
func NewWriter(dir string) (*Writer, error) {
	if err := checkNewSegments(dir); err != nil {
		return nil, fmt.Errorf("opening index %s: %w", dir, err)
	}
	ix, err := Open(dir)
	created := errors.Is(err, ErrMappingVersion)
	if created {
		slog.Warn("rebuilding the index, which another mapping version wrote", "dir", dir, "reason", err)
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		ix, err = Open(dir)
	}
	if err != nil {
		return nil, err
	}
	return &Writer{dir: dir, ix: ix, opened: time.Now(), created: created}, nil
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
func (w *Writer) Paths(ctx context.Context) ([]string, error) {
	ix, err := w.index()
	if err != nil {
		return nil, err
	}
	return ix.Paths(ctx)
}

// Count returns how many source files the index holds: what Paths would
// list, without reading them.
func (w *Writer) Count(ctx context.Context) (int, error) {
	ix, err := w.index()
	if err != nil {
		return 0, err
	}
	req := bleve.NewSearchRequestOptions(termQuery(fType, typeDoc), 0, 0, false)
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("counting files: %w", err)
	}
	return int(res.Total), nil
}

// Close lets the pending merges finish and closes the index. Closing
// again does nothing.
func (w *Writer) Close() error { return w.release() }

// write runs fn on the open index, then releases it when it has been held
// for holdFor.
func (w *Writer) write(fn func(*Index) error) error {
	ix, err := w.index()
	if err != nil {
		return err
	}
	if err := fn(ix); err != nil {
		return err
	}
	if time.Since(w.opened) >= holdFor {
		return w.release()
	}
	return nil
}

// index returns the index, opening it again if it was released.
func (w *Writer) index() (*Index, error) {
	if w.ix == nil {
		time.Sleep(yieldFor - time.Since(w.released))
		ix, err := Open(w.dir)
		if err != nil {
			return nil, err
		}
		w.ix, w.opened = ix, time.Now()
	}
	return w.ix, nil
}

// release compacts and closes the index, if open.
func (w *Writer) release() error {
	if w.ix == nil {
		return nil
	}
	ix := w.ix
	w.ix = nil
	err := ix.compact(context.Background())
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	w.released = time.Now()
	return err
}
