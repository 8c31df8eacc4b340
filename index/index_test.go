package index

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// snapshot is what an index holds: document count and every path's ids.
func snapshot(t *testing.T, ix *Index) (uint64, []string) {
	t.Helper()
	n, err := ix.bi.DocCount()
	if err != nil {
		t.Fatal(err)
	}
	paths, err := ix.Paths(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ids, err := ix.idsOf(context.Background(), paths)
	if err != nil {
		t.Fatal(err)
	}
	var list []string
	for id := range ids {
		list = append(list, id)
	}
	slices.Sort(list)
	return n, list
}

func TestPutIsIdempotent(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t)
	recs := loadRecords(t)
	if err := ix.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	n1, ids1 := snapshot(t, ix)
	first, err := ix.Search(ctx, Query{Text: "veileder", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	n2, ids2 := snapshot(t, ix)
	second, err := ix.Search(ctx, Query{Text: "veileder", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if n1 != n2 || !slices.Equal(ids1, ids2) {
		t.Errorf("re-put changed the index: %d docs %v → %d docs %v", n1, ids1, n2, ids2)
	}
	if !slices.Equal(hitIDs(first.Hits), hitIDs(second.Hits)) {
		t.Errorf("re-put changed results: %v → %v", hitIDs(first.Hits), hitIDs(second.Hits))
	}
}

func hitIDs(hits []Hit) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func TestPutReplacesAndDeleteRemoves(t *testing.T) {
	ctx := context.Background()
	ix := newTestIndex(t)
	r := &doc.Record{Path: "a/m.docx", Kind: doc.KindMinutes, Title: "Møte", Text: "Sak 1 og sak 2",
		Cases: []doc.Case{{Number: "1/24", Title: "Budsjett"}, {Number: "2/24", Title: "Veier"}}}
	other := &doc.Record{Path: "b/x.pdf", Kind: doc.KindOther, Title: "Annet", Text: "Annen tekst"}
	steps := []struct {
		name    string
		run     func() error
		wantIDs []string
	}{
		{"put two cases", func() error { return ix.Put(ctx, []*doc.Record{r, other}) }, []string{"a/m.docx", "a/m.docx#0", "a/m.docx#1", "b/x.pdf"}},
		{"put one case drops the stale one", func() error {
			r2 := *r
			r2.Cases = r.Cases[:1]
			return ix.Put(ctx, []*doc.Record{&r2})
		}, []string{"a/m.docx", "a/m.docx#0", "b/x.pdf"}},
		{"delete removes file and cases", func() error { return ix.Delete(ctx, []string{"a/m.docx"}) }, []string{"b/x.pdf"}},
		{"delete of unknown path is no error", func() error { return ix.Delete(ctx, []string{"nope"}) }, []string{"b/x.pdf"}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			if err := s.run(); err != nil {
				t.Fatal(err)
			}
			if _, ids := snapshot(t, ix); !slices.Equal(ids, s.wantIDs) {
				t.Errorf("ids = %v, want %v", ids, s.wantIDs)
			}
		})
	}
}

func TestPutHonoursContext(t *testing.T) {
	ix := newTestIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.Put(ctx, loadRecords(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with cancelled context = %v", err)
	}
}

// TestOptions: zero Options give the defaults, negative durations none.
func TestOptions(t *testing.T) {
	if w, h := (Options{}).wait(), (Options{}).hold(); w != DefaultLockWait || h != defaultHoldFor {
		t.Errorf("zero Options wait %v and hold %v, want %v and %v", w, h, DefaultLockWait, defaultHoldFor)
	}
	o := Options{LockWait: -1, holdFor: -1}
	if w, h := o.wait(), o.hold(); w != 0 || h != 0 {
		t.Errorf("negative Options wait %v and hold %v, want 0", w, h)
	}
	o = Options{LockWait: time.Second, holdFor: time.Minute}
	if w, h := o.wait(), o.hold(); w != time.Second || h != time.Minute {
		t.Errorf("Options wait %v and hold %v, want 1s and 1m", w, h)
	}
}

func TestOpenReadOnly(t *testing.T) {
	short := Options{LockWait: 300 * time.Millisecond}
	dir := t.TempDir()
	if _, err := OpenReadOnlyWith(dir+"/missing", short); err == nil {
		t.Error("OpenReadOnly of a missing index succeeded")
	}
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnlyWith(dir, short); !errors.Is(err, ErrBusy) {
		t.Errorf("OpenReadOnly while a writer is open = %v, want ErrBusy", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := OpenReadOnlyWith(dir, short)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	res, err := r.Search(context.Background(), Query{Text: "veilederen"})
	if err != nil || len(res.Hits) == 0 {
		t.Errorf("read-only search: %v, %d hits", err, len(res.Hits))
	}
	r2, err := OpenReadOnlyWith(dir, short)
	if err != nil {
		t.Errorf("second reader: %v", err)
	} else {
		r2.Close()
	}
}

func TestOpenRefusesOtherVersion(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.bi.SetInternal([]byte(versionKey), []byte("0")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := Open(dir); !errors.Is(err, ErrMappingVersion) || !strings.Contains(err.Error(), "the next ingest rebuilds it") {
		t.Errorf("Open of version 0 = %v, want ErrMappingVersion saying what rebuilds it", err)
	}
	// A writer starts the index afresh, for the run to fill.
	w, err := NewWriter(dir)
	if err != nil {
		t.Fatalf("NewWriter of version 0: %v", err)
	}
	if !w.Created() {
		t.Error("a writer that started the index afresh does not say so")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = Open(dir); err != nil {
		t.Fatalf("Open after NewWriter: %v", err)
	}
	defer ix.Close()
	if n, err := ix.bi.DocCount(); err != nil || n != 0 {
		t.Errorf("rebuilt index holds %d documents (%v), want 0", n, err)
	}
}
