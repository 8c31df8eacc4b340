//go:build unix

package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

func TestWalkSafety(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{
		"a/ok.txt":            "ok",
		"a/UPPER.PDF":         "store bokstaver",
		"a/x.pdf/inside.docx": "i en mappe som heter x.pdf",
		"a/.hidden.txt":       "skjult",
		"a/._apple.pdf":       "macOS-metadata",
		"a/~$lock.docx":       "låsefil",
		"a/bilde.png":         "ikke et dokument",
		".git/HEAD.txt":       "skjult mappe",
		"b/" + string([]byte{'r', 0xe5, 'd', '.', 't', 'x', 't'}): "latin-1-navn",
	})
	must(t, os.Symlink(root, filepath.Join(root, "a/loop")))
	must(t, os.Symlink(filepath.Join(root, "a/ok.txt"), filepath.Join(root, "a/link.txt")))
	must(t, syscall.Mkfifo(filepath.Join(root, "a/fifo.txt"), 0o644))
	st := NewMemStore()
	cfg := testConfig(data, root, st)
	cfg.Paths = []string{root, filepath.Join(root, "a")} // overlapping roots
	rep := mustRun(t, cfg)
	want := []string{"a/UPPER.PDF", "a/ok.txt", "a/x.pdf/inside.docx", "b/r\xe5d.txt"}
	got, _ := st.Paths(t.Context())
	for i := range got {
		got[i] = strings.TrimPrefix(got[i], root+"/")
	}
	if !slices.Equal(got, want) {
		t.Errorf("indexed %q, want %q", got, want)
	}
	if rep.Counts.New != len(want) || rep.Counts.Failed != 0 {
		t.Errorf("counts %+v, failures %+v", rep.Counts, rep.Failures)
	}
	if c := mustRun(t, cfg).Counts; c != (Counts{Unchanged: len(want)}) {
		t.Errorf("second run (non-UTF-8 name must survive the manifest): %+v", c)
	}
	rm(t, filepath.Join(root, "b/r\xe5d.txt"))
	if c := mustRun(t, cfg).Counts; c.Deleted != 1 {
		t.Errorf("deleting the non-UTF-8 name: %+v", c)
	}
}

func TestMissingRootFailsTheRun(t *testing.T) {
	root, data := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "a"})
	st := NewMemStore()
	mustRun(t, testConfig(data, root, st))
	must(t, os.Rename(root, root+".unmounted"))
	if _, err := Run(t.Context(), testConfig(data, root, st)); err == nil {
		t.Fatal("a missing root must fail the run, not delete everything")
	}
	if p, _ := st.Paths(t.Context()); len(p) != 1 {
		t.Errorf("store lost its records: %q", p)
	}
}

func TestVanishedSparesUnreadableAndOtherRoots(t *testing.T) {
	man := &manifest{entries: map[string]*Entry{}}
	for _, p := range []string{"/r/seen.txt", "/r/gone.txt", "/r/locked/x.txt", "/other/y.txt", "/rx/z.txt"} {
		man.entries[p] = &Entry{Path: p, Status: StatusOK}
	}
	r := &run{roots: []string{"/r"}, man: man}
	v := r.vanished(map[string]struct{}{"/r/seen.txt": {}}, []string{"/r/locked"})
	if len(v) != 1 || v[0].Path != "/r/gone.txt" {
		t.Errorf("vanished %+v, want only /r/gone.txt", v)
	}
}

func TestHashFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"doc.pdf": "junk%PDF-1.4 rest", "plain.txt": "hei"})
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.pdf"), 0o644))
	lim := testConfig("", "").Options.Limits
	cases := []struct {
		file    string
		pdf     bool
		wantErr string
	}{
		{"doc.pdf", true, ""},
		{"plain.txt", false, ""},
		{"fifo.pdf", false, "not a regular file"},
		{"missing.txt", false, "no such file"},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			sum, _, pdf, err := hashFile(filepath.Join(dir, tc.file), lim)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(sum) != 64 || pdf != tc.pdf {
				t.Errorf("sum %q pdf %v err %v", sum, pdf, err)
			}
		})
	}
}

func TestCandidateName(t *testing.T) {
	for name, want := range map[string]bool{
		"referat.pdf":        true,
		"Referat.DOCX":       true,
		"side.markdown":      true,
		"notat.txt":          true,
		".referat.pdf":       false, // hidden
		"._referat.pdf":      false, // macOS resource fork
		"~$referat.docx":     false, // Office lock file
		"referat.doc":        false, // no reader
		"budsjett.xlsx":      false,
		"referat.pdf.part":   false,
		"referat-pdf":        false,
		"arkiv/referat.odt":  true,
		"arkiv.pdf/notat.md": true,
	} {
		if got := candidateName(name); got != want {
			t.Errorf("candidateName(%q) = %v, want %v", name, got, want)
		}
	}
}
