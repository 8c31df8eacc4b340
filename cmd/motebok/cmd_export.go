package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/pipeline"
)

// exportOptions are the flags of `motebok export`.
type exportOptions struct {
	data   dataOptions
	format string
	out    string
	schema bool
}

func (o *exportOptions) addFlags(fs *flag.FlagSet) {
	o.data.addFlags(fs)
	fs.StringVar(&o.format, "format", "jsonl", "json (one array) or jsonl (one record per line)")
	fs.StringVar(&o.out, "o", "", "write to this file (default stdout); the JSON Schema goes beside it as FILE.schema.json")
	fs.BoolVar(&o.schema, "schema", false, "print the record's JSON Schema instead of the records")
}

func newExportCommand() *command {
	var o exportOptions
	return &command{
		name:    "export",
		summary: "write every stored record as in 'extract', with the record's JSON Schema",
		flags:   o.addFlags,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 {
				return usagef("export takes no arguments")
			}
			return runExport(ctx, o, stdout)
		},
	}
}

func runExport(ctx context.Context, o exportOptions, stdout io.Writer) error {
	if o.format != "json" && o.format != "jsonl" {
		return usagef("--format must be json or jsonl, not %q", o.format)
	}
	if o.schema {
		_, err := stdout.Write(doc.RecordSchema)
		return err
	}
	if err := o.data.existing(); err != nil {
		return err
	}
	records := func(w io.Writer) error { return writeRecords(ctx, w, o.data.dir, o.format == "json") }
	if o.out == "" {
		bw := bufio.NewWriter(stdout)
		if err := records(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	schema := strings.TrimSuffix(o.out, ".json") + ".schema.json"
	if err := os.WriteFile(schema, doc.RecordSchema, 0o600); err != nil {
		return err
	}
	return pipeline.WriteFile(o.out, records) // a failed export leaves no partial file
}

// writeRecords streams the records as JSON lines or as one JSON array.
func writeRecords(ctx context.Context, w io.Writer, dataDir string, array bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	sep := "["
	err := pipeline.ForEachRecord(ctx, dataDir, func(r *doc.Record) error {
		if array {
			fmt.Fprint(w, sep)
			sep = ","
		}
		return enc.Encode(r)
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if array {
		if sep == "[" {
			fmt.Fprint(w, sep)
		}
		fmt.Fprintln(w, "]")
	}
	return nil
}
