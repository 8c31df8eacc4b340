package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/internal/synth"
)

// hostileFile writes synth's hostile file name into dir and returns its
// path.
func hostileFile(t *testing.T, dir, name string) string {
	t.Helper()
	src := realDir(t)
	if _, err := synth.Hostile(src); err != nil {
		t.Fatal(err)
	}
	return copyFile(t, filepath.Join(src, name), filepath.Join(dir, name))
}

// TestReliabilityNesting checks that a PDF whose content stream nests
// millions of arrays and dictionaries is read, in the ingest process too
// (--isolate none): its text is kept and the rest of the batch committed.
func TestReliabilityNesting(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	good := addCorpus(t, root)[0]
	deep := hostileFile(t, root, "nesting.pdf")
	r := mustMotebok(t, 0, "extract", deep)
	if !strings.Contains(r.stdout, "dyp nøsting") || !strings.Contains(r.stdout, "deeper than") {
		t.Errorf("extract lost the text or the warning: %s", r)
	}
	mustMotebok(t, 0, "ingest", "--data", data, "--isolate", "none", root)
	out := mustMotebok(t, 0, "export", "--data", data).stdout
	for _, p := range []string{good, deep} {
		if !strings.Contains(out, `"path":"`+p+`"`) {
			t.Errorf("%s not exported after the ingest", p)
		}
	}
}
