package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/extractors/doc"
)

// ExtractFunc extracts one file. extractors.ExtractFile is the real one;
// tests inject fakes.
type ExtractFunc func(ctx context.Context, path string, opts extractors.Options) (*doc.Record, error)

// Config configures one ingest run. Zero fields take the defaults noted.
type Config struct {
	DataDir string   // required: manifest, records, lock and report live here
	Paths   []string // roots to ingest: directories or single files
	Stores  []Store  // receive every record, in order; may be empty
	Workers int      // parallel extractions; default runtime.NumCPU()

	Extract   ExtractFunc        // default extractors.ExtractFile
	Version   string             // extractor version; default extractors.Version()
	Options   extractors.Options // passed to Extract; zero Limits mean doc.DefaultLimits
	Isolation Isolation

	BatchSize     int           // records per store write; default 200
	BatchText     int           // bytes of text per store write; default DefaultBatchText
	BatchInterval time.Duration // longest wait before a partial batch is written; default 1 s
	MaxFailures   int           // consecutive failures before quarantine; default DefaultMaxFailures
	// MaxDeleteShare is the share of a root's files that may vanish in one
	// run; more, or all of them, and nothing is deleted unless
	// AllowMassDelete is set. Default DefaultMaxDeleteShare.
	MaxDeleteShare  float64
	AllowMassDelete bool
	// Expunge has the stores drop the earlier text of changed documents by
	// the end of the run, as they always do for deleted ones (for Bleve, a
	// rewrite of the whole index). Without it, that text, which no search
	// reaches, stays in the index files until Bleve's merges reclaim it.
	Expunge bool
	// Repaired says what the caller repaired before the run (OpenHealing);
	// the Report lists it.
	Repaired []string
	Progress Progress // default none
}

// withDefaults validates c and fills in its zero fields.
func (c Config) withDefaults() (Config, error) {
	if c.DataDir == "" {
		return c, errors.New("no data directory given")
	}
	if len(c.Paths) == 0 {
		return c, errors.New("no paths to ingest")
	}
	if c.Workers <= 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.Extract == nil {
		c.Extract = extractors.ExtractFile
	}
	if c.Version == "" {
		c.Version = extractors.Version()
	}
	if c.Options.Limits == (doc.Limits{}) {
		c.Options.Limits = doc.DefaultLimits
	}
	c.Options.Limits.MaxText = orDefault(c.Options.Limits.MaxText, doc.DefaultLimits.MaxText)
	c.BatchSize = orDefault(c.BatchSize, 200)
	c.BatchText = orDefault(c.BatchText, DefaultBatchText)
	c.BatchInterval = orDefault(c.BatchInterval, time.Second)
	c.MaxFailures = orDefault(c.MaxFailures, DefaultMaxFailures)
	c.MaxDeleteShare = orDefault(c.MaxDeleteShare, DefaultMaxDeleteShare)
	if c.Progress == nil {
		c.Progress = nopProgress{}
	}
	iso, err := c.Isolation.withDefaults(c.Options.Timeout)
	c.Isolation = iso
	return c, err
}

// outputKey identifies everything that changes the extractor's output: the
// version and the limits. A change re-extracts every file. RefDate is left
// out on purpose (see the BUG note in doc.go).
func (c *Config) outputKey() string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%+v", c.Options.Limits))
	return c.Version + "+" + hex.EncodeToString(sum[:4])
}

func orDefault[T int | time.Duration | int64 | float64](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// workerCommand is the default child command: this executable's "worker"
// subcommand.
func workerCommand() ([]string, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding the worker executable: %w", err)
	}
	return []string{exe, "worker"}, nil
}

// DefaultMaxFailures is how many consecutive failures on the same content
// put a file in quarantine.
const DefaultMaxFailures = 3

// DefaultBatchText is the text a store write holds at most, unless one
// document holds more. Indexing costs memory in proportion to text: Bleve
// analyses a whole batch before it builds its segment. Generated minutes
// (3 KB of text, five cases each, indexed again as cases) took about 170
// bytes of heap for each byte of text, so a batch of 256 KiB holds some
// 45 MB while it is written; at 600 KB (200 documents) the heap's live data
// rose by 100 MB with each batch.
const DefaultBatchText = 256 << 10
