package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// compactCounter is a MemStore that counts Compact calls.
type compactCounter struct {
	*MemStore
	compacts int
}

func (c *compactCounter) Compact(context.Context) error { c.compacts++; return nil }

// TestCompactPolicy: a run compacts the stores after it deleted a
// document, and after it replaced one only when Expunge asks; a run that
// only added or left documents as they were does not.
func TestCompactPolicy(t *testing.T) {
	for _, c := range []struct {
		name    string
		change  func(t *testing.T, root string)
		expunge bool
		want    int
	}{
		{"nothing changed", func(*testing.T, string) {}, true, 0},
		{"added", func(t *testing.T, root string) { writeFiles(t, root, map[string]string{"c.txt": "ny"}) }, true, 0},
		{"changed", func(t *testing.T, root string) { writeFiles(t, root, map[string]string{"a.txt": "endret"}) }, false, 0},
		{"changed, expunge", func(t *testing.T, root string) { writeFiles(t, root, map[string]string{"a.txt": "endret"}) }, true, 1},
		{"deleted", func(t *testing.T, root string) { must(t, os.Remove(filepath.Join(root, "b.txt"))) }, false, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := t.TempDir()
			root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
			writeFiles(t, root, map[string]string{"a.txt": "en", "b.txt": "to", "d.txt": "tre"})
			st := &compactCounter{MemStore: NewMemStore()}
			cfg := testConfig(data, root, st)
			mustRun(t, cfg)
			st.compacts = 0
			c.change(t, root)
			cfg.Expunge = c.expunge
			mustRun(t, cfg)
			if st.compacts != c.want {
				t.Errorf("%d compactions, want %d", st.compacts, c.want)
			}
		})
	}
}
