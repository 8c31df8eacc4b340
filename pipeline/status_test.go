package pipeline

import (
	"bytes"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStatusAndReport(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "a", "b.md": "b", "c.pdf": "c", "d.txt": "FAIL\nd", "e.txt": "FAIL\ne"})
	cfg := testConfig(data, root, NewMemStore())
	for range DefaultMaxFailures {
		mustRun(t, cfg)
	}
	writeFiles(t, root, map[string]string{"e.txt": "FAIL\nendret"})
	rep := mustRun(t, cfg)
	if c := rep.Counts; c.Failed != 1 || c.Quarantined != 1 || c.Unchanged != 3 {
		t.Fatalf("counts %+v", c)
	}
	sum := rep.Summary()
	for _, want := range []string{"3 unchanged", "1 failed", "1 quarantined", "failed: " + filepath.Join(root, "e.txt"),
		"quarantined: " + filepath.Join(root, "d.txt")} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	s, err := Status(data)
	must(t, err)
	if s.Files != 5 || s.Indexed != 3 || s.ByFormat["md"] != 1 || s.ByKind["other"] != 3 || len(s.Failed) != 1 ||
		len(s.Quarantined) != 1 || s.LastRun == nil || s.LastRun.Counts != rep.Counts || s.Lock != nil {
		t.Errorf("status %+v", s)
	}
	var b bytes.Buffer
	must(t, s.WriteText(&b))
	for _, want := range []string{"files: 5, indexed 3, failing 1, quarantined 1", "by format: md 1 pdf 1 txt 1"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("status text lacks %q:\n%s", want, b.String())
		}
	}
}

func TestReliabilityProgressLine(t *testing.T) {
	cases := []struct {
		s    ProgressStats
		want string
	}{
		{ProgressStats{}, "[------------------------------]   0% 0/0 files, 0 failed, 0 docs/s"},
		{ProgressStats{Found: 200, Done: 50, Extracted: 40, Failed: 2, Walking: true, Elapsed: 2 * time.Second},
			"[------------------------------]   ?% 50/200+ files, 2 failed, 20 docs/s"},
		{ProgressStats{Found: 200, Expected: 1000, Done: 50, Extracted: 40, Walking: true, Elapsed: 2 * time.Second},
			"[#-----------------------------]   5% 50/~1000 files, 0 failed, 20 docs/s, 38s left"},
		{ProgressStats{Found: 1200, Expected: 1000, Done: 100, Walking: true, Elapsed: 2 * time.Second},
			"[------------------------------]   ?% 100/1200+ files, 0 failed, 0 docs/s"},
		{ProgressStats{Found: 400, Expected: 1000, Done: 100, Extracted: 100, Elapsed: 10 * time.Second},
			"[#######-----------------------]  25% 100/400 files, 0 failed, 10 docs/s, 30s left"},
		{ProgressStats{Found: 10, Done: 10, Extracted: 10, Elapsed: time.Second},
			"[##############################] 100% 10/10 files, 0 failed, 10 docs/s"},
	}
	for _, tc := range cases {
		if got := progressLine(tc.s); got != tc.want {
			t.Errorf("got  %q\nwant %q", got, tc.want)
		}
	}
}

func TestProgressWriters(t *testing.T) {
	var term bytes.Buffer
	p := NewTermProgress(&term)
	p.Update(ProgressStats{Found: 1000, Done: 10})
	p.Finish(ProgressStats{Found: 5, Done: 5})
	if out := term.String(); strings.Count(out, "\r") != 2 || !strings.HasSuffix(out, "\n") || !strings.Contains(out, "5/5 files, 0 failed, 0 docs/s    ") {
		t.Errorf("terminal output %q", out)
	}
	var logs bytes.Buffer
	lp := NewLogProgress(slog.New(slog.NewTextHandler(&logs, nil)), time.Hour)
	for range 5 {
		lp.Update(ProgressStats{Found: 3})
	}
	lp.Finish(ProgressStats{Found: 3, Done: 3})
	if n := strings.Count(logs.String(), "\n"); n != 2 || !strings.Contains(logs.String(), "ingest done") {
		t.Errorf("log lines:\n%s", logs.String())
	}
}
