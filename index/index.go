package index

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
	"github.com/motebok/motebok/extractors/doc"
)

// Index is a motebok full-text index in one directory. Its methods are safe
// for concurrent use; at most one process may hold a directory open.
type Index struct {
	bi   bleve.Index
	cols columns // facet columns of the segments searched
}

// ErrMappingVersion is returned by Open for an index written with another
// MappingVersion; rebuild it from the stored records.
var ErrMappingVersion = errors.New("index mapping version mismatch")

// ErrBusy is returned when another process holds the index open.
var ErrBusy = errors.New("index is in use by another process")

// DefaultLockWait is how long opening the index waits for another process
// to close it, and a Writer for another writer's claim, when
// Options.LockWait is zero.
const DefaultLockWait = 30 * time.Second

// Options tune how the index is opened. The zero value gives the defaults.
type Options struct {
	// LockWait bounds how long to wait for another process to close the
	// index, and a Writer for another writer's claim. Zero means
	// DefaultLockWait; a negative value, trying only once.
	LockWait time.Duration
	// holdFor is how long a Writer keeps the index open across batches.
	// Zero means defaultHoldFor; a negative value, letting go after every
	// write.
	holdFor time.Duration
}

// wait returns how long to wait for the index: LockWait or its default.
func (o Options) wait() time.Duration { return orDefault(o.LockWait, DefaultLockWait) }

// hold returns how long a Writer holds the index: holdFor or its default.
func (o Options) hold() time.Duration { return orDefault(o.holdFor, defaultHoldFor) }

// orDefault returns def for a zero v, zero for a negative one, and v
// otherwise.
func orDefault(v, def time.Duration) time.Duration {
	if v == 0 {
		return def
	}
	return max(v, 0)
}

const versionKey = "motebok_mapping_version"

// Open opens the index in dir for reading and writing, creating it when dir
// holds none. It waits up to DefaultLockWait for another process to close
// the index, then fails with ErrBusy.
func Open(dir string) (*Index, error) { return open(dir, false, DefaultLockWait) }

// OpenReadOnly opens an existing index for searching with the default
// Options (see OpenReadOnlyWith).
func OpenReadOnly(dir string) (*Index, error) { return OpenReadOnlyWith(dir, Options{}) }

// OpenReadOnlyWith opens an existing index for searching. Bleve keeps the
// index's root file under an exclusive lock while a writer has it open,
// also against readers in other processes, so OpenReadOnlyWith waits up to
// o.LockWait and then fails with ErrBusy: writers should hold the index
// only while they write (see the package documentation).
func OpenReadOnlyWith(dir string, o Options) (*Index, error) { return open(dir, true, o.wait()) }

// open opens the index in dir, waiting up to wait for another process to
// close it.
func open(dir string, readOnly bool, wait time.Duration) (*Index, error) {
	cfg := map[string]interface{}{"bolt_timeout": "100ms", "scorchMergePlanOptions": mergePlan}
	if readOnly {
		cfg["read_only"] = true
	}
	deadline := time.Now().Add(wait)
	for {
		bi, err := openOrCreate(dir, readOnly, cfg)
		if err == nil {
			return checkVersion(bi)
		}
		if !isLockTimeout(err) {
			return nil, fmt.Errorf("opening index %s: %w", dir, err)
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("opening index %s: %w", dir, ErrBusy)
		}
	}
}

func openOrCreate(dir string, readOnly bool, cfg map[string]interface{}) (bleve.Index, error) {
	bi, err := bleve.OpenUsing(dir, cfg)
	missing := errors.Is(err, bleve.ErrorIndexPathDoesNotExist) || errors.Is(err, bleve.ErrorIndexMetaMissing)
	if !missing || readOnly {
		return bi, err
	}
	bi, err = bleve.NewUsing(dir, newMapping(), scorch.Name, scorch.Name, cfg)
	if err != nil {
		return nil, err
	}
	if err := bi.SetInternal([]byte(versionKey), []byte(MappingVersion)); err != nil {
		_ = bi.Close()
		return nil, fmt.Errorf("recording mapping version: %w", err)
	}
	return bi, nil
}

func checkVersion(bi bleve.Index) (*Index, error) {
	v, err := bi.GetInternal([]byte(versionKey))
	if err != nil || string(v) != MappingVersion {
		_ = bi.Close()
		if err != nil {
			return nil, fmt.Errorf("%w: reading the index's version: %v", ErrMappingVersion, err)
		}
		return nil, fmt.Errorf("%w: index has %q, want %q; the next ingest rebuilds it from the stored records", ErrMappingVersion, v, MappingVersion)
	}
	return &Index{bi: bi}, nil
}

// isLockTimeout reports bbolt's lock timeout, which bleve does not wrap.
func isLockTimeout(err error) bool {
	return err != nil && err.Error() == "timeout"
}

// Close flushes and closes the index.
func (ix *Index) Close() error {
	if err := ix.bi.Close(); err != nil {
		return fmt.Errorf("closing index: %w", err)
	}
	return nil
}

// Put indexes records in one batch, replacing every earlier document of
// their paths, including cases a record no longer has. Putting the same
// records again leaves the index unchanged. Of records sharing a path, the
// last wins.
func (ix *Index) Put(ctx context.Context, recs []*doc.Record) error {
	byPath := make(map[string]*doc.Record, len(recs))
	paths := make([]string, 0, len(recs))
	for _, r := range recs {
		if r.Path == "" {
			return errors.New("indexing a record without a path")
		}
		if _, seen := byPath[r.Path]; !seen {
			paths = append(paths, r.Path)
		}
		byPath[r.Path] = r
	}
	old, err := ix.idsOf(ctx, paths)
	if err != nil {
		return err
	}
	b := index.NewBatch()
	m := ix.bi.Mapping()
	for _, p := range paths {
		for _, e := range entries(byPath[p]) {
			d := document.NewDocument(e.id)
			if err := m.MapDocument(d, e.fields); err != nil {
				return fmt.Errorf("indexing %s: %w", e.id, err)
			}
			b.Update(unsized{d})
			delete(old, e.id)
		}
	}
	for id := range old {
		b.Delete(id)
	}
	return ix.apply(ctx, b)
}

// unsized is a document that tells scorch its size is 0. Scorch sums
// the size of every analysed document, a walk of all its tokens in the
// writer's goroutine, for statistics this package never reads; bleve's
// Batch, which Put used to fill, sizes each document once more.
type unsized struct{ *document.Document }

// Size implements index.Document.
func (unsized) Size() int { return 0 }

// Delete removes every document of the given paths.
func (ix *Index) Delete(ctx context.Context, paths []string) error {
	old, err := ix.idsOf(ctx, paths)
	if err != nil {
		return err
	}
	b := index.NewBatch()
	for id := range old {
		b.Delete(id)
	}
	return ix.apply(ctx, b)
}

// apply writes b to scorch, directly: see unsized.
func (ix *Index) apply(ctx context.Context, b *index.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(b.IndexOps) == 0 {
		return nil
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return err
	}
	if err := adv.Batch(b); err != nil {
		return fmt.Errorf("writing batch of %d operations: %w", len(b.IndexOps), err)
	}
	return nil
}
