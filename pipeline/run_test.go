package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

var baseFiles = map[string]string{
	"styre/referat-1.txt":  "Referat 1\nSak 1/25 vedtatt.",
	"styre/referat-2.md":   "# Referat 2\nSak 2/25 utsatt.",
	"veiledere/guide.docx": "Veileder\nslik gjør du",
	"møter/plan.odt":       "Plan\nfor året",
}

func TestIncremental(t *testing.T) {
	n := len(baseFiles)
	cases := []struct {
		name   string
		change func(t *testing.T, root string, cfg *Config)
		want   Counts
		paths  func(root string) []string // stored afterwards; nil: the base files
	}{
		{"no change", func(*testing.T, string, *Config) {}, Counts{Unchanged: n}, nil},
		{"touch", func(t *testing.T, root string, _ *Config) {
			touch(t, filepath.Join(root, "styre/referat-1.txt"), time.Now().Add(time.Hour))
		}, Counts{Unchanged: n}, nil},
		{"modify", func(t *testing.T, root string, _ *Config) {
			writeFiles(t, root, map[string]string{"styre/referat-1.txt": "Referat 1\nSak 1/25 avvist."})
		}, Counts{Changed: 1, Unchanged: n - 1, Extracted: 1}, nil},
		{"add", func(t *testing.T, root string, _ *Config) {
			writeFiles(t, root, map[string]string{"ny/ny.pptx": "Lysark"})
		}, Counts{New: 1, Unchanged: n, Extracted: 1}, func(root string) []string {
			return append(basePaths(root), filepath.Join(root, "ny/ny.pptx"))
		}},
		{"delete", func(t *testing.T, root string, _ *Config) {
			rm(t, filepath.Join(root, "møter/plan.odt"))
		}, Counts{Deleted: 1, Unchanged: n - 1}, func(root string) []string {
			return without(basePaths(root), filepath.Join(root, "møter/plan.odt"))
		}},
		{"rename", func(t *testing.T, root string, _ *Config) {
			mv(t, filepath.Join(root, "styre/referat-2.md"), filepath.Join(root, "arkiv/referat-2.md"))
		}, Counts{Renamed: 1, Unchanged: n - 1, Reused: 1}, func(root string) []string {
			return append(without(basePaths(root), filepath.Join(root, "styre/referat-2.md")), filepath.Join(root, "arkiv/referat-2.md"))
		}},
		{"copy", func(t *testing.T, root string, _ *Config) {
			writeFiles(t, root, map[string]string{"kopi.txt": baseFiles["styre/referat-1.txt"]})
		}, Counts{New: 1, Unchanged: n, Reused: 1}, func(root string) []string {
			return append(basePaths(root), filepath.Join(root, "kopi.txt"))
		}},
		{"version change", func(_ *testing.T, _ string, cfg *Config) { cfg.Version = "test-2" },
			Counts{Reextracted: n, Extracted: n}, nil},
		{"limits change", func(_ *testing.T, _ string, cfg *Config) { cfg.Options.Limits.MaxPages = 7 },
			Counts{Reextracted: n, Extracted: n}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := t.TempDir(), t.TempDir()
			writeFiles(t, root, baseFiles)
			st := NewMemStore()
			cfg := testConfig(data, root, st)
			if got := mustRun(t, cfg).Counts; got != (Counts{New: n, Extracted: n}) {
				t.Fatalf("first run: %+v", got)
			}
			tc.change(t, root, &cfg)
			if got := mustRun(t, cfg).Counts; got != tc.want {
				t.Errorf("second run: got %+v, want %+v", got, tc.want)
			}
			want := basePaths(root)
			if tc.paths != nil {
				want = tc.paths(root)
			}
			checkStored(t, st, data, want)
			if got := mustRun(t, cfg).Counts; got != (Counts{Unchanged: len(want)}) {
				t.Errorf("third run is not a no-op: %+v", got)
			}
		})
	}
}

// checkStored checks that the store holds exactly want, with records that
// match the files on disk, and that the manifest agrees.
func checkStored(t *testing.T, st *MemStore, data string, want []string) {
	t.Helper()
	got, _ := st.Paths(t.Context())
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("stored paths:\n got %q\nwant %q", got, want)
	}
	entries, _, err := readManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range want {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if rec := st.Get(p); rec.Text != string(b) || rec.Path != p {
			t.Errorf("%s: stored record is stale: %q", p, rec.Text)
		}
		if e := entries[p]; e == nil || e.Status != StatusOK || e.SHA256 != st.Get(p).ID {
			t.Errorf("%s: manifest entry %+v does not match the store", p, e)
		}
	}
	if len(entries) != len(want) {
		t.Errorf("manifest has %d entries, want %d", len(entries), len(want))
	}
}

func basePaths(root string) []string {
	var out []string
	for rel := range baseFiles {
		out = append(out, filepath.Join(root, rel))
	}
	return out
}

func without(paths []string, drop string) []string {
	return slices.DeleteFunc(paths, func(p string) bool { return p == drop })
}

func touch(t *testing.T, path string, when time.Time) {
	t.Helper()
	if err := os.Chtimes(path, when, when); err != nil {
		t.Fatal(err)
	}
}

func rm(t *testing.T, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

func mv(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
}
