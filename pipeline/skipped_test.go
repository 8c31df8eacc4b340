//go:build unix

package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestSkippedAreNamed checks that entries named like documents that are not
// regular files are named in the report's warnings, once each, and that a
// directory named like a document is walked, not named.
func TestSkippedAreNamed(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"a/ok.txt": "ok", "a/x.pdf/inside.txt": "inne"})
	must(t, os.Symlink("loop.pdf", filepath.Join(root, "a/loop.pdf")))
	must(t, os.Symlink("ok.txt", filepath.Join(root, "a/link.txt")))
	must(t, os.Symlink(root, filepath.Join(root, "a/again")))
	must(t, syscall.Mkfifo(filepath.Join(root, "a/fifo.docx"), 0o644))
	cfg := testConfig(data, root, NewMemStore())
	cfg.Paths = []string{root, filepath.Join(root, "a")} // overlapping roots warn once
	rep := mustRun(t, cfg)
	want := map[string]string{"a/loop.pdf": "symbolic link", "a/link.txt": "symbolic link", "a/fifo.docx": "named pipe"}
	if len(rep.Warnings) != len(want) {
		t.Errorf("warnings %q, want one for each of %v", rep.Warnings, want)
	}
	for name, why := range want {
		prefix := filepath.Join(root, name) + ": not indexed: " + why
		found := false
		for _, w := range rep.Warnings {
			found = found || strings.HasPrefix(w, prefix)
		}
		if !found {
			t.Errorf("no warning %q… in %q", prefix, rep.Warnings)
		}
	}
	if rep.Counts.New != 2 || rep.Counts.Failed != 0 || !strings.Contains(rep.Summary(), "warning: "+filepath.Join(root, "a/loop.pdf")) {
		t.Errorf("counts %+v, summary:\n%s", rep.Counts, rep.Summary())
	}
}
