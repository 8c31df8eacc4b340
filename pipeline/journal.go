package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// openManifest loads the manifest for a run. A journal that ends in a torn
// line, as a crash mid-append leaves, is folded into a fresh snapshot
// first: a line appended after it would never be read (endsLine). A
// damaged snapshot is moved aside and the run rebuilds it from the files
// and the records directory; the returned warning says so.
func openManifest(dir string) (*manifest, []string, error) {
	entries, torn, err := readManifest(dir)
	var warnings []string
	if errors.Is(err, errTorn) {
		snap := filepath.Join(dir, manifestName)
		aside := snap + ".corrupt"
		if rerr := os.Rename(snap, aside); rerr != nil {
			return nil, nil, fmt.Errorf("moving damaged manifest aside: %w", rerr)
		}
		warnings = append(warnings, fmt.Sprintf("%v; moved to %s and rebuilt", err, aside))
		entries, torn, err = readManifest(dir)
	}
	if err != nil {
		return nil, nil, err
	}
	journal := filepath.Join(dir, journalName)
	m := &manifest{dir: dir, entries: entries, snapSize: fileSize(filepath.Join(dir, manifestName)), jSize: fileSize(journal)}
	if torn || !endsLine(journal) {
		m.mu.Lock()
		defer m.mu.Unlock()
		if err := m.fold(); err != nil {
			return nil, nil, err
		}
	}
	return m, warnings, nil
}

// endsLine reports whether the file name is empty, missing or ends in a
// newline. A crash may cut an append right after an entry's closing brace:
// the next line appended would join that one, and neither would decode.
func endsLine(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return true
	}
	defer f.Close()
	var last [1]byte
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 {
		return err == nil
	}
	_, err = f.ReadAt(last[:], fi.Size()-1)
	return err == nil && last[0] == '\n'
}

// get returns a copy of the entry for path.
func (m *manifest) get(path string) (Entry, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[path]
	if !ok {
		return Entry{}, false
	}
	return *e, true
}

// each calls fn for every entry, holding the lock: fn must not call back.
func (m *manifest) each(fn func(e *Entry)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.entries {
		fn(e)
	}
}

// apply appends es to the journal, fsyncs it, and then applies them. Only
// the run's single writer calls apply.
func (m *manifest) apply(es []Entry) error {
	if len(es) == 0 {
		return nil
	}
	var buf []byte
	for _, e := range es {
		b, err := e.marshalLine()
		if err != nil {
			return fmt.Errorf("encoding manifest entry for %s: %w", e.Path, err)
		}
		buf = append(buf, b...)
	}
	if err := m.appendJournal(buf); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for i := range es {
		e := es[i]
		applyEntry(m.entries, &e)
	}
	m.changed = true
	return nil
}

func (m *manifest) appendJournal(b []byte) error {
	name := filepath.Join(m.dir, journalName)
	if m.journal == nil {
		f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return fmt.Errorf("opening manifest journal: %w", err)
		}
		m.journal = f
		if err := syncDir(m.dir); err != nil {
			return err
		}
	}
	if _, err := m.journal.Write(b); err != nil {
		return fmt.Errorf("appending to %s: %w", name, err)
	}
	m.jSize += int64(len(b))
	if err := m.journal.Sync(); err != nil {
		return fmt.Errorf("syncing %s: %w", name, err)
	}
	return nil
}

// commit ends the run's changes: it closes the journal, which holds them
// all, fsynced, and rewrites the snapshot when the journal has outgrown
// its share of it (journalShare).
func (m *manifest) commit() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.changed {
		return nil
	}
	m.changed = false
	if m.jSize*journalShare <= m.snapSize {
		m.close()
		return nil
	}
	return m.fold()
}

// fold writes the entries as the snapshot and removes the journal. A
// crash between the two replays the journal over a snapshot that already
// holds it: harmless. m.mu is held.
func (m *manifest) fold() error {
	snap := filepath.Join(m.dir, manifestName)
	if err := writeSnapshot(snap, m.entries); err != nil {
		return err
	}
	m.close()
	err := os.Remove(filepath.Join(m.dir, journalName))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("removing manifest journal: %w", err)
	}
	m.snapSize, m.jSize = fileSize(snap), 0
	return syncDir(m.dir)
}

// close closes the journal; an uncommitted journal is replayed next run.
func (m *manifest) close() {
	if m.journal != nil {
		m.journal.Close()
		m.journal = nil
	}
}
