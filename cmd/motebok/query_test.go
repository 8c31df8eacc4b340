package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/pipeline"
)

// decodeJSON decodes a command's output into v.
func decodeJSON(t *testing.T, r result, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(r.stdout), v); err != nil {
		t.Fatalf("output is not JSON (%v): %s", err, r)
	}
}

// searchPaths returns the source files a search finds, with the files
// merged into other hits (Also); case hits give their file.
func searchPaths(t *testing.T, c cli, data, query string) map[string]bool {
	t.Helper()
	var res index.Result
	decodeJSON(t, c.mustRun(t, 0, "search", "--data", data, "--json", "--limit", "1000", query), &res)
	paths := map[string]bool{}
	for _, h := range res.Hits {
		paths[h.Path] = true
		for _, p := range h.Also {
			paths[p] = true
		}
	}
	return paths
}

// everything matches every file in the index.
var everything = "kind:" + strings.Join(doc.Kinds, " OR kind:")

// exported returns the records `export --format jsonl` writes, by path.
func exported(t *testing.T, c cli, data string) map[string]*doc.Record {
	t.Helper()
	r := c.mustRun(t, 0, "export", "--data", data, "--format", "jsonl")
	recs := map[string]*doc.Record{}
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if line == "" {
			continue
		}
		rec := new(doc.Record)
		if err := json.Unmarshal([]byte(line), rec); err != nil {
			t.Fatalf("export line is not a record (%v): %.300s", err, line)
		}
		recs[rec.Path] = rec
	}
	return recs
}

// decisions returns every row of the register.
func decisions(t *testing.T, c cli, data string) []register.Decision {
	t.Helper()
	var ds []register.Decision
	decodeJSON(t, c.mustRun(t, 0, "decisions", "--data", data, "--format", "json"), &ds)
	return ds
}

// status returns `status --json`.
func status(t *testing.T, c cli, data string) pipeline.StatusInfo {
	t.Helper()
	var s pipeline.StatusInfo
	decodeJSON(t, c.mustRun(t, 0, "status", "--data", data, "--json"), &s)
	return s
}

// lastReport reads the run-report.json the last ingest wrote.
func lastReport(t *testing.T, data string) pipeline.Report {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(data, "run-report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep pipeline.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatalf("run-report.json: %v", err)
	}
	return rep
}

// keys returns the sorted keys of a set.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// sameKeys reports the difference between two sets, "" when equal.
func sameKeys[V, W any](got map[string]V, want map[string]W) string {
	var b strings.Builder
	for _, k := range keys(got) {
		if _, ok := want[k]; !ok {
			b.WriteString("\n  unexpected: " + k)
		}
	}
	for _, k := range keys(want) {
		if _, ok := got[k]; !ok {
			b.WriteString("\n  missing: " + k)
		}
	}
	return b.String()
}
