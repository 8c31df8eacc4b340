package main

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/motebok/motebok/internal/synth"
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
