package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/motebok/motebok/index/register"
)

// caseOptions are the flags of `motebok case`.
type caseOptions struct {
	data dataOptions
	json bool
	body string
}

func (o *caseOptions) addFlags(fs *flag.FlagSet) {
	o.data.addFlags(fs)
	fs.BoolVar(&o.json, "json", false, "print JSON")
	fs.StringVar(&o.body, "body", "", "only cases of a body whose name contains this")
}

func newCaseCommand() *command {
	var o caseOptions
	return &command{
		name:    "case",
		summary: "a case's history: its meetings, later references, linked cases and approved documents",
		usage:   "NUMBER",
		flags:   o.addFlags,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if len(args) != 1 {
				return usagef("case takes one case number (21/25, Sak 21-25, PS 12/24) or archive number")
			}
			return runCase(ctx, o, args[0], stdout)
		},
	}
}

func runCase(ctx context.Context, o caseOptions, number string, stdout io.Writer) error {
	reg, err := openRegister(o.data)
	if err != nil {
		return err
	}
	defer reg.Close()
	events, err := reg.CaseHistory(ctx, number, o.body)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(stdout, events)
	}
	if len(events) == 0 {
		fmt.Fprintf(stdout, "no case %s in the register\n", number)
		return nil
	}
	return register.WriteHistory(stdout, events)
}

// personOptions are the flags of `motebok person`.
type personOptions struct {
	data dataOptions
	json bool
}

func newPersonCommand() *command {
	var o personOptions
	return &command{
		name:    "person",
		summary: "the meetings a person is listed in, with role and attendance (any name order)",
		usage:   "NAME",
		flags: func(fs *flag.FlagSet) {
			o.data.addFlags(fs)
			fs.BoolVar(&o.json, "json", false, "print JSON")
		},
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if len(args) == 0 {
				return usagef("person takes a name (\"Kari Nordmann\" or \"Nordmann Kari\")")
			}
			return runPerson(ctx, o, strings.Join(args, " "), stdout)
		},
	}
}

func runPerson(ctx context.Context, o personOptions, name string, stdout io.Writer) error {
	reg, err := openRegister(o.data)
	if err != nil {
		return err
	}
	defer reg.Close()
	as, err := reg.PersonHistory(ctx, name)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(stdout, as)
	}
	if len(as) == 0 {
		fmt.Fprintf(stdout, "no meeting lists %s\n", name)
		return nil
	}
	return register.WriteAttendance(stdout, as)
}

// openRegister opens the register of an ingested data directory for
// reading.
func openRegister(o dataOptions) (*register.Register, error) {
	if err := o.existing(); err != nil {
		return nil, err
	}
	return register.OpenReadOnly(o.registerPath())
}

// writeJSON prints v as indented JSON; a nil list prints as [].
func writeJSON[T any](w io.Writer, v []T) error {
	if v == nil {
		v = []T{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
