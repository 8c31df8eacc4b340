package register

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"slices"
	"testing"
)

// TestCloseEmptiesWAL checks that closing the register copies the WAL into
// the database and empties it even while a reader in another connection
// keeps the file open: the earlier versions of pages in the WAL hold the
// text of deleted rows.
func TestCloseEmptiesWAL(t *testing.T) {
	const word = "Qwuxbjarg"
	ctx := context.Background()
	r, path := openTemp(t)
	rec := synthRecords(1, 2, 3, 1)[0]
	rec.Title = word + " styremøte"
	put(t, r, rec)
	reader, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if n, err := reader.Count(ctx); err != nil || n != 1 {
		t.Fatalf("the reader counts %d documents (%v), want 1", n, err)
	}
	if holding := registerFilesHolding(t, path, word); len(holding) == 0 {
		t.Fatalf("no file holds %q after the put: the test sees too little", word)
	}
	if err := r.Delete(ctx, []string{rec.Path}); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		t.Errorf("the WAL holds %d bytes after Close", fi.Size())
	}
	if holding := registerFilesHolding(t, path, word); len(holding) != 0 {
		t.Errorf("after the delete and Close, %q is still in %v", word, holding)
	}
	if err := r.Close(); err != nil {
		t.Errorf("closing again: %v", err)
	}
}

// TestWALCopiedOnce checks that the batches of a run are not copied into
// the database one by one: the WAL keeps their pages until it holds
// walPages, far more than SQLite's default of 1,000.
func TestWALCopiedOnce(t *testing.T) {
	r, path := openTemp(t)
	recs := synthRecords(600, 5, 8, 2)
	for i := 0; i < len(recs); i += 20 {
		put(t, r, recs[i:i+20]...)
	}
	fi, err := os.Stat(path + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	if pages := fi.Size() / pageSize; pages < 1500 {
		t.Errorf("the WAL holds %d pages after 30 batches: it was copied into the database on the way", pages)
	}
}

// registerFilesHolding lists the register's files (the database, its WAL
// and their shared memory) whose bytes hold s.
func registerFilesHolding(t *testing.T, path, s string) []string {
	t.Helper()
	var out []string
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		b, err := os.ReadFile(p)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(s)) {
			out = append(out, p)
		}
	}
	return out
}

// TestWriterPragmas checks the settings of the writer's connections that
// no result shows: each test above sees one of them at work at most.
func TestWriterPragmas(t *testing.T) {
	r, _ := openTemp(t)
	for _, tc := range []struct {
		pragma string
		want   int
	}{
		{"foreign_keys", 1},
		{"secure_delete", 1},
		{"temp_store", 2}, // memory: no statement journal in /var/tmp
		{"wal_autocheckpoint", walPages},
		{"page_size", pageSize},
	} {
		var got int
		if err := r.db.QueryRow("PRAGMA " + tc.pragma).Scan(&got); err != nil || got != tc.want {
			t.Errorf("PRAGMA %s = %d (%v), want %d", tc.pragma, got, err, tc.want)
		}
	}
}

// TestRewriteWritesChanges checks that a rebuild writes only the rows that
// change: putting the same records again adds no page to the WAL, and a
// changed decision adds a few (3; 28 when each rebuild derived the meeting anew and rewrote
// every row of it and of its indexes).
func TestRewriteWritesChanges(t *testing.T) {
	r, path := openTemp(t)
	recs := synthRecords(300, 8, 12, 3)
	put(t, r, recs...)
	walPagesNow := func() int64 {
		fi, err := os.Stat(path + "-wal")
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size() / pageSize
	}
	before := walPagesNow()
	put(t, r, recs...)
	if grew := walPagesNow() - before; grew != 0 {
		t.Errorf("putting the same records again wrote %d pages", grew)
	}
	changed := *recs[len(recs)/2]
	changed.Cases = slices.Clone(changed.Cases)
	changed.Cases[3].Decision = "Saken utsettes til neste møte."
	before = walPagesNow()
	put(t, r, &changed)
	if grew := walPagesNow() - before; grew == 0 || grew > 8 {
		t.Errorf("a changed decision wrote %d pages, want 1 to 8", grew)
	}
}
