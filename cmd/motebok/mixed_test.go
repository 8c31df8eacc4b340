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
	// repair makes the unreadable folder readable again, or does nothing.
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
