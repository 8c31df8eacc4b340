//go:build unix

package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/extractors/doc"
)

// fileStore is a Store kept in a JSON file (path → record ID), so that it
// survives kill -9. It kills its own process at its killAt-th call of Put
// or Delete, before or after writing.
type fileStore struct {
	mu     sync.Mutex
	path   string
	killAt int
	after  bool
	calls  int
}

func (s *fileStore) load() (map[string]string, error) {
	m := map[string]string{}
	b, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	return m, json.Unmarshal(b, &m)
}

// update applies f to the stored map, with the kill hook around the write.
func (s *fileStore) update(f func(m map[string]string)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	s.maybeDie(false)
	m, err := s.load()
	if err != nil {
		return err
	}
	f(m)
	err = writeFileAtomic(s.path, false, func(w io.Writer) error { return json.NewEncoder(w).Encode(m) })
	s.maybeDie(true)
	return err
}

func (s *fileStore) maybeDie(after bool) {
	if s.calls == s.killAt && s.after == after {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}
}

func (s *fileStore) Put(_ context.Context, recs []*doc.Record) error {
	return s.update(func(m map[string]string) {
		for _, r := range recs {
			m[r.Path] = r.ID
		}
	})
}

func (s *fileStore) Delete(_ context.Context, paths []string) error {
	return s.update(func(m map[string]string) {
		for _, p := range paths {
			delete(m, p)
		}
	})
}

func (s *fileStore) Paths(context.Context) ([]string, error) {
	m, err := s.load()
	return slicesOf(m), err
}

func (s *fileStore) Close() error { return nil }

