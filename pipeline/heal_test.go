package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReliabilityOpenHealing checks when OpenHealing moves a store aside:
// on damage and on indexed files lacking, never when the store is busy or
// new.
func TestReliabilityOpenHealing(t *testing.T) {
	errBusy, errBroken := errors.New("busy"), errors.New("broken")
	cases := []struct {
		name    string
		exists  bool
		fail    error // of the first open
		lacks   bool  // the store opened lacks the indexed file
		healed  bool
		wantErr error
	}{
		{"sound", true, nil, false, false, nil},
		{"lacks an indexed file", true, nil, true, true, nil},
		{"new store", false, nil, true, false, nil},
		{"damaged", true, errBroken, false, true, nil},
		{"busy", true, errBusy, false, false, errBusy},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			writeFiles(t, root, map[string]string{"a.txt": "a"})
			full := NewMemStore()
			mustRun(t, testConfig(data, root, full))
			path := filepath.Join(data, "store")
			if tc.exists {
				must(t, os.WriteFile(path, []byte("x"), 0o600))
			}
			opens := 0
			open := func(string) (*MemStore, error) {
				if opens++; opens == 1 && tc.fail != nil {
					return nil, tc.fail
				}
				if opens == 1 && tc.lacks {
					return NewMemStore(), nil
				}
				return full, nil
			}
			damaged := func(err error) bool { return !errors.Is(err, errBusy) }
			s, note, err := OpenHealing(t.Context(), data, path, open, damaged)
			if !errors.Is(err, tc.wantErr) || (err == nil) != (s != nil) {
				t.Fatalf("err %v, store %v; want %v", err, s, tc.wantErr)
			}
			aside, _ := filepath.Glob(path + ".damaged-*")
			if healed := len(aside) == 1 && strings.Contains(note, aside[0]); healed != tc.healed || (note != "") != tc.healed {
				t.Errorf("moved aside %q, note %q; want healed %v", aside, note, tc.healed)
			}
		})
	}
}

// createdStore is a store its open created anew, empty (Creator).
type createdStore struct{ *MemStore }

func (createdStore) Created() bool { return true }

// TestReliabilityOpenHealingCreated checks that a store open created anew
// over existing files (a register of an older schema, an index of another
// mapping version) is left to reconciliation, not reported damaged.
func TestReliabilityOpenHealingCreated(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "a"})
	mustRun(t, testConfig(data, root, NewMemStore()))
	path := filepath.Join(data, "store")
	must(t, os.WriteFile(path, []byte("x"), 0o600))
	open := func(string) (Store, error) { return createdStore{NewMemStore()}, nil }
	s, note, err := OpenHealing(t.Context(), data, path, open, func(error) bool { return true })
	if err != nil || s == nil {
		t.Fatalf("err %v, store %v", err, s)
	}
	if aside, _ := filepath.Glob(path + ".damaged-*"); note != "" || len(aside) != 0 {
		t.Errorf("a store created anew was reported damaged: note %q, moved aside %q", note, aside)
	}
}
