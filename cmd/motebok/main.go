// Command motebok turns an archive of Norwegian governance documents into a
// searchable full-text index and a decision register. See the README.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"

	"github.com/motebok/motebok/internal/oneline"
)

// Exit codes shared by every command.
const (
	exitOK      = 0
	exitFailure = 1 // the command could not complete
	exitUsage   = 2
	exitPartial = 3 // the command completed but some documents failed
)

// command is one subcommand: its flags and what it runs.
type command struct {
	name    string
	summary string
	usage   string // argument synopsis after the flags
	hidden  bool
	flags   func(fs *flag.FlagSet) // registers the options' flags
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// errUsage marks errors in how a command was called.
type errUsage struct{ msg string }

func (e errUsage) Error() string { return e.msg }

func usagef(format string, a ...any) error { return errUsage{fmt.Sprintf(format, a...)} }

// errPartial marks a command that completed with some documents failing.
var errPartial = errors.New("some documents failed")

func main() {
	privateFiles()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	slog.SetDefault(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))
	cmds := commands()
	switch {
	case len(args) == 0:
		printUsage(stderr, cmds)
		return exitUsage
	case args[0] == "-h" || args[0] == "--help" || args[0] == "help" && len(args) == 1:
		printUsage(stderr, cmds)
		return exitOK
	case args[0] == "help":
		args = []string{args[1], "-h"} // help COMMAND is COMMAND -h
	case args[0] == "--version" || args[0] == "version":
		fmt.Fprintln(stdout, versionLine())
		return exitOK
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "motebok: unknown command %q\n\n", args[0])
		printUsage(stderr, cmds)
		return exitUsage
	}
	fs := flag.NewFlagSet("motebok "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: motebok %s [flags] %s\n\n%s\n\nflags:\n", cmd.name, cmd.usage, cmd.summary)
		fs.PrintDefaults()
		fmt.Fprint(stderr, exitStatusHelp)
	}
	if cmd.flags != nil {
		cmd.flags(fs)
	}
	pos, err := parseArgs(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	return exitCode(cmd.run(ctx, pos, stdout, stderr), stderr)
}

// parseArgs parses flags anywhere among the arguments and returns the
// others in order. An argument after "--" is never a flag, nor is one with
// a single dash that names no flag (a query's -word); --name always is.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			return append(pos, args[1:]...), nil
		}
		if !isFlag(fs, a) {
			pos, args = append(pos, a), args[1:]
			continue
		}
		n := min(len(args), flagArgs(fs, a))
		if err := fs.Parse(args[:n]); err != nil {
			return nil, err
		}
		args = args[n:]
	}
	return pos, nil
}

// isFlag reports whether a is a flag: --anything, or -name of a flag or of
// help.
func isFlag(fs *flag.FlagSet, a string) bool {
	if strings.HasPrefix(a, "--") {
		return true
	}
	name := flagName(a)
	return len(a) > 1 && a[0] == '-' && (fs.Lookup(name) != nil || name == "h" || name == "help")
}

// flagArgs is the number of arguments flag a takes up: one for a boolean
// flag or -name=value, else two.
func flagArgs(fs *flag.FlagSet, a string) int {
	if strings.Contains(a, "=") {
		return 1
	}
	f := fs.Lookup(flagName(a))
	if f == nil {
		return 1
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return 1
	}
	return 2
}

func flagName(a string) string {
	name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
	return name
}

const exitStatusHelp = `
EXIT STATUS
  0  success
  1  the command could not complete
  2  usage error
  3  the command completed, but some documents failed or are quarantined
     (ingest: or vanished files were not deleted; check: damage was found)
`

// exitCode maps a command's error to the process exit code, printing it.
func exitCode(err error, stderr io.Writer) int {
	var u errUsage
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u):
		fmt.Fprintf(stderr, "motebok: %s (see -h)\n", oneline.Escape(err.Error()))
		return exitUsage
	case errors.Is(err, errPartial):
		return exitPartial
	default:
		fmt.Fprintf(stderr, "motebok: %s\n", oneline.Escape(err.Error()))
		return exitFailure
	}
}

func printUsage(w io.Writer, cmds map[string]*command) {
	fmt.Fprint(w, "usage: motebok COMMAND [flags] [args]\n\ncommands:\n")
	names := make([]string, 0, len(cmds))
	for n, c := range cmds {
		if !c.hidden {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprint(w, "\nRun 'motebok help COMMAND' for a command's flags, 'motebok --version' for the versions.\n"+exitStatusHelp)
}

// collectOnlyNear makes the garbage collector run only when the Go heap
// nears limit bytes, unless GOGC or GOMEMLIMIT say otherwise: a command
// that ends within a second spent a quarter of a search's CPU collecting
// a heap of a few megabytes, over and over (ten collections for one
// search at 100,000 documents).
func collectOnlyNear(limit int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(limit)
}
