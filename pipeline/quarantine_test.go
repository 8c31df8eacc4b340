package pipeline

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

func TestFailureRetryAndQuarantine(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"ok.txt": "fint", "bad.txt": "FAIL\nødelagt"})
	bad := filepath.Join(root, "bad.txt")
	st := NewMemStore()
	cfg := testConfig(data, root, st)
	steps := []struct {
		name        string
		before      func()
		failed, qua int
		extracted   int
	}{
		{"first failure", nil, 1, 0, 2},
		{"retried", nil, 1, 0, 1},
		{"third failure", nil, 1, 0, 1},
		{"quarantined", nil, 0, 1, 0},
		{"still quarantined", nil, 0, 1, 0},
		{"touched: retried once", func() { touch(t, bad, time.Now().Add(time.Hour)) }, 1, 0, 1},
		{"quarantined again", nil, 0, 1, 0},
		{"content changed: fixed", func() { writeFiles(t, root, map[string]string{"bad.txt": "reparert"}) }, 0, 0, 1},
	}
	for _, s := range steps {
		if s.before != nil {
			s.before()
		}
		rep := mustRun(t, cfg)
		c := rep.Counts
		if c.Failed != s.failed || c.Quarantined != s.qua || c.Extracted != s.extracted {
			t.Fatalf("%s: %+v", s.name, c)
		}
		if s.failed > 0 && (rep.OK() || rep.Failures[0].Path != bad || !strings.Contains(rep.Failures[0].Reason, "cannot make sense")) {
			t.Errorf("%s: failures %+v", s.name, rep.Failures)
		}
		if s.qua > 0 && rep.Quarantined[0].Path != bad {
			t.Errorf("%s: quarantined %+v", s.name, rep.Quarantined)
		}
		if got := st.Get(bad) != nil; got != (s.failed+s.qua == 0) {
			t.Errorf("%s: failing file stored = %v", s.name, got)
		}
	}
}

func TestFailuresNameTheFile(t *testing.T) {
	cases := []struct {
		name, content string
		cause         error
	}{
		{"extractor error", "FAIL", doc.ErrCorrupt},
		{"panic", "PANIC", nil},
		{"hang", "HANG", ErrTimeout},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			writeFiles(t, root, map[string]string{"x.txt": tc.content, "y.txt": "fint"})
			cfg := testConfig(data, root, NewMemStore())
			cfg.Isolation.Timeout = 100 * time.Millisecond
			rep := mustRun(t, cfg)
			if c := rep.Counts; c.Failed != 1 || c.New != 1 {
				t.Fatalf("counts %+v", c)
			}
			f := rep.Failures[0]
			if f.Path != filepath.Join(root, "x.txt") || !strings.Contains(f.Reason, f.Path) {
				t.Errorf("failure does not name the file: %+v", f)
			}
			if tc.cause != nil && !strings.Contains(f.Reason, tc.cause.Error()) {
				t.Errorf("reason %q lacks %q", f.Reason, tc.cause)
			}
		})
	}
}

func TestTooLargeIsRefusedUnread(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"stor.pdf": strings.Repeat("x", 2000), "liten.txt": "kort"})
	cfg := testConfig(data, root, NewMemStore())
	cfg.Options.Limits = doc.DefaultLimits
	cfg.Options.Limits.MaxFileSize = 1000
	extractions.Store(0)
	rep := mustRun(t, cfg)
	if rep.Counts.Failed != 1 || extractions.Load() != 1 || !strings.Contains(rep.Failures[0].Reason, "above the limit") {
		t.Fatalf("counts %+v, failures %+v, extractions %d", rep.Counts, rep.Failures, extractions.Load())
	}
	entries, _, _ := readManifest(data)
	if e := entries[filepath.Join(root, "stor.pdf")]; e.SHA256 != "" {
		t.Errorf("a refused file was hashed: %+v", e)
	}
}

func TestRemoteErrorKeepsCause(t *testing.T) {
	for _, c := range causes {
		resp := newResponse(1, nil, &doc.ExtractError{Path: "x", Offset: -1, Err: c.err})
		_, err := resp.result()
		if !errors.Is(err, c.err) || resp.Cause != c.name {
			t.Errorf("%s: got %v (cause %q)", c.name, err, resp.Cause)
		}
	}
}
