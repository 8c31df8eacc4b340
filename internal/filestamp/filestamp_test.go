//go:build linux

package filestamp

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestOf: a file keeps its stamp until it is written, touched, replaced
// or removed.
func TestOf(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(path string) error
		same   bool
	}{
		{"read", func(path string) error { _, err := os.ReadFile(path); return err }, true},
		{"written", func(path string) error { return os.WriteFile(path, []byte("tekst"), 0o600) }, false},
		{"touched", func(path string) error {
			later := time.Now().Add(time.Hour)
			return os.Chtimes(path, later, later)
		}, false},
		{"replaced", func(path string) error {
			if err := os.WriteFile(path+".tmp", []byte("text"), 0o600); err != nil {
				return err
			}
			return os.Rename(path+".tmp", path)
		}, false},
		{"removed", os.Remove, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f")
			if err := os.WriteFile(path, []byte("text"), 0o600); err != nil {
				t.Fatal(err)
			}
			before, ok := Of(path)
			if !ok {
				t.Fatal("a file has no stamp")
			}
			time.Sleep(5 * time.Millisecond) // a change time the next write can differ from
			if err := c.change(path); err != nil {
				t.Fatal(err)
			}
			after, ok := Of(path)
			if same := ok && after == before; same != c.same {
				t.Errorf("stamp %q → %q (%v): same = %v, want %v", before, after, ok, same, c.same)
			}
		})
	}
}
