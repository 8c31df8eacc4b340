package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/pipeline"
)

// TestIngestMixedArchive is issue 6 on a mixed archive: ingest exits 3,
// every good document is searchable, exported and in the register, every
// bad file is named with its reason; reruns retry only the bad files, which
// are quarantined after three failures and come back when they change.
// Files the run may not read are never quarantined: they are indexed once
// their permissions are fixed. Ingest exits 3 while any file is quarantined.
func TestIngestMixedArchive(t *testing.T) {
	m := newMixed(t)
	ingest := func(want int) result {
		t.Helper()
		return m.cli.mustRun(t, want, "ingest", "--data", m.data, m.root)
	}
	t.Logf("archive: %d good, %d repairable, %d bad files, %d unreadable folders, %d links and FIFOs; as another user: %v",
		len(m.good), len(m.either), len(m.bad), len(m.badDirs), len(m.skipped), m.cli.attr != nil)
	failing := m.checkFirstRun(t, ingest(3))
	indexed := m.wantIndexed(failing)
	for run := 2; run <= pipeline.DefaultMaxFailures; run++ {
		ingest(3)
		m.checkRetry(t, run, len(indexed), failing)
	}
	quarantined := map[string]bool{}
	for p := range failing {
		if !m.unread[p] {
			quarantined[p] = true
		}
	}
	st := status(t, m.cli, m.data)
	if d := sameKeys(failureMap(st.Quarantined), quarantined); d != "" || len(st.Failed) != len(m.unread) {
		t.Errorf("after %d runs, quarantine differs:%s\nstill failing: %+v", pipeline.DefaultMaxFailures, d, st.Failed)
	}

	m.repair(t)
	changed := filepath.Join(m.root, "hostile", "empty.pdf")
	writeFile(t, changed, minutesPDF(t, 3))
	delete(quarantined, changed)
	m.good[changed] = true
	ingest(3)
	m.checkRepaired(t, len(indexed), quarantined)
}

// checkFirstRun checks the first run's report, summary, status and stores,
// and returns the files that failed.
func (m *mixed) checkFirstRun(t *testing.T, r result) (failing map[string]bool) {
	rep := lastReport(t, m.data)
	failures := failureMap(rep.Failures)
	failing = map[string]bool{}
	for p, f := range failures {
		switch {
		case m.badDirs[p]:
			if !strings.Contains(f.Reason, "cannot read") {
				t.Errorf("unreadable folder %s: reason %q", p, f.Reason)
			}
		case m.bad[p] || m.either[p]:
			checkReason(t, p, f.Reason)
			failing[p] = true
		default:
			t.Errorf("%s failed but is good: %s", p, f.Reason)
		}
		m.checkSummaryLine(t, r.stderr, "failed", p)
	}
	for p := range m.bad {
		if !failing[p] {
			t.Errorf("bad file %s is not among the failures", p)
		}
	}
	for p := range m.badDirs {
		if _, ok := failures[p]; !ok {
			t.Errorf("unreadable folder %s is not among the failures", p)
		}
	}
	m.checkSkipped(t, rep, r.stderr)
	indexed := len(m.wantIndexed(failing))
	if c := rep.Counts; c.New != indexed || c.Failed != len(failures) || c.Changed+c.Unchanged+c.Deleted != 0 {
		t.Errorf("counts %+v: want %d new, %d failed", c, indexed, len(failures))
	}
	st := status(t, m.cli, m.data)
	if d := sameKeys(failureMap(st.Failed), failing); d != "" || st.Indexed != indexed || len(st.Quarantined) != 0 {
		t.Errorf("status: %d indexed (want %d), failing differs:%s", st.Indexed, indexed, d)
	}
	if d := sameKeys(failureMap(st.Unreadable), m.badDirs); d != "" {
		t.Errorf("status does not list the unreadable folders:%s", d)
	}
	if st.LastRun == nil || len(st.LastRun.Failures) != len(rep.Failures) {
		t.Errorf("status does not show the last run's %d failures: %+v", len(rep.Failures), st.LastRun)
	}
	m.checkStores(t, failing)
	return failing
}

// checkSkipped checks that every entry named like a document that is not a
// file is named in a warning of the report and the summary.
func (m *mixed) checkSkipped(t *testing.T, rep pipeline.Report, stderr string) {
	for p := range m.skipped {
		found := false
		for _, w := range rep.Warnings {
			found = found || strings.HasPrefix(w, p+": not indexed: ")
		}
		if !found || !strings.Contains(stderr, "warning: "+p+": not indexed: ") {
			t.Errorf("%s is not named in the warnings %q or the summary", p, rep.Warnings)
		}
	}
}

// checkSummaryLine checks that the summary on stderr names path under
// label once, without repeating the path in the reason.
func (m *mixed) checkSummaryLine(t *testing.T, stderr, label, path string) {
	prefix := "  " + label + ": " + path + ": "
	if !strings.Contains(stderr, prefix) || strings.Contains(stderr, prefix+path) {
		t.Errorf("summary lacks %q or repeats the path:\n%s", prefix, stderr)
	}
}

// checkRetry checks a rerun: only the failing files are tried again, and
// each has failed once more.
func (m *mixed) checkRetry(t *testing.T, run, indexed int, failing map[string]bool) {
	rep := lastReport(t, m.data)
	c := rep.Counts
	if c.Unchanged != indexed || c.New+c.Changed+c.Reextracted+c.Reused+c.Quarantined != 0 ||
		c.Failed != len(failing)+len(m.badDirs) || c.Extracted != len(failing)-len(m.unread) {
		t.Errorf("run %d counts %+v: want %d unchanged, %d failed, %d extracted, nothing else",
			run, c, indexed, len(failing)+len(m.badDirs), len(failing)-len(m.unread))
	}
	for p, f := range failureMap(rep.Failures) {
		want := run
		if m.unread[p] {
			want = 0 // the environment's fault: never counted
		}
		if failing[p] && f.Failures != want {
			t.Errorf("run %d: %s has %d consecutive failures, want %d", run, p, f.Failures, want)
		}
	}
}

// checkRepaired checks the run after the unreadable folder and file were
// opened and one quarantined file was replaced by a good document.
func (m *mixed) checkRepaired(t *testing.T, indexed int, quarantined map[string]bool) {
	rep := lastReport(t, m.data)
	fresh := len(m.wantIndexed(quarantined)) - indexed
	if c := rep.Counts; c.New != fresh || c.Extracted != fresh || c.Failed != 0 || c.Unchanged != indexed ||
		c.Quarantined != len(quarantined) {
		t.Errorf("after the repair, counts %+v: want %d new and extracted, %d quarantined, %d unchanged",
			c, fresh, len(quarantined), indexed)
	}
	if d := sameKeys(failureMap(rep.Quarantined), quarantined); d != "" {
		t.Errorf("quarantined files differ:%s", d)
	}
	m.checkStores(t, quarantined)
	if _, err := os.Stat(filepath.Join(m.data, "lock")); err == nil {
		t.Error("the lock is left behind")
	}
}

// failureMap indexes failures by path.
func failureMap(fs []pipeline.Failure) map[string]pipeline.Failure {
	m := make(map[string]pipeline.Failure, len(fs))
	for _, f := range fs {
		m[f.Path] = f
	}
	return m
}
