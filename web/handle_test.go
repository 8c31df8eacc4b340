package web

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/motebok/motebok/index"
)

// TestIndexHandle: the handle keeps the index open between searches, lets
// it go when a writer claims it, makes searches wait while the writer holds
// it, and opens it again once the writer is done.
func TestIndexHandle(t *testing.T) {
	root, data := archiveAndData(t)
	copyInto(t, root, "referat-styringsgruppen-2025-09-16.docx")
	ingest(t, data, root)
	dir := filepath.Join(data, "bleve")
	h := &indexHandle{dir: dir}
	defer h.close()
	ctx := context.Background()

	if _, err := h.acquire(ctx); err != nil {
		t.Fatal(err)
	}
	h.release()
	if h.ix == nil {
		t.Fatal("the index is closed after a search while no writer wants it")
	}

	opened := make(chan *index.Writer)
	go func() {
		w, err := index.NewWriter(dir)
		if err != nil {
			t.Error(err)
		}
		opened <- w
	}()
	for !index.WriterWaiting(dir) {
		time.Sleep(5 * time.Millisecond)
	}
	h.yield() // as the source's watch does every poll
	var w *index.Writer
	select {
	case w = <-opened:
	case <-time.After(10 * time.Second):
		t.Fatal("the writer does not get the index after the handle yielded")
	}
	if w == nil {
		return
	}
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if _, err := h.acquire(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a search while the writer holds the index: %v, want it to wait until its deadline", err)
		h.release()
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := h.acquire(ctx)
	if err != nil {
		t.Fatalf("after the writer closed: %v", err)
	}
	defer h.release()
	if res, err := ix.Search(ctx, index.Query{Text: "dagsorden"}); err != nil || len(res.Hits) != 1 {
		t.Errorf("search after the writer closed: %v, %v", res, err)
	}
}