func slicesOf(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// crashConfig is the run the crash tests interrupt. kill is "" (none),
// "a:N:before", "b:N:after" (store a or b, Nth call) or "extract:N".
func crashConfig(data, root, kill string) Config {
	a := &fileStore{path: filepath.Join(data, "store-a.json")}
	b := &fileStore{path: filepath.Join(data, "store-b.json")}
	cfg := testConfig(data, root, a, b)
	cfg.BatchSize = 4
	what, n, after := parseKill(kill)
	switch what {
	case "a":
		a.killAt, a.after = n, after
	case "b":
		b.killAt, b.after = n, after
	case "extract":
		var count int64
		var mu sync.Mutex
		cfg.Extract = func(ctx context.Context, p string, o extractors.Options) (*doc.Record, error) {
			mu.Lock()
			count++
			if count == int64(n) {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
			}
			mu.Unlock()
			return fakeExtract(ctx, p, o)
		}
	}
	return cfg
}

func parseKill(kill string) (what string, n int, after bool) {
	parts := strings.Split(kill, ":")
	if len(parts) < 2 {
		return "", 0, false
	}
	n, _ = strconv.Atoi(parts[1])
	return parts[0], n, len(parts) > 2 && parts[2] == "after"
}

func init() { crashIngest = runCrashIngest }

// runCrashIngest is the subprocess side: one run that may kill itself.
func runCrashIngest() int {
	cfg := crashConfig(os.Getenv("MOTEBOK_TEST_DATA"), os.Getenv("MOTEBOK_TEST_ROOT"), os.Getenv("MOTEBOK_TEST_KILL"))
	if _, err := Run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// crashTree writes 40 files, some failing, some slow to extract.
func crashTree(t *testing.T, root string) {
	files := map[string]string{}
	for i := range 40 {
		content := fmt.Sprintf("dokument %d\n", i)
		switch i % 10 {
		case 3:
			content = "FAIL\n" + content
		case 5, 6, 7:
			content = "SLOW\n" + content
		}
		files[fmt.Sprintf("d%d/f%02d.txt", i%4, i)] = content
	}
	writeFiles(t, root, files)
}

// mutateTree modifies, deletes, renames and adds files.
func mutateTree(t *testing.T, root string) {
	for i := 0; i < 40; i += 8 {
		writeFiles(t, root, map[string]string{fmt.Sprintf("d%d/f%02d.txt", i%4, i): fmt.Sprintf("endret %d\n", i)})
		mv(t, filepath.Join(root, fmt.Sprintf("d%d/f%02d.txt", (i+1)%4, i+1)), filepath.Join(root, fmt.Sprintf("flyttet/f%02d.txt", i+1)))
		rm(t, filepath.Join(root, fmt.Sprintf("d%d/f%02d.txt", (i+2)%4, i+2)))
	}
	writeFiles(t, root, map[string]string{"ny/a.txt": "ny a\n", "ny/b.txt": "FAIL\nny b\n"})
}

func TestCrashConsistency(t *testing.T) {
	cases := []struct {
		name   string
		kill   string
		update bool // interrupt a run over a changed tree instead of the first run
		after  time.Duration
	}{
		{name: "during extraction", kill: "extract:9"},
		{name: "store a, before its write", kill: "a:3"},
		{name: "between the stores", kill: "b:3"},
		{name: "after the stores, before the manifest", kill: "b:3:after"},
		{name: "update: deletions in store a", kill: "a:2", update: true},
		{name: "update: between the stores", kill: "b:3", update: true},
		{name: "update: before the manifest", kill: "b:5:after", update: true},
		{name: "update: during extraction", kill: "extract:2", update: true},
		{name: "at 10ms", after: 10 * time.Millisecond},
		{name: "at 30ms", after: 30 * time.Millisecond},
		{name: "update at 20ms", after: 20 * time.Millisecond, update: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			crashTree(t, root)
			if tc.update {
				mustRun(t, crashConfig(data, root, ""))
				mutateTree(t, root)
			}
			interrupted(t, data, root, tc.kill, tc.after)
			mustRun(t, crashConfig(data, root, ""))
			ref := t.TempDir()
			mustRun(t, crashConfig(ref, root, ""))
			sameState(t, data, ref)
			c := mustRun(t, crashConfig(data, root, "")).Counts
			if c.New+c.Changed+c.Deleted+c.Renamed != 0 || c.Extracted != c.Failed {
				t.Errorf("run after recovery does more than retry failures: %+v", c)
			}
		})
	}
}

// interrupted runs an ingest in a subprocess that is killed by its hook,
// or by us after a delay.
func interrupted(t *testing.T, data, root, kill string, after time.Duration) {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "MOTEBOK_TEST_INGEST=1", "MOTEBOK_TEST_DATA="+data,
		"MOTEBOK_TEST_ROOT="+root, "MOTEBOK_TEST_KILL="+kill)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if after > 0 {
		time.Sleep(after)
		cmd.Process.Kill()
	}
	cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if kill != "" && !ws.Signaled() {
		t.Fatalf("the ingest was not killed by its hook %q: %s", kill, cmd.ProcessState)
	}
}

// sameState compares two data directories: both stores and the manifest.
func sameState(t *testing.T, got, want string) {
	t.Helper()
	for _, name := range []string{"store-a.json", "store-b.json"} {
		g, _ := (&fileStore{path: filepath.Join(got, name)}).load()
		w, _ := (&fileStore{path: filepath.Join(want, name)}).load()
		if !maps.Equal(g, w) {
			t.Errorf("%s differs from an uninterrupted run:\n got %v\nwant %v", name, g, w)
		}
	}
	ge, _, err := readManifest(got)
	if err != nil {
		t.Fatal(err)
	}
	we, _, _ := readManifest(want)
	if len(ge) != len(we) {
		t.Errorf("manifest has %d entries, want %d", len(ge), len(we))
	}
	for p, w := range we {
		g := ge[p]
		if g == nil || g.SHA256 != w.SHA256 || g.Status != w.Status {
			t.Errorf("manifest entry %s: got %+v, want %+v", p, g, w)
		}
	}
	checkRecords(t, got)
}

// checkRecords checks every indexed entry has its record and no record is
// left over.
func checkRecords(t *testing.T, data string) {
	t.Helper()
	n := 0
	err := ForEachRecord(t.Context(), data, func(*doc.Record) error { n++; return nil })
	if err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir(filepath.Join(data, recordsDir))
	if len(files) > n {
		t.Errorf("%d record files for %d indexed entries", len(files), n)
	}
}
