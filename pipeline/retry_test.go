package pipeline

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestReliabilityEnvironmentNoQuarantine checks that failures the machine
// causes (a permission refused, a worker's memory limit) are reported every
// run, keep the run from passing, and never quarantine the file.
func TestReliabilityEnvironmentNoQuarantine(t *testing.T) {
	cases := []struct {
		name, bad, reason string
		isolate           bool
	}{
		{"permission", "EACCES", "permission denied", false},
		{"memory limit", "ALLOC", "memory limit", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			writeFiles(t, root, map[string]string{"a.pdf": "fint", "b.pdf": tc.bad})
			cfg := testConfig(data, root, NewMemStore())
			if tc.isolate {
				cfg.Workers, cfg.Isolation = 1, workerIsolation(5*time.Second)
			}
			for run := range DefaultMaxFailures + 2 {
				rep := mustRun(t, cfg)
				if c := rep.Counts; c.Failed != 1 || c.Quarantined != 0 || rep.OK() {
					t.Fatalf("run %d: %+v %+v", run+1, c, rep.Quarantined)
				}
				if f := rep.Failures[0]; !strings.Contains(f.Reason, tc.reason) || f.Failures != 0 {
					t.Fatalf("run %d: failure %+v, want %q and no count", run+1, f, tc.reason)
				}
			}
		})
	}
}

// TestReliabilityRetry checks that Retry ends a quarantine, for one path,
// a folder or all, that a path with nothing failing under it is refused,
// and that a run with a quarantined file does not pass.
func TestReliabilityRetry(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"ok.txt": "fint", "a/bad.txt": "FAIL\nx", "b/bad.txt": "FAIL\ny"})
	badA, badB := filepath.Join(root, "a/bad.txt"), filepath.Join(root, "b/bad.txt")
	cfg := testConfig(data, root, NewMemStore())
	quarantine := func() {
		t.Helper()
		for range DefaultMaxFailures {
			mustRun(t, cfg)
		}
		if rep := mustRun(t, cfg); rep.Counts.Quarantined != 2 || rep.OK() {
			t.Fatalf("want 2 quarantined and the run not OK: %+v", rep.Counts)
		}
	}
	quarantine()
	if _, err := Retry(data, []string{filepath.Join(root, "ok.txt")}, false); err == nil || !strings.Contains(err.Error(), "ok.txt") {
		t.Errorf("retry of a good file: %v", err)
	}
	got, err := Retry(data, []string{filepath.Join(root, "a")}, false)
	if err != nil || !slices.Equal(got, []string{badA}) {
		t.Fatalf("retry of folder a: %q, %v", got, err)
	}
	if c := mustRun(t, cfg).Counts; c.Failed != 1 || c.Quarantined != 1 || c.Extracted != 1 {
		t.Errorf("after retrying a: %+v", c)
	}
	quarantine()
	if got, err := Retry(data, nil, true); err != nil || !slices.Equal(got, []string{badA, badB}) {
		t.Fatalf("retry all: %q, %v", got, err)
	}
	if c := mustRun(t, cfg).Counts; c.Failed != 2 || c.Quarantined != 0 {
		t.Errorf("after retrying all: %+v", c)
	}
}
