package main

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/synth"
)

// mixed is an archive of good documents and bad files, with what ingesting
// it must give.
type mixed struct {
	root, data string
	good       map[string]bool // must be indexed
	either     map[string]bool // damaged but repairable: indexed, or failed with a reason
	bad        map[string]bool // files that must fail with a reason
	unread     map[string]bool // of which those refused before any extractor runs
	badDirs    map[string]bool // folders that cannot be read: named at every run
	skipped    map[string]bool // named like documents but not regular files: a warning each
	minutes    []synth.Truth
	cli        cli
	// repair makes the unreadable folder and file readable again, or does
	// nothing.
	repair func(t *testing.T)
}

// newMixed writes the archive: the sample corpus, synthetic minutes, a
// document inside a folder named x.pdf, the synth.Hostile files and, on
// Unix, files and folders the ingest cannot read, a symbolic link loop and
// a FIFO.
func newMixed(t *testing.T) *mixed {
	base := realDir(t)
	m := &mixed{root: filepath.Join(base, "archive"), data: filepath.Join(base, "data"),
		good: map[string]bool{}, either: map[string]bool{}, bad: map[string]bool{}, unread: map[string]bool{},
		badDirs: map[string]bool{},
		skipped: map[string]bool{}, repair: func(*testing.T) {}}
	for _, p := range addCorpus(t, filepath.Join(m.root, "corpus")) {
		m.good[p] = true
	}
	m.minutes = addMinutes(t, filepath.Join(m.root, "synth"), 6, 11, true)
	for _, tr := range m.minutes {
		m.good[tr.File] = true
	}
	inner := filepath.Join(m.root, "x.pdf", "inne"+filepath.Ext(m.minutes[0].File))
	m.good[copyFile(t, m.minutes[0].File, inner)] = true
	m.addHostile(t)
	addUnreadable(t, m, base)
	return m
}

// addHostile adds the synth.Hostile files under hostile/.
func (m *mixed) addHostile(t *testing.T) {
	dir := filepath.Join(m.root, "hostile")
	files, err := synth.Hostile(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		p := filepath.Join(dir, f.Name)
		switch {
		case f.Want == nil:
			m.good[p] = true
		case f.Recoverable:
			m.either[p] = true
		default:
			m.bad[p] = true
		}
	}
}

// minutesPDF is a synthetic minutes PDF drawn with seed, which the
// generator's archives do not use.
func minutesPDF(t *testing.T, seed uint64) []byte {
	var b bytes.Buffer
	if err := synth.Write(&b, synth.Minutes(rand.New(rand.NewPCG(seed, 99))), "pdf"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// reasonClasses are the words a failure's reason must contain one of: an
// extraction error class or a file system refusal.
var reasonClasses = []string{doc.ErrLimit.Error(), doc.ErrEncrypted.Error(), doc.ErrNoText.Error(),
	doc.ErrUnsupported.Error(), doc.ErrCorrupt.Error(), "permission denied"}

// checkReason fails unless reason names path and says why.
func checkReason(t *testing.T, path, reason string) {
	t.Helper()
	if !strings.Contains(reason, path) {
		t.Errorf("the reason for %s does not name it: %q", path, reason)
	}
	for _, c := range reasonClasses {
		if strings.Contains(reason, c) {
			return
		}
	}
	t.Errorf("the reason for %s names no known cause: %q", path, reason)
}

// wantIndexed is the files that must be indexed when failing failed: the
// good ones and the repairable ones that did not fail.
func (m *mixed) wantIndexed(failing map[string]bool) map[string]bool {
	want := map[string]bool{}
	for p := range m.good {
		want[p] = true
	}
	for p := range m.either {
		if !failing[p] {
			want[p] = true
		}
	}
	return want
}

// checkStores checks that the index, the export and the register hold
// every good document and nothing else.
func (m *mixed) checkStores(t *testing.T, failing map[string]bool) {
	want := m.wantIndexed(failing)
	if d := sameKeys(searchPaths(t, m.cli, m.data, everything), want); d != "" {
		t.Errorf("search finds other files than the good ones:%s", d)
	}
	recs := exported(t, m.cli, m.data)
	if d := sameKeys(recs, want); d != "" {
		t.Errorf("export differs from the good files:%s", d)
	}
	for p, rec := range recs {
		if len(rec.ID) != 64 || rec.Text == "" {
			t.Errorf("exported record of %s: id %q, %d bytes of text", p, rec.ID, len(rec.Text))
		}
	}
	m.checkRegister(t)
}

// checkRegister checks that every case of every synthetic minutes file is
// in the register under its meeting, with the file among its sources, and
// that every sample minutes file is a source of some case.
func (m *mixed) checkRegister(t *testing.T) {
	ds := decisions(t, m.cli, m.data)
	sources := map[string]bool{}
	cases := map[string]bool{} // date, number, path
	for _, d := range ds {
		for _, p := range d.Paths {
			sources[p] = true
			cases[d.MeetingDate+" "+d.Number+" "+p] = true
		}
	}
	for _, tr := range m.minutes {
		for _, n := range tr.Cases {
			if !cases[string(tr.Date)+" "+n+" "+tr.File] {
				t.Errorf("register lacks case %s of %s from %s", n, tr.Date, tr.File)
			}
		}
	}
	for p := range m.good {
		if strings.HasPrefix(filepath.Base(p), "referat-") && !sources[p] {
			t.Errorf("register has no case from %s", p)
		}
	}
}
