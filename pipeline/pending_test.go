package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/motebok/motebok/internal/filestamp"
)

// listingStore is a MemStore that counts the calls reading every path back.
type listingStore struct {
	*MemStore
	lists int
}

func (s *listingStore) Paths(ctx context.Context) ([]string, error) {
	s.lists++
	return s.MemStore.Paths(ctx)
}

// blindStore is a Store that cannot count its paths.
type blindStore struct{ Store }

// TestStartCheckCostsWhatChanged checks when a run reads every path of a
// store back: only after an interrupted run, when the store's count
// differs from the manifest's, or when the store cannot count. In every
// case the rerun leaves the store holding exactly the indexed files.
func TestStartCheckCostsWhatChanged(t *testing.T) {
	cases := []struct {
		name      string
		between   func(t *testing.T, data string, st *MemStore) // after the first run
		blind     bool
		wantLists int
		wantPuts  int // by the rerun
	}{
		{"no change", func(*testing.T, string, *MemStore) {}, false, 0, 0},
		{"interrupted", func(t *testing.T, data string, _ *MemStore) {
			must(t, os.WriteFile(filepath.Join(data, pendingName), nil, 0o600))
		}, false, 1, 0},
		{"store lost a file", func(t *testing.T, _ string, st *MemStore) {
			paths, _ := st.Paths(t.Context())
			must(t, st.Delete(t.Context(), paths[:1]))
		}, false, 1, 1},
		{"store cannot count", func(*testing.T, string, *MemStore) {}, true, 1, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			writeFiles(t, root, baseFiles)
			st := &listingStore{MemStore: NewMemStore()}
			mustRun(t, testConfig(data, root, st))
			tc.between(t, data, st.MemStore)
			st.lists, st.Puts = 0, 0
			var s Store = st
			if tc.blind {
				s = blindStore{st}
			}
			mustRun(t, testConfig(data, root, s))
			if st.lists != tc.wantLists || st.Puts != tc.wantPuts {
				t.Errorf("rerun listed the paths %d times and put %d records; want %d and %d", st.lists, st.Puts, tc.wantLists, tc.wantPuts)
			}
			checkStored(t, st.MemStore, data, basePaths(root))
			if pending(data) {
				t.Error("a finished run left the stores marked as being written")
			}
		})
	}
}

// TestSettledCount: the count a finished run settled with stands for the
// manifest only while the manifest is as that run left it.
func TestSettledCount(t *testing.T) {
	if _, ok := filestamp.Of(t.TempDir()); !ok {
		t.Skip("files have no stamp on this system: every run reads the manifest")
	}
	for _, c := range []struct {
		name   string
		change func(t *testing.T, data string)
		ok     bool
	}{
		{"as the run left it", func(*testing.T, string) {}, true},
		{"manifest rewritten", func(t *testing.T, data string) {
			name := filepath.Join(data, manifestName)
			later := time.Now().Add(time.Second)
			must(t, os.Chtimes(name, later, later))
		}, false},
		{"a journal beside it", func(t *testing.T, data string) {
			must(t, os.WriteFile(filepath.Join(data, journalName), nil, 0o600))
		}, false},
		{"a journal the run left", func(t *testing.T, data string) {
			must(t, os.WriteFile(filepath.Join(data, journalName), []byte("{}\n"), 0o600))
			must(t, settle(data, 3))
		}, true},
		{"the journal it left grown", func(t *testing.T, data string) {
			journal := filepath.Join(data, journalName)
			must(t, os.WriteFile(journal, []byte("{}\n"), 0o600))
			must(t, settle(data, 3))
			appendFile(t, journal, "{}\n")
		}, false},
		{"torn count", func(t *testing.T, data string) {
			must(t, os.WriteFile(filepath.Join(data, settledName), []byte("3"), 0o600))
		}, false},
		{"no count", func(t *testing.T, data string) { must(t, os.Remove(filepath.Join(data, settledName))) }, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := t.TempDir()
			root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
			writeFiles(t, root, map[string]string{"a.txt": "en", "b.txt": "to", "c.txt": "tre"})
			mustRun(t, testConfig(data, root, NewMemStore()))
			c.change(t, data)
			n, ok := settledCount(data)
			if ok != c.ok || ok && n != 3 {
				t.Errorf("settledCount = %d, %v; want 3, %v", n, ok, c.ok)
			}
		})
	}
}
