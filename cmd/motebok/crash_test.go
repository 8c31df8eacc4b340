//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/internal/synth"
)

// TestCrashConsistency kills ingests with SIGKILL at several points, on an
// archive that also changes between runs (files added, deleted, renamed and
// rewritten), then runs them to completion, and checks that the index,
// the register and the export are those of one clean run on a fresh data
// directory. Then it deletes the index and the register and checks that an
// ingest rebuilds both from the records directory.
func TestCrashConsistency(t *testing.T) {
	if testing.Short() {
		t.Skip("kills and reruns ingests for several seconds")
	}
	src, truths := sharedArchive(t)
	root, data, clean := realDir(t), filepath.Join(realDir(t), "data"), filepath.Join(realDir(t), "clean")
	for _, tr := range truths[:100] {
		copyFile(t, filepath.Join(src, tr.File), filepath.Join(root, tr.File))
	}
	landed := 0
	for i, kp := range killPoints {
		if i == 3 {
			changeArchive(t, src, root, truths)
		}
		if killAt(t, data, root, kp) {
			landed++
		}
	}
	if landed < len(killPoints)-1 {
		t.Errorf("only %d of %d kills landed before the run ended", landed, len(killPoints))
	}
	mustMotebok(t, 0, "ingest", "--data", data, root)
	again := mustMotebok(t, 0, "ingest", "--data", data, root)
	if c := lastReport(t, data).Counts; c.Extracted+c.Reused+c.New+c.Deleted != 0 {
		t.Errorf("a run after the recovery still did work: %+v\n%s", c, again.stderr)
	}
	checkNoLeftovers(t, data)
	began := time.Now()
	mustMotebok(t, 0, "ingest", "--data", clean, root)
	t.Logf("clean run: %v", time.Since(began).Round(time.Millisecond))
	want := view(t, clean)
	compareViews(t, "after the crashes", view(t, data), want)

	mustDo(t, os.RemoveAll(filepath.Join(data, "bleve")))
	mustDo(t, os.Remove(filepath.Join(data, "register.sqlite")))
	mustMotebok(t, 0, "ingest", "--data", data, root)
	if c := lastReport(t, data).Counts; c.Extracted != 0 {
		t.Errorf("rebuilding the stores extracted %d files; the records directory has them all", c.Extracted)
	}
	compareViews(t, "after rebuilding the index and the register", view(t, data), want)
}

// compareViews reports every answer of got that differs from want's.
func compareViews(t *testing.T, when string, got, want map[string]string) {
	t.Helper()
	for _, k := range keys(want) {
		if got[k] != want[k] {
			t.Errorf("%s %s differs from a clean run:\n%s", k, when, firstDiff(got[k], want[k]))
		}
	}
}

// checkNoLeftovers checks that the records directory holds one file per
// content the manifest lists, nothing half-written or orphaned, and that no
// lock is left.
func checkNoLeftovers(t *testing.T, data string) {
	ids := map[string]bool{}
	for _, rec := range exported(t, cli{}, data) {
		ids[rec.ID+".json.gz"] = true
	}
	names, err := os.ReadDir(filepath.Join(data, "records"))
	mustDo(t, err)
	files := map[string]bool{}
	for _, n := range names {
		files[n.Name()] = true
	}
	if d := sameKeys(files, ids); d != "" {
		t.Errorf("the records directory differs from the records in use:%s", d)
	}
	if exists(data, "lock")() {
		t.Error("a lock is left behind")
	}
}

// changeArchive turns the first archive into the final one: 50 files
// added, 10 deleted, 5 renamed and up to 5 rewritten with new content.
func changeArchive(t *testing.T, src, root string, truths []synth.Truth) {
	for _, tr := range truths[100:150] {
		copyFile(t, filepath.Join(src, tr.File), filepath.Join(root, tr.File))
	}
	spare := slices.Clone(truths[150:])
	for i, tr := range truths[:100] {
		p := filepath.Join(root, tr.File)
		switch {
		case i%10 == 3:
			mustDo(t, os.Remove(p))
		case i%20 == 5:
			mustDo(t, os.Rename(p, filepath.Join(filepath.Dir(p), "omdøpt-"+filepath.Base(p))))
		case i%20 == 7:
			if j := slices.IndexFunc(spare, func(s synth.Truth) bool { return s.Format == tr.Format }); j >= 0 {
				copyFile(t, filepath.Join(src, spare[j].File), p)
				spare = slices.Delete(spare, j, j+1)
			}
		}
	}
}

// view is what a data directory answers, normalised only where two data
// directories may legitimately differ: search results for several queries
// (without scores), every decision, the export (sorted)
// and the status without the path of the data directory and the last run.
func view(t *testing.T, data string) map[string]string {
	v := map[string]string{}
	for _, q := range [][]string{
		{everything, "--limit", "1000"},
		{"vedtak", "--limit", "30"},
		{`"referat fra møte"`, "--limit", "30"},
		{"budsjett~1 økonomi", "--limit", "30"},
		{"styringsgruppen", "--cases", "--limit", "30"},
		{"veileder", "--kind", "guide"},
		{"sak", "--from", "2023", "--to", "2024-06"},
	} {
		args := append(append([]string{"search", "--data", data, "--json"}, q[1:]...), q[0])
		v["search "+strings.Join(q, " ")] = withoutScores(t, mustMotebok(t, 0, args...))
	}
	v["decisions"] = mustMotebok(t, 0, "decisions", "--data", data, "--format", "json").stdout
	lines := strings.Split(mustMotebok(t, 0, "export", "--data", data, "--format", "jsonl").stdout, "\n")
	slices.Sort(lines)
	v["export"] = strings.Join(lines, "\n")
	st := status(t, cli{}, data)
	st.DataDir, st.LastRun, st.History = "", nil, nil
	b, err := json.MarshalIndent(st, "", " ")
	mustDo(t, err)
	v["status"] = string(b)
	return v
}

// withoutScores is a search's JSON without the scores. Scores of an index
// that has seen deletions differ from those of a fresh one, crash or not:
// words of deleted or replaced documents stay in Bleve's term dictionary
// until their segment is merged away, and the query-time expansions (fuzzy,
// compounds) add clauses for them. The hits, their order, fragments, totals
// and facets must not differ.
func withoutScores(t *testing.T, r result) string {
	var res index.Result
	decodeJSON(t, r, &res)
	for i := range res.Hits {
		res.Hits[i].Score = 0
	}
	b, err := json.MarshalIndent(res, "", " ")
	mustDo(t, err)
	return string(b)
}

// firstDiff shows where two outputs part.
func firstDiff(got, want string) string {
	i := 0
	for i < min(len(got), len(want)) && got[i] == want[i] {
		i++
	}
	from := max(0, i-200)
	return fmt.Sprintf("at byte %d of %d/%d:\n  got:  …%s\n  want: …%s", i, len(got), len(want),
		got[from:min(len(got), i+200)], want[from:min(len(want), i+200)])
}
