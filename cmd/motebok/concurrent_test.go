package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/pipeline"
)

// TestConcurrentIngest checks that while an ingest runs, a second one on
// the same data directory is refused with a message naming the first and a
// non-zero exit, and that search, decisions and status keep answering. The
// archive is the shared one four times over: more files than one batch
// holds, and a run long enough for several rounds of readers, each of which
// may wait for the writer to let go of the index (index.Writer).
func TestConcurrentIngest(t *testing.T) {
	src, truths := sharedArchive(t)
	root := realDir(t)
	copies := []string{"a", "b", "c", "d"}
	for _, copy := range copies {
		for _, tr := range truths {
			copyFile(t, filepath.Join(src, tr.File), filepath.Join(root, copy, tr.File))
		}
	}
	data := filepath.Join(realDir(t), "data")
	// One worker and small batches: a long run whose early batches readers
	// see, however fast or loaded the machine.
	first := cli{}.start(t, "ingest", "--data", data, "--workers", "1", "--batch", "20", root)
	if !first.await(exists(data, "lock")) {
		t.Fatalf("the ingest ended before taking its lock: %s", first.wait(t))
	}
	began := time.Now()
	second := motebok(t, "ingest", "--data", data, root)
	t.Logf("the second ingest was refused after %v", time.Since(began).Round(time.Millisecond))
	for _, want := range []string{"is locked by PID " + strconv.Itoa(first.proc.Pid), "another ingest is running", "motebok unlock"} {
		if second.code != 1 || !strings.Contains(second.stderr, want) {
			t.Errorf("second ingest: want exit 1 and %q, got %s", want, second)
		}
	}
	rounds, full, slowest := 0, 0, time.Duration(0)
	for ; first.running(); rounds++ {
		t0 := time.Now()
		if checkReaders(t, data, first.proc.Pid) && first.running() {
			full++
		}
		slowest = max(slowest, time.Since(t0))
	}
	if r := first.wait(t); r.code != 0 {
		t.Fatalf("first ingest: %s", r)
	}
	t.Logf("%d rounds of search, decisions and status during the ingest, %d after its first batch, the slowest %v; ingest %v",
		rounds, full, slowest.Round(time.Millisecond), time.Since(began).Round(time.Millisecond))
	if rounds < 2 || full == 0 {
		t.Errorf("too few queries ran during the ingest to tell")
	}
	if n := len(searchPaths(t, cli{}, data, everything)); n != len(copies)*len(truths) {
		t.Errorf("after the ingest, search finds %d files, want %d", n, len(copies)*len(truths))
	}
}

// checkReaders runs search, decisions and status once against a data
// directory an ingest is writing, checks each answers sensibly, and reports
// whether they found documents. Before the first batch is stored they find
// none.
func checkReaders(t *testing.T, data string, pid int) (found bool) {
	t.Helper()
	var res index.Result
	decodeJSON(t, mustMotebok(t, 0, "search", "--data", data, "--json", "--limit", "5", everything), &res)
	var ds []register.Decision
	decodeJSON(t, mustMotebok(t, 0, "decisions", "--data", data, "--format", "json", "--limit", "5"), &ds)
	var st pipeline.StatusInfo
	decodeJSON(t, mustMotebok(t, 0, "status", "--data", data, "--json"), &st)
	if st.Lock != nil && st.Lock.PID != pid {
		t.Errorf("status names PID %d as the running ingest, want %d", st.Lock.PID, pid)
	}
	if len(res.Hits) != min(int(res.Total), 5) {
		t.Errorf("search during the ingest: %d hits of %d", len(res.Hits), res.Total)
	}
	return res.Total > 0 && len(ds) > 0 && st.Indexed > 0 && st.Lock != nil
}
