package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/internal/oneline"
)

// extractOptions are the flags of `motebok extract`.
type extractOptions struct {
	refDate string
	timeout time.Duration
}

func (o *extractOptions) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.refDate, "ref-date", "", "resolve dates without a year against this day (YYYY-MM-DD)")
	fs.DurationVar(&o.timeout, "timeout", 2*time.Minute, "give up on a document after this long")
}

func newExtractCommand() *command {
	var o extractOptions
	return &command{
		name:    "extract",
		summary: "print the structured record of each FILE as JSON (one object per line for several files)",
		usage:   "FILE...",
		flags:   o.addFlags,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			return runExtract(ctx, o, args, stdout, stderr)
		},
	}
}

func runExtract(ctx context.Context, o extractOptions, files []string, stdout, stderr io.Writer) error {
	if len(files) == 0 {
		return usagef("extract needs at least one FILE")
	}
	opts := extractors.DefaultOptions()
	opts.Timeout = o.timeout
	if o.refDate != "" {
		t, err := time.Parse(time.DateOnly, o.refDate)
		if err != nil {
			return usagef("--ref-date %q is not YYYY-MM-DD", o.refDate)
		}
		opts.RefDate = t
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if len(files) == 1 {
		enc.SetIndent("", "  ")
	}
	failed := 0
	for _, f := range files {
		rec, err := extractors.ExtractFile(ctx, f, opts)
		if err != nil && len(files) == 1 {
			return err
		}
		if err != nil {
			fmt.Fprintf(stderr, "motebok: %s\n", oneline.Escape(err.Error()))
			failed++
			continue
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	switch {
	case failed == len(files):
		return fmt.Errorf("%d of %d files failed", failed, len(files))
	case failed > 0:
		return errPartial
	}
	return nil
}
