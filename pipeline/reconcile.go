package pipeline

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// reconcile repairs, before the run, what a crash can leave between a
// store and the manifest (which is written last):
//   - a path the store holds but the manifest does not list as indexed is
//     deleted from the store when the file is gone or failed; one still on
//     disk is left to the walk, which puts it again;
//   - a path the manifest lists as indexed but the store lacks is put again
//     from the records directory, or, when its record cannot be read,
//     dropped from the manifest so that the walk extracts it again.
//
// After a run that finished, a store that can count its paths and holds
// as many as the manifest lists as indexed is left alone: reading every
// path back would cost what exists, not what changed.
func (r *run) reconcile(ctx context.Context) error {
	defer r.t.timed(stageReconcile, time.Now())
	interrupted := pending(r.cfg.DataDir)
	if err := markPending(r.cfg.DataDir); err != nil {
		return err
	}
	indexed := r.man.indexed()
	for i, s := range r.st {
		if holdsByCount(ctx, s, interrupted, indexed) {
			continue
		}
		if err := r.reconcileStore(ctx, s); err != nil {
			return fmt.Errorf("reconciling store %d: %w", i+1, err)
		}
	}
	return nil
}

func (r *run) reconcileStore(ctx context.Context, s Store) error {
	paths, err := s.Paths(ctx)
	if err != nil {
		return fmt.Errorf("listing paths: %w", err)
	}
	held := make(map[string]bool, len(paths))
	var stale []string
	for _, p := range paths {
		held[p] = true
		e, known := r.man.get(p)
		if known && e.Status == StatusOK {
			continue
		}
		if _, err := os.Lstat(p); known || err != nil {
			stale = append(stale, p)
		}
	}
	if len(stale) > 0 {
		if err := s.Delete(ctx, stale); err != nil {
			return fmt.Errorf("deleting %d stale paths: %w", len(stale), err)
		}
	}
	return r.restore(ctx, s, held)
}

// restore puts again, in batches, the indexed entries a store lacks.
func (r *run) restore(ctx context.Context, s Store, held map[string]bool) error {
	var missing []Entry
	r.man.each(func(e *Entry) {
		if e.Status == StatusOK && !held[e.Path] {
			missing = append(missing, *e)
		}
	})
	if len(missing) > 0 {
		r.t.repaired(fmt.Sprintf("%T lacked %d indexed files: put again from the records", s, len(missing)))
	}
	for len(missing) > 0 {
		n := min(len(missing), r.cfg.BatchSize)
		if err := r.restoreBatch(ctx, s, missing[:n]); err != nil {
			return err
		}
		missing = missing[n:]
	}
	return nil
}

func (r *run) restoreBatch(ctx context.Context, s Store, es []Entry) error {
	var recs []*doc.Record
	var drop []Entry
	for _, e := range es {
		rec, err := loadRecord(r.cfg.DataDir, e.SHA256, e.Version)
		if err != nil {
			r.t.repaired(fmt.Sprintf("%s: %v: extracted again", e.Path, err))
			drop = append(drop, Entry{Path: e.Path, Deleted: true})
			continue
		}
		rec.Path = e.Path
		recs = append(recs, rec)
	}
	if len(recs) > 0 {
		if err := s.Put(ctx, recs); err != nil {
			return fmt.Errorf("putting %d records again: %w", len(recs), err)
		}
	}
	return r.man.apply(drop)
}
