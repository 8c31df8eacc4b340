package pipeline

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestReliabilityMassDelete checks that a root that empties or loses more
// than MaxDeleteShare of its files at once keeps them all in the stores
// and fails the run with the reason, until AllowMassDelete confirms it;
// and that ordinary deletions and renames go through.
func TestReliabilityMassDelete(t *testing.T) {
	const n = 20
	cases := []struct {
		name string
		drop int    // files removed, the first ones
		move bool   // moved to another folder of the root instead
		held string // in the reason; "" when the deletions go through
	}{
		{"root emptied", n, false, "all 20 indexed files vanished"},
		{"over the share", 11, false, "11 of 20 indexed files vanished at once (over 50%)"},
		{"at the share", 10, false, ""},
		{"a few", 3, false, ""},
		{"all renamed", n, true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			files := map[string]string{}
			for i := range n {
				files[fmt.Sprintf("mappe/referat-%02d.txt", i)] = fmt.Sprintf("Referat %d", i)
			}
			writeFiles(t, root, files)
			st := NewMemStore()
			cfg := testConfig(data, root, st)
			mustRun(t, cfg)
			for i := range tc.drop {
				p := filepath.Join(root, fmt.Sprintf("mappe/referat-%02d.txt", i))
				if tc.move {
					mv(t, p, filepath.Join(root, "flyttet", filepath.Base(p)))
				} else {
					rm(t, p)
				}
			}
			rep := mustRun(t, cfg)
			held := strings.Join(rep.Held, "\n")
			if tc.held == "" {
				if held != "" || !rep.OK() {
					t.Fatalf("deletions held: %s", rep.Summary())
				}
				return
			}
			stored, _ := st.Paths(t.Context())
			if !strings.Contains(held, tc.held) || rep.OK() || rep.Counts.Deleted != 0 || len(stored) != n ||
				!strings.Contains(rep.Summary(), "--allow-mass-delete") {
				t.Fatalf("want the deletions held with %q, got %d stored and %s", tc.held, len(stored), rep.Summary())
			}
			if rep := mustRun(t, cfg); rep.OK() {
				t.Error("the next run deleted or forgot the held files")
			}
			cfg.AllowMassDelete = true
			if rep := mustRun(t, cfg); !rep.OK() || rep.Counts.Deleted != tc.drop {
				t.Errorf("confirmed: %s", rep.Summary())
			}
			if stored, _ := st.Paths(t.Context()); len(stored) != n-tc.drop {
				t.Errorf("%d stored after the confirmed run, want %d", len(stored), n-tc.drop)
			}
		})
	}
}
