package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"os"

	"github.com/motebok/motebok/index/register"
)

// decisionsOptions are the flags of `motebok decisions`.
type decisionsOptions struct {
	data    dataOptions
	dates   dateRange
	format  string
	query   string
	body    string
	number  string
	decided bool
	limit   int
}

func (o *decisionsOptions) addFlags(fs *flag.FlagSet) {
	o.data.addFlags(fs)
	o.dates.addFlags(fs)
	fs.StringVar(&o.format, "format", "table", "output: table, json or csv (UTF-8 with BOM, opens in Excel)")
	fs.StringVar(&o.query, "query", "", "words that must occur in the title, proposal or decision (any case, æøå or not)")
	fs.StringVar(&o.body, "body", "", "only meetings of a body whose name has words starting with these")
	fs.StringVar(&o.number, "case", "", "only this case number (33/25, Sak 33/25, PS 12/24) or archive number")
	fs.BoolVar(&o.decided, "decided", false, "only cases with a recorded decision")
	fs.IntVar(&o.limit, "limit", 0, "at most this many rows (0: all)")
}

func newDecisionsCommand() *command {
	var o decisionsOptions
	return &command{
		name:    "decisions",
		summary: "list cases and decisions from the register (one row per case per meeting)",
		flags:   o.addFlags,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 {
				return usagef("decisions takes no arguments; use --query")
			}
			return runDecisions(ctx, o, stdout)
		},
	}
}

func runDecisions(ctx context.Context, o decisionsOptions, stdout io.Writer) error {
	write, ok := map[string]func(io.Writer, []register.Decision) error{
		"table": func(w io.Writer, ds []register.Decision) error { return register.WriteTable(w, ds, terminalWidth()) },
		"json":  register.WriteJSON,
		"csv":   register.WriteCSV,
	}[o.format]
	if !ok {
		return usagef("--format must be table, json or csv, not %q", o.format)
	}
	if o.limit < 0 {
		return usagef("--limit %d is negative (0: all rows)", o.limit)
	}
	from, to, err := o.dates.parse()
	if err != nil {
		return err
	}
	if err := o.data.existing(); err != nil {
		return err
	}
	reg, err := register.OpenReadOnly(o.data.registerPath())
	if err != nil {
		return err
	}
	defer reg.Close()
	ds, err := reg.Decisions(ctx, register.Filter{
		Query: o.query, From: from, To: to, Body: o.body, Case: o.number, Decided: o.decided, Limit: o.limit,
	})
	if errors.Is(err, register.ErrQuery) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	return write(stdout, ds)
}

// terminalWidth is $COLUMNS, else 120.
func terminalWidth() int {
	n := 0
	for _, c := range os.Getenv("COLUMNS") {
		if c < '0' || c > '9' {
			return 120
		}
		n = n*10 + int(c-'0')
	}
	if n < 40 {
		return 120
	}
	return n
}
