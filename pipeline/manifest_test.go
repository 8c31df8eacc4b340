package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleEntries() []Entry {
	at := time.Unix(1767225600, 0).UTC()
	return []Entry{
		{Path: "/arkiv/referat.pdf", Size: 10, MTime: 5, Inode: 7, SHA256: "ab", Version: "1+x", Status: StatusOK,
			Attempt: at, Format: "pdf", Kind: "minutes"},
		{Path: "/arkiv/r\xe5d.txt", Size: 3, MTime: 6, SHA256: "cd", Version: "1+x", Status: StatusFailed,
			Reason: "corrupt", Failures: 2, Attempt: at},
	}
}

func TestManifestJournalAndSnapshot(t *testing.T) {
	data := t.TempDir()
	m, warn, err := openManifest(data)
	if err != nil || len(warn) != 0 {
		t.Fatal(err, warn)
	}
	es := sampleEntries()
	must(t, m.apply(es))
	must(t, m.apply([]Entry{{Path: es[0].Path, Deleted: true}}))
	m.close() // a crash: the journal is all there is
	appendFile(t, filepath.Join(data, journalName), `{"path":"/arkiv/halv`)
	want := map[string]*Entry{es[1].Path: &es[1]}
	got, torn, err := readManifest(data)
	if err != nil || !torn || !reflect.DeepEqual(got, want) {
		t.Fatalf("after crash: %v %v %+v", err, torn, got)
	}
	m, _, err = openManifest(data) // folds the journal into the snapshot
	must(t, err)
	if fileExists(filepath.Join(data, journalName)) {
		t.Error("journal not folded into the snapshot")
	}
	if !reflect.DeepEqual(m.entries, want) {
		t.Errorf("after reopening: %+v", m.entries)
	}
}

// TestManifestJournalKept checks that a run's changes stay in the journal
// while it is small beside the snapshot, which is rewritten only once the
// journal outgrows its share; every open sees all entries either way.
func TestManifestJournalKept(t *testing.T) {
	data := t.TempDir()
	snap, journal := filepath.Join(data, manifestName), filepath.Join(data, journalName)
	m, _, err := openManifest(data)
	must(t, err)
	var many []Entry
	for i := range 100 {
		e := sampleEntries()[0]
		e.Path = fmt.Sprintf("/arkiv/%03d.pdf", i)
		many = append(many, e)
	}
	must(t, m.apply(many))
	must(t, m.commit()) // no snapshot yet: the journal outgrows it
	if fileExists(journal) || !fileExists(snap) {
		t.Fatal("the first commit left no snapshot")
	}
	first, _ := os.ReadFile(snap)
	for run := range 20 {
		m, _, err = openManifest(data)
		must(t, err)
		if len(m.entries) != 100+run {
			t.Fatalf("run %d: %d entries, want %d", run, len(m.entries), 100+run)
		}
		e := sampleEntries()[1]
		e.Path = fmt.Sprintf("/arkiv/ny-%02d.txt", run)
		must(t, m.apply([]Entry{e}))
		must(t, m.commit())
		now, _ := os.ReadFile(snap)
		rewritten := !bytes.Equal(now, first)
		if rewritten == fileExists(journal) {
			t.Fatalf("run %d: snapshot rewritten %v, journal kept %v", run, rewritten, fileExists(journal))
		}
		if rewritten {
			if run < 2 {
				t.Fatalf("run %d: the snapshot was rewritten for a journal of %d runs", run, run+1)
			}
			return
		}
		if journalShare*fileSize(journal) > fileSize(snap) {
			t.Fatalf("run %d: a journal of %d bytes beside a snapshot of %d was kept", run, fileSize(journal), fileSize(snap))
		}
	}
	t.Fatal("the snapshot was never rewritten")
}

// TestManifestJournalCutAtBrace checks that a journal cut right after an
// entry, before its newline, is folded into the snapshot on opening: the
// next entry appended would join its line, and both would be lost.
func TestManifestJournalCutAtBrace(t *testing.T) {
	data := t.TempDir()
	m, _, err := openManifest(data)
	must(t, err)
	es := sampleEntries()
	must(t, m.apply(es[:1]))
	must(t, m.commit())
	b, err := es[1].marshalLine()
	must(t, err)
	must(t, os.WriteFile(filepath.Join(data, journalName), bytes.TrimSuffix(b, []byte("\n")), 0o600))
	m, _, err = openManifest(data)
	must(t, err)
	third := es[0]
	third.Path = "/arkiv/tredje.pdf"
	must(t, m.apply([]Entry{third}))
	m.close()
	got, torn, err := readManifest(data)
	if err != nil || torn || len(got) != 3 {
		t.Fatalf("read %d entries (torn %v, %v), want 3: %v", len(got), torn, err, got)
	}
}

