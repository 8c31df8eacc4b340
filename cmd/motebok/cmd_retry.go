package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/motebok/motebok/internal/oneline"
	"github.com/motebok/motebok/pipeline"
)

// retryOptions are the flags of `motebok retry`.
type retryOptions struct {
	data dataOptions
	all  bool
}

func newRetryCommand() *command {
	var o retryOptions
	return &command{
		name:    "retry",
		summary: "end the quarantine of failing files at or under PATH (or --all): the next ingest extracts them again",
		usage:   "--all | PATH...",
		flags: func(fs *flag.FlagSet) {
			o.data.addFlags(fs)
			fs.BoolVar(&o.all, "all", false, "every failing and quarantined file")
		},
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if o.all == (len(args) > 0) {
				return usagef("retry needs either --all or at least one PATH")
			}
			if err := o.data.existing(); err != nil {
				return err
			}
			paths, err := pipeline.Retry(o.data.dir, args, o.all)
			if err != nil {
				return fmt.Errorf("retry: %w", err)
			}
			for _, p := range paths {
				fmt.Fprintf(stdout, "retry: %s\n", oneline.Escape(p))
			}
			fmt.Fprintf(stderr, "%d files will be extracted again by the next ingest\n", len(paths))
			return nil
		},
	}
}
