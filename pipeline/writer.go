package pipeline

import (
	"context"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// writer is the run's single writer: it batches the finished jobs and
// writes each batch to every store and then to the manifest journal.
type writer struct {
	r       *run
	recs    []*doc.Record
	text    int // bytes of text in recs
	dels    []string
	entries []Entry
	// removed is set once a batch deleted a document (or replaced one,
	// with Config.Expunge): the stores are compacted at the end, so that
	// its old text is gone.
	removed bool
	// reusedNew maps a content hash to a new path that reused its record:
	// if a vanished path had that content, the two are a rename.
	reusedNew map[string]string
	// gone are the known files that vanished before they could be read:
	// they are deleted at the end, with the files the walk did not meet.
	gone []Entry
}

// write consumes the finished jobs, then the vanished entries.
func (r *run) write(ctx context.Context, in <-chan *job, vanished <-chan []Entry) error {
	w := &writer{r: r, reusedNew: map[string]string{}}
	tick := time.NewTicker(r.cfg.BatchInterval)
	defer tick.Stop()
	for {
		select {
		case j, ok := <-in:
			if !ok {
				return w.finish(ctx, vanished)
			}
			w.add(j)
			if err := w.flushIfFull(ctx); err != nil {
				return err
			}
		case <-tick.C:
			if err := w.flush(ctx); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// add queues what a job leaves behind and counts it.
func (w *writer) add(j *job) {
	r := w.r
	defer r.t.done.Add(1)
	if j.gone {
		if j.prev != nil { // else new and vanished at once: nothing to undo
			w.gone = append(w.gone, *j.prev)
		}
		return
	}
	w.entries = append(w.entries, j.entry(r.key, time.Now().UTC()))
	if j.extracted {
		r.t.count(func(c *Counts) { c.Extracted++ })
	}
	switch {
	case j.err != nil:
		w.dels = append(w.dels, j.path) // stale content must not stay searchable
		r.t.fail(j.path, j.err.Error(), j.failures(r.key))
	default:
		w.put(j)
	}
}

func (w *writer) put(j *job) {
	r := w.r
	r.t.count(j.counter(r.key))
	if j.touched {
		return
	}
	w.recs = append(w.recs, j.rec)
	w.text += len(j.rec.Text)
	w.removed = w.removed || j.prev != nil && r.cfg.Expunge
	if j.reused {
		r.t.count(func(c *Counts) { c.Reused++ })
		if j.prev == nil {
			w.reusedNew[j.sha] = j.path
		}
	}
}

// finish writes what is queued, then removes the vanished entries,
// counting as renamed those whose content reappeared under a new path;
// unless they look like a lost folder rather than deleted files.
func (w *writer) finish(ctx context.Context, vanished <-chan []Entry) error {
	var gone []Entry
	select {
	case gone = <-vanished:
	case <-ctx.Done():
		return ctx.Err()
	}
	gone = append(gone, w.gone...)
	if held := w.r.holdDeletes(gone, w.renamed); held != nil {
		w.r.t.hold(held, len(gone))
		return w.flushAndCompact(ctx)
	}
	for _, e := range gone {
		w.entries = append(w.entries, Entry{Path: e.Path, Deleted: true})
		w.dels = append(w.dels, e.Path)
		w.countVanished(e)
		if err := w.flushIfFull(ctx); err != nil {
			return err
		}
	}
	return w.flushAndCompact(ctx)
}

// flushAndCompact writes the last batch and then compacts the stores if
// the run removed text from them.
func (w *writer) flushAndCompact(ctx context.Context) error {
	if err := w.flush(ctx); err != nil || !w.removed {
		return err
	}
	defer w.r.t.timed(stageWrite, time.Now())
	return w.r.st.compact(ctx)
}

// renamed reports whether e's content reappeared under a new path.
func (w *writer) renamed(e Entry) bool {
	_, ok := w.reusedNew[e.SHA256]
	return ok && e.Status == StatusOK
}

func (w *writer) countVanished(e Entry) {
	if w.renamed(e) {
		delete(w.reusedNew, e.SHA256)
		w.r.t.count(func(c *Counts) { c.Renamed++; c.New-- })
		return
	}
	w.r.t.count(func(c *Counts) { c.Deleted++ })
}

// flushIfFull writes a batch that holds BatchSize records, or BatchText
// bytes of text (a large document is written on its own), or five times
// as many entries.
func (w *writer) flushIfFull(ctx context.Context) error {
	if len(w.recs) >= w.r.cfg.BatchSize || w.text >= w.r.cfg.BatchText ||
		len(w.entries) >= 5*w.r.cfg.BatchSize {
		return w.flush(ctx)
	}
	return nil
}

// flush writes one batch in the order that keeps a crash harmless and
// the manifest from ever listing more than the stores hold: records
// (already in the records directory), then the stores' puts, then the
// manifest journal, then the stores' deletions, which reconciliation
// repeats after a crash. Replaying a batch is idempotent.
func (w *writer) flush(ctx context.Context) error {
	if len(w.entries) == 0 {
		return nil
	}
	defer w.r.t.timed(stageWrite, time.Now())
	if err := w.r.st.put(ctx, w.recs); err != nil {
		return err
	}
	if err := w.r.man.apply(w.entries); err != nil {
		return err
	}
	if err := w.r.st.delete(ctx, w.dels); err != nil {
		return err
	}
	w.removed = w.removed || len(w.dels) > 0
	clear(w.recs)
	w.recs, w.dels, w.entries, w.text = w.recs[:0], w.dels[:0], w.entries[:0], 0
	return nil
}
