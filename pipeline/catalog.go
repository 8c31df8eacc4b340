package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/motebok/motebok/extractors/doc"
)

// Catalog is the manifest's list of extracted files as read at one moment,
// for readers that look records up by path (the web server). It takes no
// lock and never writes.
type Catalog struct {
	dataDir string
	entries map[string]*Entry // extracted files only
}

// ReadCatalog reads the manifest of dataDir, journal included, keeping the
// files extracted and stored (status ok).
func ReadCatalog(dataDir string) (*Catalog, error) {
	all, _, err := readManifest(dataDir)
	if err != nil {
		return nil, err
	}
	c := &Catalog{dataDir: dataDir, entries: make(map[string]*Entry, len(all))}
	for p, e := range all {
		if e.Status == StatusOK {
			c.entries[p] = e
		}
	}
	return c, nil
}

// Paths returns the path of every extracted file, sorted.
func (c *Catalog) Paths() []string {
	ps := make([]string, 0, len(c.entries))
	for p := range c.entries {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return ps
}

// Record loads the stored record of the file at path, with Path set to it.
// It reports false when the catalog does not list path.
func (c *Catalog) Record(path string) (*doc.Record, bool, error) {
	e, ok := c.entries[path]
	if !ok {
		return nil, false, nil
	}
	rec, err := loadRecord(c.dataDir, e.SHA256, e.Version)
	if err != nil {
		return nil, true, err
	}
	rec.Path = path
	return rec, true, nil
}

// Generation identifies the published state of a data directory: it
// changes when an ingest takes or releases the lock, when a batch is
// committed (the manifest journal grows), and when a run commits its
// manifest or writes its report. A reader holding the stores open compares
// generations to know when to reopen them. Generations are comparable.
type Generation struct {
	Running bool   // an ingest holds the lock
	stamp   string // size and modification time of each marker file
}

// ReadGeneration stats the marker files of dataDir; a missing one counts as
// empty.
func ReadGeneration(dataDir string) Generation {
	var b []byte
	var g Generation
	for _, name := range []string{lockName, manifestName, journalName, reportName} {
		fi, err := os.Stat(filepath.Join(dataDir, name))
		if err != nil {
			b = append(b, '-')
			continue
		}
		g.Running = g.Running || name == lockName
		b = fmt.Appendf(b, "%d.%d;", fi.Size(), fi.ModTime().UnixNano())
	}
	g.stamp = string(b)
	return g
}
