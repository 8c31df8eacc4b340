package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/internal/oneline"
	"github.com/motebok/motebok/pipeline"
)

// checkOptions are the flags of `motebok check`.
type checkOptions struct {
	data   dataOptions
	repair bool
}

func newCheckCommand() *command {
	var o checkOptions
	return &command{
		name:    "check",
		summary: "check the index, the register and every stored record; --repair sets what is damaged to be rebuilt by the next ingest",
		flags: func(fs *flag.FlagSet) {
			o.data.addFlags(fs)
			fs.BoolVar(&o.repair, "repair", false, "move a damaged index or register aside and mark damaged records for extraction, for the next ingest to rebuild")
		},
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 {
				return usagef("check takes no arguments")
			}
			if err := o.data.existing(); err != nil {
				return err
			}
			return runCheck(ctx, o, stdout)
		},
	}
}

func runCheck(ctx context.Context, o checkOptions, stdout io.Writer) error {
	if err := pipeline.CheckUnlocked(o.data.dir); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	damaged := 0
	stores := []struct {
		name, path string
		check      func(context.Context, dataOptions) error
	}{
		{"index", o.data.indexDir(), checkIndex},
		{"register", o.data.registerPath(), checkRegister},
	}
	for _, s := range stores {
		if err := s.check(ctx, o.data); err != nil {
			damaged++
			fmt.Fprintf(stdout, "%s: damaged: %s\n", s.name, oneline.Escape(err.Error()))
			if err := repairStore(o.repair, s.path, stdout); err != nil {
				return err
			}
		}
	}
	rep, err := pipeline.Check(ctx, o.data.dir, o.repair)
	if err != nil {
		return err
	}
	for _, f := range rep.Damaged {
		fmt.Fprintf(stdout, "record: damaged: %s: %s\n", oneline.Escape(f.Path), oneline.Escape(f.Reason))
	}
	damaged += len(rep.Damaged)
	fmt.Fprintf(stdout, "check: %d records read, %d problems\n", rep.Records, damaged)
	switch {
	case damaged == 0:
		return nil
	case o.repair:
		fmt.Fprintln(stdout, "check: repaired; the next ingest rebuilds what was damaged")
		return nil
	}
	fmt.Fprintln(stdout, "check: run 'motebok check --repair', then ingest, to rebuild what is damaged")
	return errPartial
}

// checkIndex verifies the checksum of every index segment, opens the
// index and compares what it holds with the manifest.
func checkIndex(ctx context.Context, data dataOptions) error {
	if err := index.CheckSegments(data.indexDir()); err != nil {
		return err
	}
	ix, err := index.OpenReadOnly(data.indexDir())
	if err != nil {
		return err
	}
	defer ix.Close()
	return pipeline.CheckHolds(ctx, data.dir, ix)
}

// checkRegister verifies the register's structure and every row's checksum
// (register.Check) and compares what it holds with the manifest.
func checkRegister(ctx context.Context, data dataOptions) error {
	reg, err := register.OpenReadOnly(data.registerPath())
	if err != nil {
		return err
	}
	defer reg.Close()
	if err := reg.Check(ctx); err != nil {
		return err
	}
	return pipeline.CheckHolds(ctx, data.dir, reg)
}

func repairStore(repair bool, path string, stdout io.Writer) error {
	if !repair {
		return nil
	}
	aside, err := pipeline.MoveAside(path)
	if err != nil {
		return fmt.Errorf("moving %s aside: %w", path, err)
	}
	fmt.Fprintf(stdout, "  moved to %s\n", oneline.Escape(aside))
	return nil
}
