package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/motebok/motebok/internal/oneline"
)

// StatusInfo is what the data directory holds, for `motebok status`.
type StatusInfo struct {
	DataDir     string         `json:"data_dir"`
	Files       int            `json:"files"`   // files the manifest knows
	Indexed     int            `json:"indexed"` // of which extracted and stored
	ByKind      map[string]int `json:"by_kind"`
	ByFormat    map[string]int `json:"by_format"`
	Failed      []Failure      `json:"failed"`      // failing, retried next run
	Quarantined []Failure      `json:"quarantined"` // failing, skipped until the file changes
	Unreadable  []Failure      `json:"unreadable"`  // folders and files the last run could not even list
	LastRun     *Report        `json:"last_run,omitempty"`
	History     []RunRecord    `json:"history"`        // the last statusRuns runs, oldest first
	Lock        *LockInfo      `json:"lock,omitempty"` // the running ingest, if any
}

// statusRuns is how many runs of the history the status shows.
const statusRuns = 5

// Status reads the data directory without taking its lock. Quarantine is
// judged with DefaultMaxFailures.
func Status(dataDir string) (*StatusInfo, error) {
	if _, err := os.Stat(dataDir); err != nil {
		return nil, fmt.Errorf("reading data directory: %w", err)
	}
	entries, _, err := readManifest(dataDir)
	if err != nil {
		return nil, err
	}
	s := &StatusInfo{DataDir: dataDir, Files: len(entries), ByKind: map[string]int{}, ByFormat: map[string]int{},
		Failed: []Failure{}, Quarantined: []Failure{}}
	for _, e := range entries {
		s.add(e)
	}
	byPath := func(a, b Failure) int { return strings.Compare(a.Path, b.Path) }
	slices.SortFunc(s.Failed, byPath)
	slices.SortFunc(s.Quarantined, byPath)
	if s.LastRun, err = readReport(dataDir); err != nil {
		return nil, err
	}
	s.Unreadable = unreadable(s.LastRun, entries)
	if s.History, err = readHistory(dataDir, statusRuns); err != nil {
		return nil, err
	}
	if s.Lock, err = ReadLock(dataDir); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *StatusInfo) add(e *Entry) {
	f := newFailure(e.Path, e.Reason, e.Failures)
	switch {
	case e.Status == StatusOK:
		s.Indexed++
		s.ByKind[e.Kind]++
		s.ByFormat[e.Format]++
	case e.quarantined(DefaultMaxFailures):
		s.Quarantined = append(s.Quarantined, f)
	default:
		s.Failed = append(s.Failed, f)
	}
}

// unreadable are the last run's failures the manifest does not know:
// folders it could not list and files it could not stat.
func unreadable(last *Report, entries map[string]*Entry) []Failure {
	out := []Failure{}
	if last == nil {
		return out
	}
	for _, f := range last.Failures {
		if _, known := entries[f.Path]; !known {
			out = append(out, f)
		}
	}
	return out
}

func readReport(dataDir string) (*Report, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, reportName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the last run's report: %w", err)
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("reading the last run's report: %w", err)
	}
	return &r, nil
}

// WriteText writes the status for a person.
func (s *StatusInfo) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "data: %s\n", oneline.Escape(s.DataDir))
	if s.Lock != nil {
		fmt.Fprintf(&b, "ingest running: PID %d on %s since %s\n", s.Lock.PID, oneline.Escape(s.Lock.Host), s.Lock.Time.Format("2006-01-02 15:04"))
	}
	if s.LastRun == nil {
		b.WriteString("last run: never\n")
	} else {
		fmt.Fprintf(&b, "last run: %s, %.1f s, %d failed\n", s.LastRun.End.Format("2006-01-02 15:04"), s.LastRun.Seconds, s.LastRun.Counts.Failed)
	}
	fmt.Fprintf(&b, "files: %d, indexed %d, failing %d, quarantined %d, unreadable folders %d\n",
		s.Files, s.Indexed, len(s.Failed), len(s.Quarantined), len(s.Unreadable))
	writeCounts(&b, "by kind", s.ByKind)
	writeCounts(&b, "by format", s.ByFormat)
	writeHistory(&b, s.History)
	listFailures(&b, "failing", s.Failed)
	listFailures(&b, "quarantined", s.Quarantined)
	listFailures(&b, "unreadable", s.Unreadable)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeCounts(b *strings.Builder, label string, m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Fprintf(b, "%s:", label)
	for _, k := range keys {
		name := k
		if name == "" {
			name = "unknown"
		}
		fmt.Fprintf(b, " %s %d", name, m[k])
	}
	b.WriteString("\n")
}
