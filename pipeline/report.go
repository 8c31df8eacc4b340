package pipeline

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/doc"

	"github.com/motebok/motebok/internal/oneline"
)

// reportName is the report of the last run in the data directory.
const reportName = "run-report.json"

// Counts are the files of a run by what happened to them.
type Counts struct {
	New         int `json:"new"`         // indexed for the first time, earlier failures included
	Changed     int `json:"changed"`     // content changed, indexed again
	Reextracted int `json:"reextracted"` // extracted again: the extractor version or limits changed
	Unchanged   int `json:"unchanged"`   // same size and mtime, or same content after a touch
	Renamed     int `json:"renamed"`     // a new path with the content of a vanished one
	Deleted     int `json:"deleted"`     // vanished, removed from the stores
	Failed      int `json:"failed"`      // could not be read or extracted this run
	Quarantined int `json:"quarantined"` // skipped after repeated failures on this content
	Held        int `json:"held"`        // vanished but not deleted: too many at once (see Report.Held)
	Extracted   int `json:"extracted"`   // documents run through an extractor
	Reused      int `json:"reused"`      // records taken from the records directory
}

// StageTimes are seconds of busy time per stage, summed over its goroutines.
type StageTimes struct {
	Reconcile float64 `json:"reconcile_s"`
	Discover  float64 `json:"discover_s"`
	Hash      float64 `json:"hash_s"`
	Extract   float64 `json:"extract_s"`
	Write     float64 `json:"write_s"`
	Commit    float64 `json:"commit_s"`
}

// Failure is one file or directory that could not be indexed, and why.
type Failure struct {
	Path     string `json:"path"`
	RawPath  []byte `json:"raw_path,omitempty"` // Path's exact bytes when not UTF-8; see doc.RawPath
	Reason   string `json:"reason"`
	Failures int    `json:"failures,omitempty"` // consecutive failures on this content
}

func newFailure(path, reason string, failures int) Failure {
	return Failure{Path: path, RawPath: doc.RawPath(path), Reason: reason, Failures: failures}
}

// Report describes one run; it is also written to DATA/run-report.json.
type Report struct {
	Start       time.Time  `json:"start"`
	End         time.Time  `json:"end"`
	Seconds     float64    `json:"seconds"`
	Roots       []string   `json:"roots"`
	Version     string     `json:"version"`
	Counts      Counts     `json:"counts"`
	Stages      StageTimes `json:"stages"`
	DocsPerSec  float64    `json:"docs_per_s"` // files indexed (extracted or reused) per second
	Failures    []Failure  `json:"failures"`
	Quarantined []Failure  `json:"quarantined"`
	Warnings    []string   `json:"warnings,omitempty"`
	// Held says why the vanished files were not deleted, one line per root.
	Held []string `json:"held_deletions,omitempty"`
	// Repaired says what damage the run found and repaired.
	Repaired []string `json:"repaired,omitempty"`
}

// OK reports whether every file was indexed and every vanished file
// deleted: no file failed or sits in quarantine, so that monitoring never
// turns green over missing documents.
func (r *Report) OK() bool {
	return r.Counts.Failed == 0 && r.Counts.Quarantined == 0 && len(r.Held) == 0
}

// summaryFailures caps the failures Summary lists.
const summaryFailures = 20

// Summary is a short human account of the run, for stderr.
func (r *Report) Summary() string {
	c := r.Counts
	var b strings.Builder
	fmt.Fprintf(&b, "ingest: %.1f s, %.0f docs/s: %d new, %d changed, %d re-extracted, %d unchanged, "+
		"%d renamed, %d deleted, %d failed, %d quarantined\n", r.Seconds, r.DocsPerSec, c.New, c.Changed,
		c.Reextracted, c.Unchanged, c.Renamed, c.Deleted, c.Failed, c.Quarantined)
	if c.Extracted+c.Reused > 0 {
		st := r.Stages
		fmt.Fprintf(&b, "  stages (busy time): discover %.1f s, hash %.1f s, extract %.1f s (%s), write %.1f s (%s), commit %.1f s\n",
			st.Discover, st.Hash, st.Extract, rate(c.Extracted, st.Extract), st.Write, rate(c.Extracted+c.Reused, st.Write), st.Commit)
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(&b, "  warning: %s\n", oneline.Escape(w))
	}
	for _, m := range r.Repaired {
		fmt.Fprintf(&b, "  repaired: %s\n", oneline.Escape(m))
	}
	for _, h := range r.Held {
		fmt.Fprintf(&b, "  nothing deleted: %s; if they were removed on purpose, run again with --allow-mass-delete\n", oneline.Escape(h))
	}
	listFailures(&b, "failed", r.Failures)
	listFailures(&b, "quarantined", r.Quarantined)
	return b.String()
}

// rate formats n documents over secs of busy time as documents per second.
func rate(n int, secs float64) string {
	if secs <= 0 {
		return fmt.Sprintf("%d docs", n)
	}
	return fmt.Sprintf("%d docs, %.0f docs/s", n, float64(n)/secs)
}

func listFailures(b *strings.Builder, label string, fs []Failure) {
	for i, f := range fs {
		if i == summaryFailures {
			fmt.Fprintf(b, "  … and %d more %s; see %s\n", len(fs)-i, label, reportName)
			return
		}
		// Reasons usually start with the path already; say it once. Names
		// are escaped: one line per file, whatever the name holds.
		reason := strings.TrimPrefix(f.Reason, f.Path+": ")
		fmt.Fprintf(b, "  %s: %s: %s\n", label, oneline.Escape(f.Path), oneline.Escape(reason))
	}
}

func writeReport(dataDir string, r *Report) error {
	return writeFileAtomic(filepath.Join(dataDir, reportName), true, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	})
}
