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
	"runtime"
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
// (manifest.jsonl, rewritten atomically) plus a journal of entries
// appended and fsynced after every batch. Entries are whole states, so
// replaying the journal over the snapshot is idempotent. The journal is
// kept from run to run until it outgrows an eighth of the snapshot
// (journalShare): rewriting the 35 MB snapshot of 103,000 files took half
// a second of a run that changed 1 % of them.
type manifest struct {
	dir      string
	mu       sync.Mutex
	entries  map[string]*Entry
	journal  *os.File // open for append once the run changed something
	changed  bool
	snapSize int64 // bytes of the snapshot
	jSize    int64 // bytes of the journal
}

// journalShare: the snapshot is rewritten when the journal holds more than
// 1/journalShare of its bytes.
const journalShare = 8

// readManifest loads the snapshot and replays the journal. A journal line
// that does not decode, as a crash mid-append leaves, ends the replay; it
// reports whether there was one.
func readManifest(dir string) (entries map[string]*Entry, torn bool, err error) {
	entries = map[string]*Entry{}
	if err := readLines(filepath.Join(dir, manifestName), true, entries); err != nil {
		return nil, false, err
	}
	err = readLines(filepath.Join(dir, journalName), false, entries)
	if errors.Is(err, errTorn) {
		return entries, true, nil
	}
	return entries, false, err
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
	var c lineChunk
	for line := 1; ; line += len(c.ends) {
		more := c.fill(sc)
		es, bad, err := c.decode()
		for _, e := range es[:bad] {
			applyEntry(entries, e)
		}
		if err != nil {
			return fmt.Errorf("reading %s line %d: %w: %w", name, line+bad, errTorn, err)
		}
		if !more {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}

// linesPerChunk is how many lines readLines decodes at once, on every
// core: decoding the 103,000 lines of a large manifest one by one took
// half a second of every run.
const linesPerChunk = 4096

// lineChunk is a chunk of lines: their bytes one after the other, and
// where each ends.
type lineChunk struct {
	buf  []byte
	ends []int
}

// fill reads the next lines of sc into c, up to linesPerChunk; it reports
// whether more may follow.
func (c *lineChunk) fill(sc *bufio.Scanner) bool {
	c.buf, c.ends = c.buf[:0], c.ends[:0]
	for len(c.ends) < linesPerChunk {
		if !sc.Scan() {
			return false
		}
		c.buf = append(c.buf, sc.Bytes()...)
		c.ends = append(c.ends, len(c.buf))
	}
	return true
}

// decode decodes the lines of c in parallel. It returns the entries, the
// number of lines before the first that does not decode (all of them
// when every one does) and that line's error.
func (c *lineChunk) decode() ([]*Entry, int, error) {
	es := make([]*Entry, len(c.ends))
	errs := make([]error, len(c.ends))
	parts := min(runtime.GOMAXPROCS(0), max(len(c.ends)/256, 1))
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			for i := p * len(es) / parts; i < (p+1)*len(es)/parts; i++ {
				start := 0
				if i > 0 {
					start = c.ends[i-1]
				}
				es[i], errs[i] = unmarshalEntry(c.buf[start:c.ends[i]])
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return es, i, err
		}
	}
	return es, len(es), nil
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

// writeSnapshot writes entries, sorted by path, as the manifest snapshot
// name.
func writeSnapshot(name string, entries map[string]*Entry) error {
	paths := make([]string, 0, len(entries))
	for p := range entries {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return writeFileAtomic(name, true, func(w io.Writer) error {
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

// fileSize is the size of the file name, 0 when it cannot be read.
func fileSize(name string) int64 {
	fi, err := os.Lstat(name)
	if err != nil {
		return 0
	}
	return fi.Size()
}
