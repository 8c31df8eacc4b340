package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestIsolatedWorker(t *testing.T) {
	cases := []struct {
		name    string
		bad     string // first line of the misbehaving file
		reason  string // in its failure reason
		replace bool   // the worker must be replaced after it
	}{
		{"error", "FAIL", "cannot make sense", false},
		{"recovered panic", "PANIC", "extractor panic", false},
		{"hang", "HANG", "timed out", true},
		{"exit", "EXIT", "exit status 7", true},
		{"panic in a goroutine", "GOPANIC", "panic: fake extractor panics in a goroutine", true},
		{"runaway recursion", "RECURSE", "stack overflow", true},
		{"out of memory", "ALLOC", "out of memory|failed to allocate", true}, // the second under -race
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			writeFiles(t, root, map[string]string{"a.pdf": "PID\na", "b.pdf": tc.bad + "\nb", "c.pdf": "PID\nc"})
			st := NewMemStore()
			cfg := testConfig(data, root, st)
			cfg.Workers, cfg.Isolation = 1, workerIsolation(time.Second)
			rep := mustRun(t, cfg)
			if c := rep.Counts; c.New != 2 || c.Failed != 1 {
				t.Fatalf("counts %+v, failures %+v", c, rep.Failures)
			}
			if f := rep.Failures[0]; !containsAny(f.Reason, strings.Split(tc.reason, "|")) || !strings.Contains(f.Reason, "b.pdf") {
				t.Errorf("reason %q lacks %q or the file name", f.Reason, tc.reason)
			}
			pa, pc := st.Get(filepath.Join(root, "a.pdf")).Title, st.Get(filepath.Join(root, "c.pdf")).Title
			if pa == strconv.Itoa(os.Getpid()) {
				t.Errorf("a.pdf was extracted in-process")
			}
			if (pa != pc) != tc.replace {
				t.Errorf("worker replaced = %v, want %v", pa != pc, tc.replace)
			}
		})
	}
}

func TestWorkerReplacedAfterMaxDocs(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	files := map[string]string{}
	for i := range 5 {
		files[fmt.Sprintf("%d.pdf", i)] = fmt.Sprintf("PID\n%d", i)
	}
	writeFiles(t, root, files)
	st := NewMemStore()
	cfg := testConfig(data, root, st)
	cfg.Workers, cfg.Isolation = 1, workerIsolation(time.Second)
	cfg.Isolation.MaxDocs = 2
	mustRun(t, cfg)
	pids := map[string]bool{}
	for i := range 5 {
		pids[st.Get(filepath.Join(root, fmt.Sprintf("%d.pdf", i))).Title] = true
	}
	if len(pids) != 3 {
		t.Errorf("5 documents, 2 per worker: got %d workers, want 3", len(pids))
	}
}

func TestIsolationModes(t *testing.T) {
	self := strconv.Itoa(os.Getpid())
	cases := []struct {
		mode     IsolationMode
		file     string
		isolated bool
	}{
		{IsolatePDF, "x.pdf", true},
		{IsolatePDF, "x.txt", false},
		{IsolatePDF, "sniffed.txt", true}, // a PDF with the wrong extension
		{IsolateAll, "x.txt", true},
		{IsolateNone, "x.pdf", false},
	}
	for _, tc := range cases {
		t.Run(string(tc.mode)+"/"+tc.file, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			content := "PID\n"
			if tc.file == "sniffed.txt" {
				content = "PID\n%PDF-1.7\n"
			}
			writeFiles(t, root, map[string]string{tc.file: content})
			st := NewMemStore()
			cfg := testConfig(data, root, st)
			cfg.Isolation = workerIsolation(time.Second)
			cfg.Isolation.Mode = tc.mode
			mustRun(t, cfg)
			if got := st.Get(filepath.Join(root, tc.file)).Title != self; got != tc.isolated {
				t.Errorf("isolated = %v, want %v", got, tc.isolated)
			}
		})
	}
}

func TestWorkerThatCannotStartStopsTheRun(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"x.pdf": "x"})
	cfg := testConfig(data, root, NewMemStore())
	cfg.Isolation = workerIsolation(time.Second)
	cfg.Isolation.Command = []string{filepath.Join(root, "no-such-motebok")}
	if _, err := Run(t.Context(), cfg); err == nil || !strings.Contains(err.Error(), "cannot start the worker") {
		t.Errorf("got %v", err)
	}
}

func containsAny(s string, subs []string) bool {
	return slices.ContainsFunc(subs, func(sub string) bool { return strings.Contains(s, sub) })
}

func TestIsolates(t *testing.T) {
	for _, tc := range []struct {
		mode     IsolationMode
		path     string
		looksPDF bool
		want     bool
	}{
		{IsolatePDF, "referat.pdf", true, true},
		{IsolatePDF, "REFERAT.PDF", false, true}, // by name, whatever the content
		{IsolatePDF, "referat.docx", true, true}, // a PDF named .docx
		{IsolatePDF, "referat.docx", false, false},
		{IsolatePDF, "pdf.txt", false, false},
		{IsolateAll, "referat.md", false, true},
		{IsolateNone, "referat.pdf", true, false},
	} {
		iso := &Isolation{Mode: tc.mode}
		if got := iso.isolates(tc.path, tc.looksPDF); got != tc.want {
			t.Errorf("%s: isolates(%q, %v) = %v, want %v", tc.mode, tc.path, tc.looksPDF, got, tc.want)
		}
	}
}
