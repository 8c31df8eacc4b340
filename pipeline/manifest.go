package pipeline

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// File names in the data directory.
const (
	manifestName = "manifest.jsonl"
	journalName  = "manifest.journal"
)

// manifestFormat is the format version on the manifest's first line.
//
//	1: first release.
const manifestFormat = 1

type manifestHeader struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

var errTorn = errors.New("torn line")

// manifest is the per-file state of the data directory: a snapshot
// (manifest.jsonl, rewritten atomically at the end of a run) plus a journal
// of entries appended and fsynced after every batch. Entries are whole
// states, so replaying the journal over the snapshot is idempotent.
type manifest struct {
	dir     string
	mu      sync.Mutex
	entries map[string]*Entry
	journal *os.File // open for append once the run changed something
	changed bool
}

// readManifest loads the snapshot and replays the journal. A journal line
// that does not decode, as a crash mid-append leaves, ends the replay. It
// reports whether a journal was found.
func readManifest(dir string) (map[string]*Entry, bool, error) {
	entries := map[string]*Entry{}
	if err := readLines(filepath.Join(dir, manifestName), true, entries); err != nil {
		return nil, false, err
	}
	journal := filepath.Join(dir, journalName)
	if err := readLines(journal, false, entries); err != nil && !errors.Is(err, errTorn) {
		return nil, false, err
	}
	return entries, fileExists(journal), nil
}

// readLines applies the entry lines of one file to entries. A missing file
// is empty.
func readLines(name string, header bool, entries map[string]*Entry) error {
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("opening %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	if header {
		if err := checkHeader(sc); err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
	}
	for line := 1; sc.Scan(); line++ {
		e, err := unmarshalEntry(sc.Bytes())
		if err != nil {
			return fmt.Errorf("reading %s line %d: %w: %w", name, line, errTorn, err)
		}
		applyEntry(entries, e)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}

func checkHeader(sc *bufio.Scanner) error {
	if !sc.Scan() {
		return fmt.Errorf("no header: %w", errTorn)
	}
	var h manifestHeader
	if err := json.Unmarshal(sc.Bytes(), &h); err != nil || h.Format != "motebok-manifest" {
		return fmt.Errorf("not a motebok manifest: %w", errTorn)
	}
	if h.Version != manifestFormat {
		return fmt.Errorf("manifest format %d is not %d: written by another motebok version", h.Version, manifestFormat)
	}
	return nil
}

func applyEntry(entries map[string]*Entry, e *Entry) {
	if e.Deleted {
		delete(entries, e.Path)
		return
	}
	entries[e.Path] = e
}

// writeSnapshot writes entries, sorted by path, as the new manifest.
func writeSnapshot(dir string, entries map[string]*Entry) error {
	paths := make([]string, 0, len(entries))
	for p := range entries {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return writeFileAtomic(filepath.Join(dir, manifestName), true, func(w io.Writer) error {
		h, _ := json.Marshal(manifestHeader{Format: "motebok-manifest", Version: manifestFormat})
		if _, err := w.Write(append(h, '\n')); err != nil {
			return err
		}
		for _, p := range paths {
			b, err := entries[p].marshalLine()
			if err != nil {
				return err
			}
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
		return nil
	})
}

func fileExists(name string) bool {
	_, err := os.Lstat(name)
	return err == nil
}