func TestDamagedManifest(t *testing.T) {
	cases := []struct {
		name, content, wantErr string
		warned                 bool
	}{
		{"garbage", "not json\n", "", true},
		{"bad line", `{"format":"motebok-manifest","version":1}` + "\n{bad\n", "", true},
		{"newer format", `{"format":"motebok-manifest","version":99}` + "\n", "format 99", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := t.TempDir()
			must(t, os.WriteFile(filepath.Join(data, manifestName), []byte(tc.content), 0o644))
			m, warn, err := openManifest(data)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err != nil || len(warn) != 1 || len(m.entries) != 0 {
				t.Fatalf("err %v warnings %q entries %d", err, warn, len(m.entries))
			}
			if !fileExists(filepath.Join(data, manifestName+".corrupt")) {
				t.Error("damaged manifest not kept aside")
			}
		})
	}
}

func appendFile(t *testing.T, name, s string) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	_, err = f.WriteString(s)
	must(t, err)
	must(t, f.Close())
}

// FuzzReadManifest: any snapshot content loads or fails cleanly, and what
// loads survives a write and a read unchanged.
func FuzzReadManifest(f *testing.F) {
	dir := f.TempDir()
	m := map[string]*Entry{}
	for _, e := range sampleEntries() {
		m[e.Path] = &e
	}
	if err := writeSnapshot(filepath.Join(dir, manifestName), m); err != nil {
		f.Fatal(err)
	}
	seed, _ := os.ReadFile(filepath.Join(dir, manifestName))
	f.Add(seed)
	f.Add([]byte(`{"format":"motebok-manifest","version":1}` + "\n" + `{"raw_path":"/w==","deleted":true}`))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		data := t.TempDir()
		must(t, os.WriteFile(filepath.Join(data, manifestName), b, 0o644))
		got, _, err := readManifest(data)
		if err != nil {
			return
		}
		must(t, writeSnapshot(filepath.Join(data, manifestName), got))
		again, _, err := readManifest(data)
		if err != nil || len(again) != len(got) {
			t.Fatalf("round trip: %v, %d vs %d entries", err, len(again), len(got))
		}
		for p, e := range got {
			if a := again[p]; a == nil || a.SHA256 != e.SHA256 || a.Status != e.Status || !bytes.Equal([]byte(a.Path), []byte(p)) {
				t.Fatalf("entry %q changed: %+v vs %+v", p, e, a)
			}
		}
	})
}

// BenchmarkReadManifest reads a manifest of 100,000 files.
func BenchmarkReadManifest(b *testing.B) {
	data := b.TempDir()
	m := map[string]*Entry{}
	for i := range 100000 {
		e := sampleEntries()[0]
		e.Path, e.SHA256 = fmt.Sprintf("/arkiv/%d/referat-%06d.pdf", 2000+i%25, i), fmt.Sprintf("%064x", i)
		m[e.Path] = &e
	}
	if err := writeSnapshot(filepath.Join(data, manifestName), m); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		got, _, err := readManifest(data)
		if err != nil || len(got) != len(m) {
			b.Fatalf("%d entries (%v), want %d", len(got), err, len(m))
		}
	}
}

// TestReadLinesChunks checks that lines decoded a chunk at a time apply in
// order up to the first line that does not decode, whichever chunk holds
// it, and that the error names that line.
func TestReadLinesChunks(t *testing.T) {
	for _, bad := range []int{1, 5, linesPerChunk, linesPerChunk + 1, 2*linesPerChunk + 3, 0} {
		t.Run(fmt.Sprint(bad), func(t *testing.T) {
			var b bytes.Buffer
			n := 2*linesPerChunk + 10
			for i := 1; i <= n; i++ {
				if i == bad {
					b.WriteString("{\"path\":\"/arkiv/halv\n")
					continue
				}
				e := sampleEntries()[0]
				e.Path = fmt.Sprintf("/arkiv/%05d.pdf", i%(linesPerChunk+7)) // later lines replace earlier ones
				e.Size = int64(i)
				line, err := e.marshalLine()
				must(t, err)
				b.Write(line)
			}
			name := filepath.Join(t.TempDir(), journalName)
			must(t, os.WriteFile(name, b.Bytes(), 0o600))
			got := map[string]*Entry{}
			err := readLines(name, false, got)
			last := n
			if bad > 0 {
				last = bad - 1
				if !errors.Is(err, errTorn) || !strings.Contains(err.Error(), fmt.Sprintf("line %d:", bad)) {
					t.Fatalf("err = %v, want a torn line %d", err, bad)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			want := map[string]int64{}
			for i := 1; i <= last; i++ {
				want[fmt.Sprintf("/arkiv/%05d.pdf", i%(linesPerChunk+7))] = int64(i)
			}
			if len(got) != len(want) {
				t.Fatalf("%d entries, want %d", len(got), len(want))
			}
			for p, size := range want {
				if got[p] == nil || got[p].Size != size {
					t.Fatalf("%s: %+v, want the entry of line %d", p, got[p], size)
				}
			}
		})
	}
}
