package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// historyName is the history of runs in the data directory: one JSON line
// per run, the last historyKeep runs.
const (
	historyName = "runs.jsonl"
	historyKeep = 100
	// historyFailures bounds the failed paths one line names.
	historyFailures = 20
)

// RunRecord is one run in the history.
type RunRecord struct {
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	ExitCode int       `json:"exit_code"` // 0, or 3 when files failed, were quarantined or deletions held
	Counts   Counts    `json:"counts"`
	Failures []string  `json:"failures,omitempty"` // failed and quarantined paths, the first historyFailures
}

func newRunRecord(r *Report) RunRecord {
	rec := RunRecord{Start: r.Start, End: r.End, Counts: r.Counts}
	if !r.OK() {
		rec.ExitCode = 3
	}
	for _, f := range append(append([]Failure(nil), r.Failures...), r.Quarantined...) {
		if len(rec.Failures) == historyFailures {
			break
		}
		rec.Failures = append(rec.Failures, f.Path)
	}
	return rec
}

// appendHistory adds the run of r to the history, keeping the last
// historyKeep runs.
func appendHistory(dataDir string, r *Report) error {
	old, err := readHistory(dataDir, historyKeep-1)
	if err != nil {
		return err
	}
	runs := append(old, newRunRecord(r))
	return writeFileAtomic(filepath.Join(dataDir, historyName), false, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range runs {
			if err := enc.Encode(&runs[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// readHistory returns the last n runs of the history, oldest first; a
// line that does not read is skipped.
func readHistory(dataDir string, n int) ([]RunRecord, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, historyName))
	if errors.Is(err, os.ErrNotExist) {
		return []RunRecord{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the run history: %w", err)
	}
	runs := []RunRecord{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec RunRecord
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			runs = append(runs, rec)
		}
	}
	return runs[max(0, len(runs)-n):], nil
}

// writeHistory lists runs for a person, one line each.
func writeHistory(b *strings.Builder, runs []RunRecord) {
	if len(runs) == 0 {
		return
	}
	b.WriteString("recent runs:\n")
	for _, r := range runs {
		c := r.Counts
		fmt.Fprintf(b, "  %s – %s exit %d: %d new, %d changed, %d deleted, %d failed, %d quarantined\n",
			r.Start.Local().Format("2006-01-02 15:04:05"), r.End.Local().Format("15:04:05"), r.ExitCode,
			c.New, c.Changed, c.Deleted, c.Failed, c.Quarantined)
	}
}
