package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// meetingStore is a MemStore whose Put and Delete wait until every store
// of its group has started the same operation, or fail after a while:
// stores that are called in turn never all start.
type meetingStore struct {
	*MemStore
	started chan struct{} // closed by this store
	others  []chan struct{}
	fail    error // returned after the meeting
}

func (s *meetingStore) meet() error {
	close(s.started)
	for _, o := range s.others {
		select {
		case <-o:
		case <-time.After(5 * time.Second):
			return errors.New("the other stores did not start")
		}
	}
	return s.fail
}

func (s *meetingStore) Put(ctx context.Context, recs []*doc.Record) error {
	if err := s.meet(); err != nil {
		return err
	}
	return s.MemStore.Put(ctx, recs)
}

func (s *meetingStore) Delete(ctx context.Context, paths []string) error {
	if err := s.meet(); err != nil {
		return err
	}
	return s.MemStore.Delete(ctx, paths)
}

// meetingStores returns n stores that meet; fail[i] is what store i
// returns after the meeting.
func meetingStores(fail ...error) ([]*meetingStore, stores) {
	ms := make([]*meetingStore, len(fail))
	for i := range ms {
		ms[i] = &meetingStore{MemStore: NewMemStore(), started: make(chan struct{}), fail: fail[i]}
	}
	var st stores
	for i, s := range ms {
		for j, o := range ms {
			if i != j {
				s.others = append(s.others, o.started)
			}
		}
		st = append(st, s)
	}
	return ms, st
}

func TestStoresWriteAtOnce(t *testing.T) {
	broken := errors.New("disk full")
	recs := []*doc.Record{{Path: "/a/1.md"}, {Path: "/a/2.md"}}
	tests := []struct {
		name    string
		fail    []error
		wantErr string // "" for none
	}{
		{"all succeed", []error{nil, nil}, ""},
		{"the first fails", []error{broken, nil}, "store 1: putting 2 records: disk full"},
		{"the second fails", []error{nil, broken}, "store 2: putting 2 records: disk full"},
		{"both fail: the first is told", []error{broken, errors.New("locked")}, "store 1: putting 2 records: disk full"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, st := meetingStores(tc.fail...)
			err := st.put(context.Background(), recs)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("put: %v", err)
			case tc.wantErr != "" && (err == nil || err.Error() != tc.wantErr):
				t.Fatalf("put: %v, want %q", err, tc.wantErr)
			case tc.wantErr != "" && !errors.Is(err, broken):
				t.Fatalf("put: %v does not wrap the store's error", err)
			}
			for i, s := range ms {
				if want := 2 * btoi(tc.fail[i] == nil); s.Puts != want {
					t.Errorf("store %d holds %d records, want %d", i+1, s.Puts, want)
				}
			}
		})
	}
}

func TestStoresDeleteAtOnce(t *testing.T) {
	ms, st := meetingStores(nil, nil, nil)
	for _, s := range ms {
		s.MemStore.Put(context.Background(), []*doc.Record{{Path: "/a/1.md"}, {Path: "/a/2.md"}})
	}
	if err := st.delete(context.Background(), []string{"/a/1.md"}); err != nil {
		t.Fatal(err)
	}
	for i, s := range ms {
		if got, _ := s.Paths(context.Background()); strings.Join(got, ",") != "/a/2.md" {
			t.Errorf("store %d holds %v after the delete", i+1, got)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
