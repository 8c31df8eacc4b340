package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/extractors/doc"
)

// Errors a document's failure may wrap.
var (
	ErrTimeout       = errors.New("extraction timed out")
	ErrWorkerCrashed = errors.New("worker process crashed")
)

// extractStage obtains the record of every job that needs one. Each
// goroutine owns one extractor, and so one worker process.
func (r *run) extractStage(ctx context.Context, in <-chan *job, out chan<- *job) error {
	x := &extractor{cfg: &r.cfg, child: &child{iso: &r.cfg.Isolation}}
	defer x.child.close()
	for j := range in {
		start := time.Now()
		err := r.extractJob(ctx, x, j)
		r.t.timed(stageExtract, start)
		if err != nil {
			return err
		}
		if err := send(ctx, out, j); err != nil {
			return err
		}
	}
	return nil
}

// extractJob fills j.rec: from the records directory when this content was
// extracted before with the same output key, else by extracting the file.
// It returns an error only when the run must stop.
func (r *run) extractJob(ctx context.Context, x *extractor, j *job) error {
	if j.err != nil || j.gone || j.touched {
		return nil
	}
	if rec, err := loadRecord(r.cfg.DataDir, j.sha, r.key); err == nil {
		rec.Path, j.rec, j.reused = j.path, rec, true
		return nil
	}
	rec, err := x.extract(ctx, j)
	if cerr := ctx.Err(); cerr != nil {
		return cerr // cancelled: not the document's fault
	}
	if errors.Is(err, errWorkerStart) {
		return err
	}
	j.extracted = true
	if err == nil {
		err = checkRecord(rec, j)
	}
	if err != nil {
		j.err = err
		return nil
	}
	j.rec = rec
	return saveRecord(r.cfg.DataDir, r.key, rec)
}

// checkRecord makes rec the record of j's file: its ID must be the hash
// the run computed, else the file changed in between.
func checkRecord(rec *doc.Record, j *job) error {
	switch {
	case rec == nil:
		return fmt.Errorf("%s: the extractor returned no record", j.path)
	case rec.ID == "":
		rec.ID = j.sha
	case rec.ID != j.sha:
		return fmt.Errorf("%s: %w", j.path, errChanged)
	}
	rec.Path = j.path
	return nil
}

// extractor extracts in-process or in the slot's worker process.
type extractor struct {
	cfg   *Config
	child *child
}

func (x *extractor) extract(ctx context.Context, j *job) (*doc.Record, error) {
	if x.cfg.Isolation.isolates(j.path, j.looksPDF) {
		return x.child.extract(ctx, j.path, x.cfg.Options)
	}
	return extractInProcess(ctx, x.cfg.Extract, j.path, x.cfg.Options, x.cfg.Isolation.Timeout)
}

// extractInProcess runs fn with a deadline. An extractor that ignores its
// context cannot be stopped in-process: it is abandoned and keeps its
// goroutine; isolation is the remedy for such formats.
func extractInProcess(ctx context.Context, fn ExtractFunc, path string, opts extractors.Options, timeout time.Duration) (*doc.Record, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	type result struct {
		rec *doc.Record
		err error
	}
	ch := make(chan result, 1)
	go func() {
		rec, err := safeExtract(ctx, fn, path, opts)
		ch <- result{rec, err}
	}()
	select {
	case res := <-ch:
		if res.err != nil && ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("%s: %w after %s", path, ErrTimeout, timeout)
		}
		return res.rec, res.err
	case <-ctx.Done():
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("%s: %w after %s", path, ErrTimeout, timeout)
		}
		return nil, ctx.Err()
	}
}

// safeExtract turns a panic in fn into an error naming the file.
func safeExtract(ctx context.Context, fn ExtractFunc, path string, opts extractors.Options) (rec *doc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, &doc.ExtractError{Path: path, Offset: -1, Err: fmt.Errorf("extractor panic: %v", p)}
		}
	}()
	return fn(ctx, path, opts)
}
