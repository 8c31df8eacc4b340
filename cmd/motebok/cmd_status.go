package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/pipeline"
)

// statusOptions are the flags of `motebok status`.
type statusOptions struct {
	data dataOptions
	json bool
}

func newStatusCommand() *command {
	var o statusOptions
	return &command{
		name:    "status",
		summary: "what is indexed, what failed and why, when the last run ran, which records of a meeting disagree",
		flags: func(fs *flag.FlagSet) {
			o.data.addFlags(fs)
			fs.BoolVar(&o.json, "json", false, "print JSON")
		},
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if err := o.data.existing(); err != nil {
				return err
			}
			st, err := pipeline.Status(o.data.dir)
			if err != nil {
				return err
			}
			conflicts, err := registerConflicts(ctx, o.data)
			if err != nil {
				return err
			}
			if o.json {
				enc := json.NewEncoder(stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(struct {
					*pipeline.StatusInfo
					Conflicts []register.Conflict `json:"conflicts"`
				}{st, conflicts})
			}
			if err := st.WriteText(stdout); err != nil {
				return err
			}
			return register.WriteConflicts(stdout, conflicts)
		},
	}
}

// registerConflicts lists the meetings the register holds as records that
// disagree; none when nothing was stored yet.
func registerConflicts(ctx context.Context, o dataOptions) ([]register.Conflict, error) {
	if _, err := os.Stat(o.registerPath()); errors.Is(err, fs.ErrNotExist) {
		return []register.Conflict{}, nil
	}
	reg, err := register.OpenReadOnly(o.registerPath())
	if err != nil {
		return nil, err
	}
	defer reg.Close()
	cs, err := reg.Conflicts(ctx)
	if cs == nil && err == nil {
		cs = []register.Conflict{}
	}
	return cs, err
}

func newUnlockCommand() *command {
	var o dataOptions
	var force bool
	return &command{
		name:    "unlock",
		summary: "remove the lock a crashed ingest left (a live run's lock only with --force)",
		flags: func(fs *flag.FlagSet) {
			o.addFlags(fs)
			fs.BoolVar(&force, "force", false, "remove the lock even if its process seems alive")
		},
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			info, err := pipeline.Unlock(o.dir, force)
			if err != nil {
				return err
			}
			if info == nil {
				fmt.Fprintln(stdout, "no lock")
				return nil
			}
			fmt.Fprintf(stdout, "removed the lock of PID %d on %s (%s)\n", info.PID, info.Host, info.Time.Format("2006-01-02 15:04:05"))
			return nil
		},
	}
}

// newWorkerCommand is the child side of isolated extraction; the pipeline
// starts it, people do not.
func newWorkerCommand() *command {
	return &command{
		name:    "worker",
		summary: "extract documents sent on stdin (started by ingest)",
		hidden:  true,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			return pipeline.ServeWorker(ctx, os.Stdin, stdout, extractors.ExtractFile)
		},
	}
}
