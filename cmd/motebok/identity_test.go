package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
)

// identityDir holds paraphrased documents whose identity is easy to get
// wrong: two election protocols of one body and date in two
// municipalities, two records of one meeting that disagree, and a name
// written surname first.
const identityDir = "../../testdata/identity"

// stem is a file's path without its extension: in these archives, the
// copies of one document and nothing else.
func stem(p string) string { return strings.TrimSuffix(p, filepath.Ext(p)) }

// TestIdentityArchive builds an archive of the sample corpus (DOCX, PDF
// and ODT copies), the identity fixtures and generated minutes, and checks
// that no register meeting and no search hit holds files of different
// documents, that every set of copies is one meeting and one hit, that the
// copies still give one row per case, and that status names the records
// that disagree.
func TestIdentityArchive(t *testing.T) {
	base := realDir(t)
	src, data := filepath.Join(base, "archive"), filepath.Join(base, "data")
	addCorpus(t, filepath.Join(src, "corpus"))
	fixtures, err := filepath.Glob(filepath.Join(identityDir, "*"))
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("no fixtures in %s: %v", identityDir, err)
	}
	for _, f := range fixtures {
		copyFile(t, f, filepath.Join(src, "identity", filepath.Base(f)))
	}
	addMinutes(t, filepath.Join(src, "generated"), 24, 10, true)
	ingest := mustMotebok(t, 0, "ingest", "--data", data, src)
	if !strings.Contains(ingest.stderr, "conflict: 2 records of meeting 2024-05-06|driftsutvalget disagree") {
		t.Errorf("ingest does not name the conflict:\n%s", ingest.stderr)
	}
	if again := mustMotebok(t, 0, "ingest", "--data", data, src); strings.Contains(again.stderr, "conflict") {
		t.Errorf("a run that wrote nothing names conflicts again (status lists them):\n%s", again.stderr)
	}
	writeFile(t, filepath.Join(src, "notat.txt"), []byte("Notat\n\nEt nytt dokument.\n"))
	if other := mustMotebok(t, 0, "ingest", "--data", data, src); strings.Contains(other.stderr, "conflict") {
		t.Errorf("a run that wrote another meeting's document names the conflict again (status lists it):\n%s", other.stderr)
	}
	minutes := filepath.Join(src, "identity", "referat-driftsutvalget-2024-05-06.md")
	b, err := os.ReadFile(minutes)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, minutes, append(b, '\n'))
	logged := mustMotebok(t, 0, "ingest", "--log-format", "json", "--data", data, src)
	if !strings.Contains(logged.stderr, `"meeting":"2024-05-06|driftsutvalget"`) {
		t.Errorf("a run that rewrote a document of the meeting does not log the conflict:\n%s", logged.stderr)
	}
	for _, l := range strings.Split(strings.TrimSpace(logged.stderr), "\n") {
		if !json.Valid([]byte(l)) {
			t.Errorf("--log-format json wrote a line that is not JSON: %q", l)
		}
	}

	checkMeetings(t, filepath.Join(data, "register.sqlite"), 30)
	checkHits(t, data)

	var ds []register.Decision
	decodeJSON(t, mustMotebok(t, 0, "decisions", "--data", data, "--format", "json", "--body", "normen"), &ds)
	perDay := map[string]int{}
	for _, d := range ds {
		perDay[d.MeetingDate]++
	}
	if perDay["2025-09-16"] != 6 || perDay["2025-12-02"] != 11 {
		t.Errorf("case rows per meeting %v, want 6 on 2025-09-16 and 11 on 2025-12-02", perDay)
	}

	var st struct {
		Conflicts []register.Conflict `json:"conflicts"`
	}
	decodeJSON(t, mustMotebok(t, 0, "status", "--data", data, "--json"), &st)
	if len(st.Conflicts) != 1 || st.Conflicts[0].Meeting != "2024-05-06|driftsutvalget" || len(st.Conflicts[0].Records) != 2 {
		t.Errorf("status conflicts = %+v, want the two records of Driftsutvalget 2024-05-06", st.Conflicts)
	}
	if out := mustMotebok(t, 0, "status", "--data", data).stdout; !strings.Contains(out, "conflict: 2 records of meeting 2024-05-06|driftsutvalget disagree") {
		t.Errorf("status text does not name the conflict:\n%s", out)
	}

	var as []register.Attendance
	decodeJSON(t, mustMotebok(t, 0, "person", "--data", data, "--json", "Kari Hansen"), &as)
	if len(as) != 3 {
		t.Errorf("Kari Hansen (also written Hansen Kari) attends %d meetings, want 3: %+v", len(as), as)
	}
}

