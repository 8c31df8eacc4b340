package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// fileRefusals are the causes besides reasonClasses that a file which is
// no document at all may give.
var fileRefusals = []string{"no such file", "too many levels of symbolic links", "not a regular file"}

// TestExtractHostile checks that `motebok extract` names each file it
// cannot read, with the reason, in exactly one line and exits 1; that with
// several files it prints the records of the good ones and exits 3; and
// that it exits 1 when every file fails.
func TestExtractHostile(t *testing.T) {
	m := newMixed(t)
	c := m.cli
	c.timeout = 5 * time.Second // a FIFO must not block extract
	refused := keys(m.bad)
	refused = append(refused, filepath.Join(m.root, "x.pdf"), filepath.Join(m.root, "gone.pdf"))
	refused = append(refused, keys(m.skipped)...)
	for _, p := range refused {
		t.Run(filepath.Base(p), func(t *testing.T) {
			r := c.run(t, "extract", p)
			if r.code != 1 || r.stdout != "" {
				t.Fatalf("want exit 1 and no output: %s", r)
			}
			checkErrorLine(t, r.stderr, p)
		})
	}
	for _, p := range keys(m.either) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			r := c.run(t, "extract", p)
			switch r.code {
			case 0:
				checkRecords(t, r.stdout, p)
			case 1:
				checkErrorLine(t, r.stderr, p)
			default:
				t.Errorf("repairable file: %s", r)
			}
		})
	}
	good, bad := keys(m.good)[:4], keys(m.bad)[:4]
	t.Run("several", func(t *testing.T) {
		r := c.run(t, append(append([]string{"extract"}, bad[:2]...), append(good, bad[2:]...)...)...)
		if r.code != 3 {
			t.Fatalf("good and bad files: want exit 3, got %s", r)
		}
		checkRecords(t, r.stdout, good...)
		checkErrorLines(t, r.stderr, bad...)
	})
	t.Run("all bad", func(t *testing.T) {
		r := c.run(t, append([]string{"extract"}, bad...)...)
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if r.code != 1 || r.stdout != "" || len(lines) != len(bad)+1 || !strings.Contains(lines[len(bad)], "4 of 4 files failed") {
			t.Fatalf("only bad files: want exit 1, a line for each and a total: %s", r)
		}
		checkErrorLines(t, strings.Join(lines[:len(bad)], "\n"), bad...)
	})
}

// checkErrorLine checks that stderr is one line naming path and a cause.
func checkErrorLine(t *testing.T, stderr, path string) {
	t.Helper()
	checkErrorLines(t, strings.TrimSuffix(stderr, "\n"), path)
}

// checkErrorLines checks that stderr has one line per path, in order,
// each naming its file and a cause.
func checkErrorLines(t *testing.T, stderr string, paths ...string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("want %d error lines, got:\n%s", len(paths), stderr)
	}
	for i, p := range paths {
		l := lines[i]
		if !strings.HasPrefix(l, "motebok: ") || !strings.Contains(l, p) || !containsAny(l, reasonClasses, fileRefusals) {
			t.Errorf("error line %q does not name %s and why", l, p)
		}
	}
}

// checkRecords checks that stdout holds the records of paths, in order.
func checkRecords(t *testing.T, stdout string, paths ...string) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(stdout))
	for _, p := range paths {
		var rec doc.Record
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("record of %s: %v\n%.500s", p, err, stdout)
		}
		if rec.Path != p || len(rec.ID) != 64 || rec.Text == "" {
			t.Errorf("record of %s: path %q, id %q, %d bytes of text", p, rec.Path, rec.ID, len(rec.Text))
		}
	}
	if dec.More() {
		t.Errorf("more records than files")
	}
}

func containsAny(s string, lists ...[]string) bool {
	for _, l := range lists {
		for _, w := range l {
			if strings.Contains(s, w) {
				return true
			}
		}
	}
	return false
}
