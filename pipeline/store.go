package pipeline

import (
	"context"
	"fmt"
	"sync"

	"github.com/motebok/motebok/extractors/doc"
)

// Store receives the records of a run: the Bleve index and the SQLite
// register implement it. Put and Delete must be idempotent: after a crash
// the pipeline repeats the last batch.
type Store interface {
	Put(ctx context.Context, recs []*doc.Record) error // upsert keyed by Record.Path
	Delete(ctx context.Context, paths []string) error
	Paths(ctx context.Context) ([]string, error) // every path held, for reconciliation after a crash
	Close() error
}

// Creator is a Store that may have been created empty when opened though
// its files existed: a register of an older schema, an index of another
// mapping version. Created reports it, so that OpenHealing leaves such a
// store to reconciliation, as a store that did not exist, rather than
// report it damaged.
type Creator interface {
	Created() bool
}

// Compacter is a Store that may keep removed text in its files until it
// is compacted (Bleve's segments). The run compacts it after writing when
// it deleted any document (or replaced one, with Config.Expunge).
type Compacter interface {
	Compact(ctx context.Context) error
}

// stores applies each operation to every store at once. The stores are
// independent of each other (the index and the register), so a batch
// costs the slowest of them rather than their sum. Each store finishes its
// part even when another fails, as it would after a crash: the pipeline
// repeats the batch, and Put and Delete are idempotent.
type stores []Store

func (s stores) put(ctx context.Context, recs []*doc.Record) error {
	if len(recs) == 0 {
		return nil
	}
	return s.each(func(st Store) error { return st.Put(ctx, recs) }, fmt.Sprintf("putting %d records", len(recs)))
}

func (s stores) delete(ctx context.Context, paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	return s.each(func(st Store) error { return st.Delete(ctx, paths) }, fmt.Sprintf("deleting %d paths", len(paths)))
}

// each runs op on every store concurrently and returns the error of the
// first store, in order, that failed, saying what it did.
func (s stores) each(op func(Store) error, what string) error {
	errs := make([]error, len(s))
	var wg sync.WaitGroup
	for i, st := range s {
		wg.Go(func() { errs[i] = op(st) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("store %d: %s: %w", i+1, what, err)
		}
	}
	return nil
}

// compact compacts every store that may hold removed text.
func (s stores) compact(ctx context.Context) error {
	for i, st := range s {
		if c, ok := st.(Compacter); ok {
			if err := c.Compact(ctx); err != nil {
				return fmt.Errorf("store %d: %w", i+1, err)
			}
		}
	}
	return nil
}