// checkMeetings fails when a register meeting holds files of different
// documents or the copies of one document are in different meetings, or
// fewer than least documents have a meeting.
func checkMeetings(t *testing.T, path string, least int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT meeting_id, path FROM documents WHERE meeting_id IS NOT NULL")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	stemOf, meetingOf := map[int64]string{}, map[string]int64{}
	n := 0
	for rows.Next() {
		var id int64
		var p string
		if err := rows.Scan(&id, &p); err != nil {
			t.Fatal(err)
		}
		n++
		if s, ok := stemOf[id]; ok && s != stem(p) {
			t.Errorf("meeting %d holds %s and %s", id, s, stem(p))
		}
		if m, ok := meetingOf[stem(p)]; ok && m != id {
			t.Errorf("the copies of %s are in meetings %d and %d", stem(p), m, id)
		}
		stemOf[id], meetingOf[stem(p)] = stem(p), id
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n < least {
		t.Errorf("only %d documents have a meeting", n)
	}
}

// checkHits fails when a search hit lists another document under also, or
// the copies of one document are two hits.
func checkHits(t *testing.T, data string) {
	t.Helper()
	var res index.Result
	decodeJSON(t, mustMotebok(t, 0, "search", "--data", data, "--json", "--limit", "1000", everything), &res)
	hitOf := map[string]string{}
	for _, h := range res.Hits {
		if h.Case != "" {
			continue
		}
		for _, p := range h.Also {
			if stem(p) != stem(h.Path) {
				t.Errorf("hit %s lists %s under also", h.Path, p)
			}
		}
		if other, ok := hitOf[stem(h.Path)]; ok {
			t.Errorf("copies %s and %s are two hits", other, h.Path)
		}
		hitOf[stem(h.Path)] = h.Path
	}
}

// TestElectionProtocols ingests the 13 election-board protocols when
// $MOTEBOK_EXTERNAL holds them (make test-external): the stemmestyre of two
// municipalities on one day are two meetings, and no search hit lists
// another municipality's protocol under also.
func TestElectionProtocols(t *testing.T) {
	dir := filepath.Join(os.Getenv("MOTEBOK_EXTERNAL"), "minutes-valgstyret-elections-no")
	if _, err := os.Stat(dir); os.Getenv("MOTEBOK_EXTERNAL") == "" || err != nil {
		t.Skip("no election protocols under $MOTEBOK_EXTERNAL")
	}
	data := filepath.Join(realDir(t), "data")
	r := motebok(t, "ingest", "--data", data, dir)
	if r.code != 0 && r.code != 3 { // the scans without text fail
		t.Fatalf("ingest: %s", r)
	}
	checkMeetings(t, filepath.Join(data, "register.sqlite"), 10)
	for _, q := range []string{"valgstyret", "stemmestyret", everything} {
		var res index.Result
		decodeJSON(t, mustMotebok(t, 0, "search", "--data", data, "--json", "--limit", "100", q), &res)
		for _, h := range res.Hits {
			if len(h.Also) > 0 {
				t.Errorf("search %s: %s lists %v under also", q, h.Path, h.Also)
			}
		}
	}
	var lier, eigersund []register.Attendance
	decodeJSON(t, mustMotebok(t, 0, "person", "--data", data, "--json", "Ringstad Bjørn"), &lier)
	decodeJSON(t, mustMotebok(t, 0, "person", "--data", data, "--json", "Magnus Østebrød"), &eigersund)
	if len(lier) == 0 || len(eigersund) == 0 {
		t.Fatalf("a stemmestyre protocol is not read as minutes with attendees (Lier %d, Eigersund %d)", len(lier), len(eigersund))
	}
	if lier[0].Organization != "Lier kommune" || eigersund[0].Organization != "Eigersund kommune" {
		t.Errorf("the stemmestyre of Lier and Eigersund are not their municipalities' meetings: %+v, %+v", lier, eigersund)
	}
}
