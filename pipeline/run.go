package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// run is the state of one ingest.
type run struct {
	cfg   Config
	key   string // output key: extractor version and limits
	roots []string
	man   *manifest
	st    stores
	t     *tally
	known map[string]int // files the manifest knew under each root before the run
}

// Run ingests cfg.Paths: it walks them, extracts what is new or changed,
// writes the records to every store and updates the manifest, holding the
// data directory's lock throughout. One document's failure never stops the
// run: it is listed in the Report. Run returns an error only when the run
// could not complete (lock held, a store or the data directory failing,
// cancellation); what it finished by then is kept, and the next run goes
// on from there.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	roots, err := resolveRoots(cfg.Paths)
	if err != nil {
		return nil, err
	}
	if err := privateDir(cfg.DataDir); err != nil {
		return nil, err
	}
	lk, err := acquireLock(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	defer lk.release()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	lk.keepFresh(ctx, cancel)
	rep, err := execute(ctx, cfg, roots)
	if err != nil && context.Cause(ctx) != nil && !errors.Is(err, context.Cause(ctx)) {
		err = fmt.Errorf("%w: %w", context.Cause(ctx), err)
	}
	return rep, err
}

func execute(ctx context.Context, cfg Config, roots []string) (*Report, error) {
	man, warnings, err := openManifest(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	defer man.close()
	r := &run{cfg: cfg, key: cfg.outputKey(), roots: roots, man: man, st: stores(cfg.Stores)}
	r.t = newTally(roots, r.key)
	r.t.rep.Repaired = cfg.Repaired
	r.known = r.census()
	for _, n := range r.known {
		r.t.expected += n
	}
	for _, w := range warnings {
		r.t.warn(w)
	}
	if err := r.reconcile(ctx); err != nil {
		return nil, err
	}
	if err := r.stages(ctx); err != nil {
		return nil, err
	}
	if err := r.commit(); err != nil {
		return nil, err
	}
	if err := settle(cfg.DataDir, man.indexed()); err != nil {
		return nil, err
	}
	rep := r.t.report()
	if err := writeReport(cfg.DataDir, rep); err != nil {
		return nil, err
	}
	if err := appendHistory(cfg.DataDir, rep); err != nil {
		return nil, err
	}
	return rep, nil
}

// stages runs discover → hash → extract → write, connected by bounded
// channels, so memory stays bounded however large the archive.
func (r *run) stages(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	n := r.cfg.Workers
	jobs, hashed, done := make(chan *job, 4*n), make(chan *job, 2*n), make(chan *job, 2*n)
	vanished := make(chan []Entry, 1)
	var walking atomic.Bool
	walking.Store(true)
	stop := r.reportProgress(&walking)
	g.Go(func() error { defer walking.Store(false); return r.discover(gctx, jobs, vanished) })
	pool(g, n, func() error { return r.hashStage(gctx, jobs, hashed) }, func() { close(hashed) })
	pool(g, n, func() error { return r.extractStage(gctx, hashed, done) }, func() { close(done) })
	g.Go(func() error { return r.write(gctx, done, vanished) })
	err := g.Wait()
	stop()
	return err
}

// pool runs n copies of work in g and calls after once all have returned.
func pool(g *errgroup.Group, n int, work func() error, after func()) {
	var wg sync.WaitGroup
	wg.Add(n)
	for range n {
		g.Go(func() error { defer wg.Done(); return work() })
	}
	g.Go(func() error { wg.Wait(); after(); return nil })
}

// send passes v on unless the run is cancelled.
func send[T any](ctx context.Context, ch chan<- T, v T) error {
	select {
	case ch <- v:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// reportProgress calls the Progress a few times a second until the
// returned stop is called.
func (r *run) reportProgress(walking *atomic.Bool) (stop func()) {
	quit, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-quit:
				r.cfg.Progress.Finish(r.t.progress(false))
				return
			case <-t.C:
				r.cfg.Progress.Update(r.t.progress(walking.Load()))
			}
		}
	}()
	return func() { close(quit); <-finished }
}

// commit writes the manifest snapshot and, when it changed, drops the
// records nothing refers to any more.
func (r *run) commit() error {
	defer r.t.timed(stageCommit, time.Now())
	changed := r.man.changed
	if err := r.man.commit(); err != nil {
		return err
	}
	if !changed {
		return nil
	}
	return gcRecords(r.cfg.DataDir, r.man)
}
