package pipeline

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// stage indexes the busy-time counters.
type stage int

const (
	stageReconcile stage = iota
	stageDiscover
	stageHash
	stageExtract
	stageWrite
	stageCommit
	nStages
)

// tally accumulates the report while the stages run.
type tally struct {
	mu    sync.Mutex
	rep   Report
	found atomic.Int64 // candidate files the walk met
	done  atomic.Int64 // files decided: skipped, written or failed
	busy  [nStages]atomic.Int64
	// expected is how many files the last runs knew under the roots, set
	// before the stages start.
	expected int
}

func newTally(roots []string, version string) *tally {
	return &tally{rep: Report{Start: time.Now(), Roots: roots, Version: version}}
}

// count updates the counts under the lock.
func (t *tally) count(f func(c *Counts)) {
	t.mu.Lock()
	f(&t.rep.Counts)
	t.mu.Unlock()
}

func (t *tally) fail(path, reason string, n int) {
	t.mu.Lock()
	t.rep.Counts.Failed++
	t.rep.Failures = append(t.rep.Failures, newFailure(path, reason, n))
	t.mu.Unlock()
}

func (t *tally) quarantine(e *Entry) {
	t.mu.Lock()
	t.rep.Counts.Quarantined++
	t.rep.Quarantined = append(t.rep.Quarantined, newFailure(e.Path, e.Reason, e.Failures))
	t.mu.Unlock()
}

// hold records that n vanished files were kept, and why.
func (t *tally) hold(reasons []string, n int) {
	t.mu.Lock()
	t.rep.Held = append(t.rep.Held, reasons...)
	t.rep.Counts.Held += n
	t.mu.Unlock()
}

// repaired records damage found and repaired.
func (t *tally) repaired(msg string) {
	t.mu.Lock()
	t.rep.Repaired = append(t.rep.Repaired, msg)
	t.mu.Unlock()
}

func (t *tally) warn(msg string) {
	t.mu.Lock()
	t.rep.Warnings = append(t.rep.Warnings, msg)
	t.mu.Unlock()
}

// timed adds the time since start to a stage's busy time.
func (t *tally) timed(s stage, start time.Time) { t.busy[s].Add(int64(time.Since(start))) }

// progress is a snapshot for the Progress callback.
func (t *tally) progress(walking bool) ProgressStats {
	t.mu.Lock()
	c := t.rep.Counts
	t.mu.Unlock()
	return ProgressStats{Found: int(t.found.Load()), Expected: t.expected, Done: int(t.done.Load()),
		Extracted: c.Extracted, Failed: c.Failed, Walking: walking, Elapsed: time.Since(t.rep.Start)}
}

// report finishes the report: times, rates and sorted lists.
func (t *tally) report() *Report {
	t.mu.Lock()
	defer t.mu.Unlock()
	r := t.rep
	r.End = time.Now()
	r.Seconds = r.End.Sub(r.Start).Seconds()
	if r.Seconds > 0 {
		r.DocsPerSec = float64(r.Counts.Extracted+r.Counts.Reused) / r.Seconds
	}
	sec := func(s stage) float64 { return time.Duration(t.busy[s].Load()).Seconds() }
	r.Stages = StageTimes{Reconcile: sec(stageReconcile), Discover: sec(stageDiscover), Hash: sec(stageHash),
		Extract: sec(stageExtract), Write: sec(stageWrite), Commit: sec(stageCommit)}
	byPath := func(a, b Failure) int { return strings.Compare(a.Path, b.Path) }
	r.Failures = slices.Clone(r.Failures)
	r.Quarantined = slices.Clone(r.Quarantined)
	slices.SortFunc(r.Failures, byPath)
	slices.SortFunc(r.Quarantined, byPath)
	if r.Failures == nil {
		r.Failures = []Failure{}
	}
	if r.Quarantined == nil {
		r.Quarantined = []Failure{}
	}
	return &r
}
