package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"time"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/internal/memlimit"
	"github.com/motebok/motebok/pipeline"
)

// ingestOptions are the flags of `motebok ingest`.
type ingestOptions struct {
	data    dataOptions
	workers int
	isolate string
	timeout time.Duration
	memory  int64
	maxHeap int64
	maxRSS  int64
	batch   int
	// allowMassDelete confirms deleting what vanished from an emptied root
	// or more than half of a root at once.
	allowMassDelete bool
	expunge         bool   // drop a changed document's earlier text from the index files by the end of the run
	quiet           bool   // no progress, and no summary of a run that went well
	logFormat       string // text or json
}

func (o *ingestOptions) addFlags(fs *flag.FlagSet) {
	o.data.addFlags(fs)
	fs.IntVar(&o.workers, "workers", 0, "parallel extractions (default: the number of CPUs)")
	fs.StringVar(&o.isolate, "isolate", string(pipeline.IsolatePDF), "extract in child processes: pdf, all or none")
	fs.DurationVar(&o.timeout, "timeout", time.Minute, "give up on one document after this long")
	fs.Int64Var(&o.memory, "memory-mb", 4096, fmt.Sprintf("address-space limit of an extraction child process, in MiB (at least %d; 0: none)", pipeline.MinMemLimit>>20))
	fs.IntVar(&o.batch, "batch", 200, "records per write to the index and the register (a crash loses at most one batch of work)")
	fs.BoolVar(&o.allowMassDelete, "allow-mass-delete", false, "delete what vanished even when a root emptied or lost over half its files at once (else nothing is deleted and the run exits 3)")
	fs.BoolVar(&o.expunge, "expunge", false, "also drop the earlier text of changed documents from the index files by the end of the run (a rewrite of the whole index; deleted documents' text always goes)")
	fs.BoolVar(&o.quiet, "quiet", false, "no progress, and no summary unless a file failed, was quarantined or deletions were held")
	fs.StringVar(&o.logFormat, "log-format", "text", "format of progress, warnings and the summary on stderr: text or json (one object per line)")
	fs.Int64Var(&o.maxHeap, "heap-mb", 256, "soft limit of this process's Go heap, in MiB (the garbage collector works harder near it)")
	fs.Int64Var(&o.maxRSS, "rss-mb", 460, "soft limit of this process's resident memory, in MiB: the Go heap gets what mapped index files and SQLite leave of it, down to half of --heap-mb (0: --heap-mb alone)")
}

func newIngestCommand() *command {
	var o ingestOptions
	return &command{
		name:    "ingest",
		summary: "extract new and changed files under PATH into the index and the register",
		usage:   "PATH...",
		flags:   o.addFlags,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			return runIngest(ctx, o, args, stderr)
		},
	}
}

