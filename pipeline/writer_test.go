package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// batchStore records the text of each batch put to it.
type batchStore struct {
	MemStore
	mu      sync.Mutex
	batches [][]int // text lengths of each batch's records
}

func (s *batchStore) Put(ctx context.Context, recs []*doc.Record) error {
	lens := make([]int, len(recs))
	for i, r := range recs {
		lens[i] = len(r.Text)
	}
	s.mu.Lock()
	s.batches = append(s.batches, lens)
	s.mu.Unlock()
	return s.MemStore.Put(ctx, recs)
}

// TestBatchText checks that a batch is written once it holds BatchText
// bytes of text, however few records it has: only its last record takes
// it past the limit.
func TestBatchText(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("f%02d.txt", i)] = strings.Repeat("x", 100*(i%4+1))
	}
	files["big.txt"] = strings.Repeat("y", 3000)
	writeFiles(t, root, files)
	st := &batchStore{MemStore: *NewMemStore()}
	cfg := testConfig(data, root, st)
	cfg.BatchSize, cfg.BatchText = 100, 1000
	mustRun(t, cfg)
	if got, _ := st.Paths(context.Background()); len(got) != len(files) {
		t.Fatalf("%d records stored, want %d", len(got), len(files))
	}
	for _, b := range st.batches {
		sum := 0
		for _, n := range b[:len(b)-1] {
			sum += n
		}
		if sum >= cfg.BatchText {
			t.Errorf("a batch of %v: its first records hold %d bytes, at least BatchText %d", b, sum, cfg.BatchText)
		}
	}
	if len(st.batches) < 4 {
		t.Errorf("%d batches for %d bytes of text at most 1000 a batch", len(st.batches), 3000+12*250)
	}
}

// failingStore is a MemStore whose Puts fail from the nth on.
type failingStore struct {
	*MemStore
	n, puts int
}

func (s *failingStore) Put(ctx context.Context, recs []*doc.Record) error {
	if s.puts++; s.puts >= s.n {
		return errors.New("disk full")
	}
	return s.MemStore.Put(ctx, recs)
}

// TestWriteFails checks that a batch that fails to be written ends the
// run with its error, and that the manifest lists only what was stored:
// the next run stores the rest.
func TestWriteFails(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("f%02d.txt", i)] = fmt.Sprintf("file %d", i)
	}
	writeFiles(t, root, files)
	st := &failingStore{MemStore: NewMemStore(), n: 2}
	cfg := testConfig(data, root, st)
	if _, err := Run(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Run: %v, want the store's error", err)
	}
	stored, _ := st.Paths(context.Background())
	if len(stored) != cfg.BatchSize {
		t.Fatalf("%d records stored, want the first batch's %d", len(stored), cfg.BatchSize)
	}
	st.n = math.MaxInt
	rep := mustRun(t, cfg)
	if got, _ := st.Paths(context.Background()); len(got) != len(files) {
		t.Errorf("after a second run %d records stored, want %d", len(got), len(files))
	}
	if rep.Counts.New != len(files)-len(stored) {
		t.Errorf("second run: %d new, want %d", rep.Counts.New, len(files)-len(stored))
	}
}
