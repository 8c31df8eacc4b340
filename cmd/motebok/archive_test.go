package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/internal/synth"
	"github.com/motebok/motebok/pipeline"
)

// corpusDir holds the sample documents of the repository.
const corpusDir = "../../testdata/corpus"

// realDir makes a fresh directory under the test's temporary folder and
// returns it with symbolic links resolved, as motebok spells its paths.
func realDir(t *testing.T) string {
	t.Helper()
	d, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// addCorpus copies the sample documents into dir and returns their paths.
func addCorpus(t *testing.T, dir string) []string {
	t.Helper()
	var paths []string
	for _, ext := range []string{"pdf", "docx", "odt", "pptx"} {
		names, err := filepath.Glob(filepath.Join(corpusDir, "*."+ext))
		if err != nil || len(names) == 0 {
			t.Fatalf("no %s in %s: %v", ext, corpusDir, err)
		}
		for _, n := range names {
			paths = append(paths, copyFile(t, n, filepath.Join(dir, filepath.Base(n))))
		}
	}
	return paths
}

// copyFile copies src to dst, which gets mode 0644, and returns dst.
func copyFile(t *testing.T, src, dst string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dst, b)
	return dst
}

func writeFile(t *testing.T, name string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// addMinutes writes n synthetic documents (minutes when minutesOnly, else
// the generator's mix) as DOCX, PDF and ODT under dir and returns their
// truth, File made absolute.
func addMinutes(t *testing.T, dir string, n int, seed int64, minutesOnly bool) []synth.Truth {
	t.Helper()
	o := synth.Options{N: n, Seed: seed, Formats: []string{"docx", "pdf", "odt"}}
	if minutesOnly {
		o.MinutesShare = 1
	}
	truths, err := synth.Generate(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	for i := range truths {
		truths[i].File = filepath.Join(dir, filepath.FromSlash(truths[i].File))
	}
	return truths
}

// shared is an archive of 160 generated documents that the crash and
// concurrency tests read, never change.
var shared struct {
	once   sync.Once
	dir    string
	truths []synth.Truth
	err    error
}

// sharedArchive generates the shared archive on first use.
func sharedArchive(t *testing.T) (string, []synth.Truth) {
	t.Helper()
	shared.once.Do(func() {
		dir, err := os.MkdirTemp(filepath.Dir(binary), "archive-")
		if err == nil {
			dir, err = filepath.EvalSymlinks(dir)
		}
		if err != nil {
			shared.err = err
			return
		}
		shared.dir = dir
		shared.truths, shared.err = synth.Generate(dir, synth.Options{N: 160, Seed: 6, Formats: []string{"docx", "pdf", "odt"}})
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.dir, shared.truths
}

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
	decodeJSON(t, c.mustRun(t, 0, "search", "--data", data, "--json", "--limit", "10000", query), &res)
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
const everything = "kind:minutes kind:guide kind:presentation kind:other"

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
