package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors"
)

// genTree writes n small text documents in 100 directories.
func genTree(b *testing.B, root string, n int, firstLine string, size int) {
	b.Helper()
	const phrase = "Sak 12/25 Budsjett. Vedtak: Styret vedtok forslaget enstemmig. "
	body := strings.Repeat(phrase, size/len(phrase)+1)[:size]
	for i := range n {
		dir := filepath.Join(root, fmt.Sprintf("utvalg-%02d", i%100))
		if i < 100 {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		content := fmt.Sprintf("%s\nreferat %d\n%s", firstLine, i, body)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("referat-%05d.txt", i)), []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

func benchConfig(data, root string) Config {
	cfg := testConfig(data, root, NewMemStore())
	cfg.Workers, cfg.BatchSize = runtime.NumCPU(), 200
	return cfg
}

// BenchmarkIngestFull is a first run over 10,000 small documents with the
// fake extractor: the pipeline's own cost per document.
func BenchmarkIngestFull(b *testing.B) {
	root := b.TempDir()
	genTree(b, root, 10000, "Referat", 1000)
	var rep *Report
	for b.Loop() {
		b.StopTimer()
		data := b.TempDir()
		b.StartTimer()
		rep = mustRun(b, benchConfig(data, root))
	}
	reportStages(b, rep)
}

// BenchmarkIngestNoop is a rerun over 10,000 unchanged documents.
func BenchmarkIngestNoop(b *testing.B) {
	root, data := b.TempDir(), b.TempDir()
	genTree(b, root, 10000, "Referat", 1000)
	cfg := benchConfig(data, root)
	mustRun(b, cfg)
	var rep *Report
	for b.Loop() {
		rep = mustRun(b, cfg)
	}
	if rep.Counts.Unchanged != 10000 {
		b.Fatalf("not a no-op: %+v", rep.Counts)
	}
	reportStages(b, rep)
}

func reportStages(b *testing.B, rep *Report) {
	b.ReportMetric(rep.DocsPerSec, "docs/s")
	s := rep.Stages
	for name, sec := range map[string]float64{"reconcile": s.Reconcile, "discover": s.Discover, "hash": s.Hash,
		"extract": s.Extract, "write": s.Write, "commit": s.Commit} {
		b.ReportMetric(sec*1000, name+"-ms")
	}
}

// BenchmarkIsolation compares extraction in-process and in worker
// processes, on documents of ~20 KB that take ~2 ms of CPU each.
func BenchmarkIsolation(b *testing.B) {
	root := b.TempDir()
	genTree(b, root, 400, "SLOW", 20000)
	for _, mode := range []IsolationMode{IsolateNone, IsolateAll} {
		b.Run(string(mode), func(b *testing.B) {
			var rep *Report
			for b.Loop() {
				b.StopTimer()
				cfg := benchConfig(b.TempDir(), root)
				cfg.Isolation = workerIsolation(10 * time.Second)
				cfg.Isolation.Mode = mode
				b.StartTimer()
				rep = mustRun(b, cfg)
			}
			b.ReportMetric(rep.DocsPerSec, "docs/s")
		})
	}
}

// BenchmarkIsolationReal compares the two with the real extractor on the
// sample corpus (../testdata/corpus), each file copied 10 times.
func BenchmarkIsolationReal(b *testing.B) {
	corpus := filepath.Join("..", "testdata", "corpus")
	files, _ := filepath.Glob(filepath.Join(corpus, "*.*"))
	if len(files) == 0 {
		b.Skip("no sample corpus")
	}
	root := b.TempDir()
	for i := range 10 {
		for _, f := range files {
			content, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			name := filepath.Join(root, fmt.Sprintf("%d-%s", i, filepath.Base(f)))
			// A different last byte in each copy: no record is reused.
			if err := os.WriteFile(name, append(content, byte(i)), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, mode := range []IsolationMode{IsolateNone, IsolateAll} {
		b.Run(string(mode), func(b *testing.B) {
			var rep *Report
			for b.Loop() {
				b.StopTimer()
				cfg := benchConfig(b.TempDir(), root)
				cfg.Extract = extractors.ExtractFile
				cfg.Isolation = workerIsolation(time.Minute)
				cfg.Isolation.Env = append(cfg.Isolation.Env, "MOTEBOK_TEST_REAL=1")
				cfg.Isolation.Mode = mode
				b.StartTimer()
				rep = mustRun(b, cfg)
			}
			b.ReportMetric(rep.DocsPerSec, "docs/s")
			b.ReportMetric(float64(rep.Counts.Failed), "failed")
		})
	}
}
