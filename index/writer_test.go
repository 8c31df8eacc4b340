package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/motebok/motebok/extractors/doc"
)

// TestWriterCompacts checks that an index written by many small batches
// through one Writer is left with few segments and holds every file,
// whether the Writer held it throughout or released it after every batch;
// and that a reader (a search in another process) gets in whenever the
// Writer released it.
func TestWriterCompacts(t *testing.T) {
	const batches, perBatch = 60, 5
	// A negative hold is none: the Writer lets go after every batch.
	for _, hold := range []time.Duration{-1, time.Hour} {
		t.Run(fmt.Sprintf("hold %v", max(hold, 0)), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "bleve")
			w, err := NewWriterWith(dir, Options{holdFor: hold})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			for b := range batches {
				if err := w.Put(ctx, batch(b, perBatch)); err != nil {
					t.Fatal(err)
				}
				if hold < 0 && b%20 == 0 {
					readerGetsIn(t, dir).Close()
				}
			}
			if err := w.Delete(ctx, []string{"/a/0-0.docx"}); err != nil {
				t.Fatal(err)
			}
			if n, err := w.Count(ctx); err != nil || n != batches*perBatch-1 {
				t.Errorf("Count = %d, %v; want %d", n, err, batches*perBatch-1)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			ro := readerGetsIn(t, dir)
			defer ro.Close()
			sc, err := ro.scorch()
			if err != nil {
				t.Fatal(err)
			}
			// Small segments all count as the plan's floor size: it merges
			// them into one or two.
			if n := segmentCount(sc); n > 2 {
				t.Errorf("%d segments after %d batches, want at most 2", n, batches)
			}
			paths, err := ro.Paths(ctx)
			if err != nil || len(paths) != batches*perBatch-1 {
				t.Errorf("Paths = %d paths, %v; want %d", len(paths), err, batches*perBatch-1)
			}
		})
	}
}

// batch returns n records of batch b.
func batch(b, n int) []*doc.Record {
	recs := make([]*doc.Record, n)
	for i := range recs {
		recs[i] = &doc.Record{Path: fmt.Sprintf("/a/%d-%d.docx", b, i), Kind: doc.KindMinutes, Title: "Referat", Text: fmt.Sprintf("Veilederen ble godkjent i møte %d.", b)}
	}
	return recs
}

// readerGetsIn opens the index read-only without waiting for a writer and
// checks that it searches.
func readerGetsIn(t *testing.T, dir string) *Index {
	t.Helper()
	ro, err := OpenReadOnlyWith(dir, Options{LockWait: -1})
	if err != nil {
		t.Fatalf("reader locked out: %v", err)
	}
	if res, err := ro.Search(context.Background(), Query{Text: "veileder"}); err != nil || res.Total == 0 {
		t.Errorf("search = %+v, %v; want hits", res, err)
	}
	return ro
}

// TestWriterClaim checks that a Writer claims the index while it holds it,
// lets go after holdFor even without another write, and claims it again
// while it waits for a reader to let go.
func TestWriterClaim(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no flock: readers cannot see a claim")
	}
	dir := filepath.Join(t.TempDir(), "bleve")
	if WriterWaiting(dir) {
		t.Fatal("claimed before any writer")
	}
	w, err := NewWriterWith(dir, Options{holdFor: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if !WriterWaiting(dir) {
		t.Error("an open Writer does not claim the index")
	}
	ctx := context.Background()
	if err := w.Put(ctx, batch(0, 2)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for WriterWaiting(dir) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if WriterWaiting(dir) {
		t.Fatal("an idle Writer keeps its claim past holdFor")
	}
	ro := readerGetsIn(t, dir)
	done := make(chan error)
	go func() { done <- w.Put(ctx, batch(1, 2)) }()
	for !WriterWaiting(dir) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !WriterWaiting(dir) {
		t.Error("a Writer waiting for a reader to let go does not claim the index")
	}
	ro.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if WriterWaiting(dir) {
		t.Error("a closed Writer keeps its claim")
	}
}

// TestForceMergeFails removes the segment files under an open index, so
// that every merge fails, as on a full disk: a forced merge must fail with
// ErrMergeFailed, not wait for ever while Bleve retries it; and the index
// must still close.
func TestForceMergeFails(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "bleve")
	w, err := NewWriterWith(dir, Options{holdFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// A segment above the merge plan's floor size and a small one, each
	// written when the index closes: the plan leaves them apart.
	for b, n := range []int{3000, 5} {
		if err := w.Put(ctx, batch(b, n)); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	merged := make(chan error, 1)
	go func() {
		merged <- w.write(func(ix *Index) error {
			sc, err := ix.scorch()
			if err != nil {
				return err
			}
			if n := segmentCount(sc); n < 2 {
				return fmt.Errorf("%d segment: nothing to merge, the test sees too little", n)
			}
			if err := os.RemoveAll(filepath.Join(dir, "store")); err != nil {
				return err
			}
			return forceMerge(ctx, sc, &mergeplan.SingleSegmentMergePlanOptions)
		})
	}()
	select {
	case err := <-merged:
		if !errors.Is(err, ErrMergeFailed) {
			t.Errorf("forceMerge = %v, want ErrMergeFailed", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("forceMerge still waits a minute later")
	}
	closed := make(chan error, 1)
	go func() { closed <- w.Close() }()
	select {
	case err := <-closed:
		if err == nil {
			t.Error("Close = nil: closing compacts, which must fail")
		}
	case <-time.After(time.Minute):
		t.Fatal("the index does not close a minute later")
	}
}