func runIngest(ctx context.Context, o ingestOptions, paths []string, stderr io.Writer) error {
	if len(paths) == 0 {
		return usagef("ingest needs at least one PATH")
	}
	if o.batch < 1 {
		return usagef("--batch must be at least 1, not %d", o.batch)
	}
	mode := pipeline.IsolationMode(o.isolate)
	if mode != pipeline.IsolatePDF && mode != pipeline.IsolateAll && mode != pipeline.IsolateNone {
		return usagef("--isolate must be pdf, all or none, not %q", o.isolate)
	}
	if o.logFormat != "text" && o.logFormat != "json" {
		return usagef("--log-format must be text or json, not %q", o.logFormat)
	}
	if o.logFormat == "json" {
		slog.SetDefault(slog.New(slog.NewJSONHandler(stderr, nil)))
	}
	if o.memory != 0 && o.memory < pipeline.MinMemLimit>>20 {
		return usagef("--memory-mb must be at least %d (a reader cannot run in less) or 0 for no limit, not %d", pipeline.MinMemLimit>>20, o.memory)
	}
	if o.maxHeap < 1 || o.maxRSS < 0 {
		return usagef("--heap-mb must be at least 1 and --rss-mb at least 0, not %d and %d", o.maxHeap, o.maxRSS)
	}
	defer memlimit.Start(memlimit.Budget{Total: o.maxRSS << 20, HeapMax: o.maxHeap << 20, HeapMin: o.maxHeap << 19})()
	if err := pipeline.CheckUnlocked(o.data.dir); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if err := pipeline.CheckPaths(paths); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if err := os.MkdirAll(o.data.dir, 0o700); err != nil {
		return err
	}
	ix, ixRepair, err := pipeline.OpenHealing(ctx, o.data.dir, o.data.indexDir(), index.NewWriter, indexDamaged)
	if err != nil {
		return err
	}
	defer ix.Close()
	aliases, err := o.data.aliases()
	if err != nil {
		return err
	}
	reg, regRepair, err := pipeline.OpenHealing(ctx, o.data.dir, o.data.registerPath(), register.Open, registerDamaged)
	if err != nil {
		return err
	}
	defer reg.Close()
	if err := reg.SetAliases(ctx, aliases); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	opts := extractors.DefaultOptions()
	opts.Timeout = o.timeout
	report, err := pipeline.Run(ctx, pipeline.Config{
		DataDir:   o.data.dir,
		Paths:     paths,
		Stores:    []pipeline.Store{ix, reg},
		Workers:   o.workers,
		BatchSize: o.batch,
		Options:   opts,
		Isolation: pipeline.Isolation{Mode: mode, Timeout: o.timeout, MemLimit: memLimit(o.memory)},
		Progress:  o.progress(stderr),

		AllowMassDelete: o.allowMassDelete,
		Expunge:         o.expunge,
		Repaired:        nonEmpty(ixRepair, regRepair),
	})
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if err := ix.Close(); err != nil { // searches wait for it
		return fmt.Errorf("ingest: %w", err)
	}
	o.summarise(stderr, report)
	if err := o.listConflicts(ctx, stderr, reg); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if !report.OK() {
		return errPartial
	}
	return nil
}

// indexDamaged tells an index that must be rebuilt from one in use or
// out of reach.
func indexDamaged(err error) bool {
	return !errors.Is(err, index.ErrBusy) && !pipeline.Environmental(err)
}

func registerDamaged(err error) bool { return errors.Is(err, register.ErrDamaged) }

func nonEmpty(s ...string) []string {
	return slices.DeleteFunc(s, func(x string) bool { return x == "" })
}

// memLimit is the worker's address-space limit for --memory-mb: 0 means
// none, which the pipeline spells negative.
func memLimit(mb int64) int64 {
	if mb == 0 {
		return -1
	}
	return mb << 20
}

// progress draws a bar on a terminal and logs otherwise; none when quiet.
func (o ingestOptions) progress(w io.Writer) pipeline.Progress {
	switch {
	case o.quiet:
		return nil
	case isTerminal(w) && o.logFormat == "text":
		return pipeline.NewTermProgress(w)
	}
	return pipeline.NewLogProgress(slog.Default(), 10*time.Second)
}

// summarise prints the run's summary, as one log record in JSON; when
// quiet, only for a run that did not go well.
func (o ingestOptions) summarise(w io.Writer, r *pipeline.Report) {
	switch {
	case o.quiet && r.OK():
	case o.logFormat == "json":
		slog.Info("ingest summary", "ok", r.OK(), "seconds", r.Seconds, "counts", r.Counts, "failures", r.Failures,
			"quarantined", r.Quarantined, "warnings", r.Warnings, "repaired", r.Repaired, "held", r.Held)
	default:
		fmt.Fprint(w, r.Summary())
	}
}

// listConflicts names the meetings whose documents disagree among those
// the run wrote (status lists them all), unless --quiet.
func (o ingestOptions) listConflicts(ctx context.Context, w io.Writer, reg *register.Register) error {
	if o.quiet {
		return nil
	}
	conflicts, err := reg.WrittenConflicts(ctx)
	switch {
	case err != nil:
		return err
	case o.logFormat == "json":
		for _, c := range conflicts {
			slog.Warn("conflict: the documents of a meeting disagree (text, attendees or cases)", "meeting", c.Meeting, "records", c.Records)
		}
		return nil
	default:
		return register.WriteConflicts(w, conflicts)
	}
}

// isTerminal tells whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
