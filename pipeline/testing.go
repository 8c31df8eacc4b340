package pipeline

import (
	"context"
	"slices"
	"sync"

	"github.com/motebok/motebok/extractors/doc"
)

// MemStore is a Store in memory, for tests of the pipeline and of the
// commands that wire it.
type MemStore struct {
	mu   sync.Mutex
	recs map[string]*doc.Record
	Puts int // records put, counting repeats
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{recs: map[string]*doc.Record{}} }

// Put stores recs by path.
func (s *MemStore) Put(_ context.Context, recs []*doc.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range recs {
		s.recs[r.Path] = r
	}
	s.Puts += len(recs)
	return nil
}

// Delete removes paths.
func (s *MemStore) Delete(_ context.Context, paths []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range paths {
		delete(s.recs, p)
	}
	return nil
}

// Paths returns the stored paths, sorted.
func (s *MemStore) Paths(context.Context) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.recs))
	for p := range s.recs {
		out = append(out, p)
	}
	slices.Sort(out)
	return out, nil
}

// Get returns the record stored for path, or nil.
func (s *MemStore) Get(path string) *doc.Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.recs[path]
}

// Close does nothing.
func (s *MemStore) Close() error { return nil }

// Count returns how many paths are stored.
func (s *MemStore) Count(context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.recs), nil
}
