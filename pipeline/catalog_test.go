package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestCatalog: the catalog lists the extracted files, not the failing
// ones, and loads each record by path.
func TestCatalog(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "Alpha\n", "sub/b.txt": "Beta\n", "bad.txt": "FAIL\n"})
	mustRun(t, testConfig(data, root, NewMemStore()))
	c, err := ReadCatalog(data)
	must(t, err)
	a, b := filepath.Join(root, "a.txt"), filepath.Join(root, "sub", "b.txt")
	if got := c.Paths(); !slices.Equal(got, []string{a, b}) {
		t.Errorf("Paths() = %v", got)
	}
	rec, ok, err := c.Record(b)
	if err != nil || !ok || rec.Title != "Beta" || rec.Path != b {
		t.Errorf("Record(%s) = %+v, %v, %v", b, rec, ok, err)
	}
	if _, ok, _ := c.Record(filepath.Join(root, "bad.txt")); ok {
		t.Error("a failing file has a record")
	}
	if _, ok, _ := c.Record("/etc/passwd"); ok {
		t.Error("a path outside the manifest has a record")
	}
}

// TestGeneration: the generation changes with a run and with the lock, and
// not otherwise.
func TestGeneration(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	empty := ReadGeneration(data)
	writeFiles(t, root, map[string]string{"a.txt": "Alpha\n"})
	mustRun(t, testConfig(data, root, NewMemStore()))
	after := ReadGeneration(data)
	if after == empty || after.Running {
		t.Errorf("after a run: %+v, before %+v", after, empty)
	}
	if again := ReadGeneration(data); again != after {
		t.Errorf("generation changes by itself: %+v, %+v", again, after)
	}
	lk, err := acquireLock(data)
	must(t, err)
	if g := ReadGeneration(data); !g.Running || g == after {
		t.Errorf("with the lock held: %+v", g)
	}
	lk.release()
	if _, err := os.Stat(filepath.Join(data, lockName)); !os.IsNotExist(err) {
		t.Fatalf("lock not released: %v", err)
	}
	if g := ReadGeneration(data); g != after {
		t.Errorf("after releasing the lock: %+v, want %+v", g, after)
	}
}
