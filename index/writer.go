package index

import (
	"context"
	"errors"
	"log/slog"
	"os"

	"github.com/motebok/motebok/extractors/doc"
)

// Writer is the index as a store for a long run: it opens the index for each
// call and closes it afterwards, so that searches in other processes can
// open it between batches (Bleve locks an index open for writing against
// every other process).
type Writer struct{ dir string }

// NewWriter creates the index in dir if needed and returns a Writer for it.
// An index of another mapping version is removed and created afresh: the
// run that writes it fills it again from the stored records.
func NewWriter(dir string) (*Writer, error) {
	ix, err := Open(dir)
	if errors.Is(err, ErrMappingVersion) {
		slog.Warn("rebuilding the index, which another mapping version wrote", "dir", dir, "reason", err)
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		ix, err = Open(dir)
	}
	if err != nil {
		return nil, err
	}
	return &Writer{dir: dir}, ix.Close()
}

// with runs fn on the index held open for its duration.
func (w *Writer) with(fn func(*Index) error) error {
	ix, err := Open(w.dir)
	if err != nil {
		return err
	}
	err = fn(ix)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return err
}

// Put upserts a batch of records (see Index.Put).
func (w *Writer) Put(ctx context.Context, recs []*doc.Record) error {
	return w.with(func(ix *Index) error { return ix.Put(ctx, recs) })
}

// Delete removes the documents of paths (see Index.Delete).
func (w *Writer) Delete(ctx context.Context, paths []string) error {
	return w.with(func(ix *Index) error { return ix.Delete(ctx, paths) })
}

// Paths lists the source paths in the index (see Index.Paths).
func (w *Writer) Paths(ctx context.Context) (paths []string, err error) {
	err = w.with(func(ix *Index) error {
		paths, err = ix.Paths(ctx)
		return err
	})
	return paths, err
}

// Close does nothing: a Writer holds nothing open between calls.
func (w *Writer) Close() error { return nil }
