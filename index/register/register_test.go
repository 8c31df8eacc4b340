package register

import (
	"context"
	"database/sql"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

const (
	docx = "referat-styringsgruppen-2025-09-16.docx"
	pdf  = "referat-styringsgruppen-2025-09-16.pdf"
	odt  = "referat-styringsgruppen-2025-09-16.odt"
)

func TestOpenSchema(t *testing.T) {
	r, path := openTemp(t)
	if got := count(t, r, "PRAGMA user_version"); got != schemaVersion {
		t.Errorf("user_version = %d, want %d", got, schemaVersion)
	}
	if !r.Created() {
		t.Error("a new register does not say it was created")
	}
	if got := count(t, r, "PRAGMA page_size"); got != pageSize {
		t.Errorf("page_size = %d, want %d", got, pageSize)
	}
	var mode string
	if err := r.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	put(t, r, sortedRecords(fixtures(t))...)
	r.Close()

	r2, err := Open(path) // reopening must not re-apply the schema
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, r2, "SELECT count(*) FROM documents"); n != len(fixtures(t)) || r2.Created() {
		t.Errorf("after reopen: %d documents, created %v", n, r2.Created())
	}
	if _, err := r2.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	r2.Close()
	for name, open := range map[string]func(string) (*Register, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		if _, err := open(path); !errors.Is(err, ErrSchema) {
			t.Errorf("%s of a newer register: %v, want ErrSchema", name, err)
		}
	}
	if _, err := OpenReadOnly(filepath.Join(t.TempDir(), "missing.sqlite")); err == nil {
		t.Error("OpenReadOnly of a missing file succeeded")
	}
}

func TestPutRejectsRecordWithoutPath(t *testing.T) {
	r, _ := openTemp(t)
	for name, recs := range map[string][]*doc.Record{"nil": {nil}, "empty path": {{ID: "x"}}} {
		if err := r.Put(context.Background(), recs); err == nil {
			t.Errorf("%s: Put succeeded", name)
		}
	}
}

// TestThreeCopiesOneRow stores the DOCX, PDF and ODT of one meeting and
// expects one meeting, one row per case with three sources, and the
// documented choice of source per case.
func TestThreeCopiesOneRow(t *testing.T) {
	r, _ := openTemp(t)
	fx := fixtures(t)
	put(t, r, fx[docx], fx[pdf], fx[odt])

	if n := count(t, r, "SELECT count(*) FROM meetings"); n != 1 {
		t.Fatalf("%d meetings, want 1", n)
	}
	var body, place, path string
	if err := r.db.QueryRow("SELECT body, place, path FROM meetings").Scan(&body, &place, &path); err != nil {
		t.Fatal(err)
	}
	if body != fx[pdf].Meeting.Body || place != fx[docx].Meeting.Place || path != pdf {
		t.Errorf("meeting = %q, %q, %q: want PDF body, DOCX place (PDF has none), PDF path", body, place, path)
	}
	if n := count(t, r, "SELECT count(*) FROM attendees WHERE path = ?", pdf); n != len(fx[pdf].Attendees) {
		t.Errorf("%d attendees from the PDF, want its %d", n, len(fx[pdf].Attendees))
	}

	ds := decisions(t, r, Filter{})
	if len(ds) != len(fx[pdf].Cases) {
		t.Fatalf("%d rows, want %d", len(ds), len(fx[pdf].Cases))
	}
	want := map[string]string{
		"19/25": pdf,
		"21/25": pdf,  // the DOCX draft has no decision yet
		"22/25": docx, // the PDF lost the decision; DOCX outranks ODT
	}
	for _, d := range ds {
		if !slices.Equal(d.Paths, []string{docx, odt, pdf}) {
			t.Errorf("%s: paths %v", d.Number, d.Paths)
		}
		if w, ok := want[ident.CaseKey(d.Number)]; ok && d.Path != w {
			t.Errorf("%s taken from %s, want %s", d.Number, d.Path, w)
		}
	}
}

func TestIdempotent(t *testing.T) {
	r, _ := openTemp(t)
	recs := sortedRecords(fixtures(t))
	put(t, r, recs...)
	once := snapshot(t, r)
	put(t, r, recs...)
	if twice := snapshot(t, r); twice != once {
		t.Errorf("second Put changed the register:\n%s\nvs\n%s", once, twice)
	}
}

// TestOrderIndependent stores the same records in different orders and
// batchings and expects identical registers, row ids included.
func TestOrderIndependent(t *testing.T) {
	recs := append(sortedRecords(fixtures(t)), synthRecords(60, 4, 3, 7)...)
	invalid := *recs[len(recs)-1] // invalid UTF-8 must not make the result depend on batching
	invalid.Path, invalid.Format = "ugyldig.odt", "odt"
	invalid.Cases = []doc.Case{{Number: "999/99", Title: "\xc3 ugyldig", Decided: true}}
	recs = append(recs, &invalid)
	ref, _ := openTemp(t)
	put(t, ref, recs...)
	want := snapshot(t, ref)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 4 {
		perm := slices.Clone(recs)
		rng.Shuffle(len(perm), func(a, b int) { perm[a], perm[b] = perm[b], perm[a] })
		r, _ := openTemp(t)
		for batch := range slices.Chunk(perm, 1+i*7) {
			put(t, r, batch...)
		}
		if got := snapshot(t, r); got != want {
			t.Errorf("order %d: registers differ", i)
		}
	}
}

func TestDelete(t *testing.T) {
	r, _ := openTemp(t)
	fx := fixtures(t)
	put(t, r, sortedRecords(fx)...)
	ctx := context.Background()

	if err := r.Delete(ctx, []string{pdf, "not/stored.pdf"}); err != nil {
		t.Fatal(err)
	}
	ds := decisions(t, r, Filter{Case: "19/25"})
	if len(ds) != 1 || !slices.Equal(ds[0].Paths, []string{docx, odt}) || ds[0].Path != docx {
		t.Fatalf("after deleting the PDF: %+v", ds)
	}
	if n := count(t, r, "SELECT count(*) FROM attendees WHERE path = ?", pdf); n != 0 {
		t.Errorf("%d attendees still from the deleted PDF", n)
	}

	if err := r.Delete(ctx, []string{docx, odt}); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"meetings", "cases", "attendees"} {
		q := "SELECT count(*) FROM " + table + " WHERE path LIKE 'referat-styringsgruppen-2025-09-16%'"
		if n := count(t, r, q); n != 0 {
			t.Errorf("%s: %d rows left of the deleted meeting", table, n)
		}
	}
	if n := count(t, r, "SELECT count(*) FROM case_sources"); n != len(fx["referat-styringsgruppen-2025-12-02.pdf"].Cases) {
		t.Errorf("%d case sources left, want those of the other meeting", n)
	}
	paths, err := r.Paths(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"referat-styringsgruppen-2025-12-02.pdf", "veileder-integritet-v1.pdf"}; !slices.Equal(paths, want) {
		t.Errorf("Paths = %v, want %v", paths, want)
	}
	if n, err := r.Count(ctx); err != nil || n != len(paths) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(paths))
	}
}

// TestMovedMeeting re-stores a document whose meeting date was corrected:
// the old meeting must go.
func TestMovedMeeting(t *testing.T) {
	r, _ := openTemp(t)
	rec := *fixtures(t)[pdf]
	put(t, r, &rec)
	m := *rec.Meeting
	m.Date = "2025-09-17"
	rec.Meeting = &m
	put(t, r, &rec)
	var date string
	if err := r.db.QueryRow("SELECT group_concat(date) FROM meetings").Scan(&date); err != nil || date != "2025-09-17" {
		t.Errorf("meeting dates = %q, %v; want only 2025-09-17", date, err)
	}
}

func TestDocumentWithoutMeeting(t *testing.T) {
	r, _ := openTemp(t)
	g := fixtures(t)["veileder-integritet-v1.pdf"]
	put(t, r, g)
	if n := count(t, r, "SELECT count(*) FROM documents WHERE meeting_id IS NULL AND kind = 'guide'"); n != 1 {
		t.Errorf("%d guide rows without meeting, want 1", n)
	}
	if n := count(t, r, "SELECT count(*) FROM dates WHERE path = ?", g.Path); n != len(g.Dates) {
		t.Errorf("%d dates, want %d", n, len(g.Dates))
	}
	if n := count(t, r, "SELECT count(*) FROM meetings"); n != 0 {
		t.Errorf("%d meetings from a guide", n)
	}
}

// TestOpenOlderSchema checks that a register of an older version is
// emptied and created anew, and says so (the pipeline then puts its
// records again), and that OpenReadOnly refuses it meanwhile.
func TestOpenOlderSchema(t *testing.T) {
	r, path := openTemp(t)
	put(t, r, sortedRecords(fixtures(t))...)
	for _, q := range []string{"DROP VIEW case_links", "DROP INDEX meetings_body", "ALTER TABLE meetings DROP COLUMN body_id",
		"CREATE VIEW old_view AS SELECT 1", "PRAGMA user_version = 1"} {
		if _, err := r.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	r.Close()
	if _, err := OpenReadOnly(path); !errors.Is(err, ErrSchema) || !strings.Contains(err.Error(), "the next ingest upgrades it") {
		t.Errorf("OpenReadOnly of an older register: %v, want ErrSchema saying what upgrades it", err)
	}
	r2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	if got := count(t, r2, "PRAGMA user_version"); got != schemaVersion {
		t.Errorf("user_version = %d, want %d", got, schemaVersion)
	}
	if n := count(t, r2, "SELECT count(*) FROM documents"); n != 0 || !r2.Created() {
		t.Errorf("%d documents left from the older schema, created %v", n, r2.Created())
	}
	put(t, r2, sortedRecords(fixtures(t))...)
	count(t, r2, "SELECT count(*) FROM case_links") // the new schema's view exists
	if n := count(t, r2, "SELECT count(*) FROM sqlite_schema WHERE name = 'old_view'"); n != 0 {
		t.Error("the older schema's view is left")
	}
}

// TestOpenVersion4 checks the upgrade from schema version 4
// (testdata/schema-v4.sql): Open empties the register and says so, rewrites
// the file with the current page size and without the old rows' pages
// unless another process has it open, and the records put again give the
// register a new file gets.
func TestOpenVersion4(t *testing.T) {
	want := func() string {
		r, _ := openTemp(t)
		put(t, r, sortedRecords(fixtures(t))...)
		return snapshot(t, r)
	}()
	for _, tc := range []struct {
		name     string
		reader   bool // another connection has the file open
		pageSize int
	}{
		{"alone", false, pageSize},
		{"with a reader", true, 4096},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeVersion4(t)
			before := fileSize(t, path)
			if tc.reader {
				db, err := sql.Open("sqlite", dsn(path, "query_only(1)"))
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				count(t, &Register{db: db}, "SELECT count(*) FROM documents") // keeps the connection open
			}
			r, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if !r.Created() || count(t, r, "SELECT count(*) FROM documents") != 0 {
				t.Fatalf("created %v, %d documents: want an empty new register", r.Created(), count(t, r, "SELECT count(*) FROM documents"))
			}
			if got := count(t, r, "PRAGMA page_size"); got != tc.pageSize {
				t.Errorf("page size %d, want %d", got, tc.pageSize)
			}
			if shrunk := fileSize(t, path) < before/4; shrunk != !tc.reader {
				t.Errorf("file %d bytes, %d before; want it rewritten %v", fileSize(t, path), before, !tc.reader)
			}
			put(t, r, sortedRecords(fixtures(t))...)
			if got := snapshot(t, r); got != want {
				t.Errorf("refilled register differs from a new one:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// writeVersion4 writes a register of schema version 4 with 1,000 documents
// of 2 KB each, as a build of that version left it.
func writeVersion4(t *testing.T) string {
	t.Helper()
	schema, err := os.ReadFile("testdata/schema-v4.sql")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "register.sqlite")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"PRAGMA page_size = 4096", "PRAGMA journal_mode = wal", string(schema),
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
		INSERT INTO documents (path, id, format, kind, title, language, author, created, modified,
			title_key, organization, source, checksum)
		SELECT 'doc' || i, '', 'txt', 'other', '', '', '', '', '', '', '', randomblob(2000), 0 FROM n`,
		"PRAGMA user_version = 4", "PRAGMA wal_checkpoint(TRUNCATE)"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	return path
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// TestOpenVersion5 checks the upgrade from schema version 5, whose
// indexes of meetings by body and of documents by meeting held the name
// and the meeting only: Open replaces them and keeps every row; then
// identifying a body searches by name and organisation, and finding a
// meeting's minutes reads the index alone.
func TestOpenVersion5(t *testing.T) {
	r, path := openTemp(t)
	put(t, r, sortedRecords(fixtures(t))...)
	want := snapshot(t, r)
	for _, q := range []string{"DROP INDEX meetings_body", "CREATE INDEX meetings_body ON meetings(body_key)",
		"DROP INDEX documents_meeting", "CREATE INDEX documents_meeting ON documents(meeting_id)", "PRAGMA user_version = 5"} {
		if _, err := r.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.Created() {
		t.Error("the register was created anew")
	}
	if v := count(t, r, "PRAGMA user_version"); v != schemaVersion {
		t.Errorf("version %d, want %d", v, schemaVersion)
	}
	if got := snapshot(t, r); got != want {
		t.Errorf("upgraded register differs:\n%s\nwant:\n%s", got, want)
	}
	for _, tc := range []struct {
		query string
		args  []any
		want  string
	}{
		{identifyBody, []any{"id", "org", "body"}, "USING INDEX meetings_body (body_key=? AND org_key=?)"},
		{"SELECT 1 FROM documents WHERE meeting_id = ? AND kind = 'minutes'", []any{1}, "USING COVERING INDEX documents_meeting (meeting_id=? AND kind=?)"},
	} {
		var plan string
		if err := r.db.QueryRow("EXPLAIN QUERY PLAN "+tc.query, tc.args...).Scan(new(int), new(int), new(int), &plan); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(plan, tc.want) {
			t.Errorf("%.40s: %s, want %s", tc.query, plan, tc.want)
		}
	}
}

// TestRebuildAsFresh changes, step by step, the documents of one meeting
// and compares the register after each step with one that stored the
// documents of that step at once: a re-derived meeting must leave no row
// of what is gone.
func TestRebuildAsFresh(t *testing.T) {
	const body, date = "Driftsutvalget", "2024-05-06"
	people := []string{"Kari Hansen", "Nils Berg", "Per Olsen"}
	docx := minutes("du/referat.docx", "", body, date, people, "12/24", "13/24", "14/24")
	docx.Cases[0].Discussion = "Saken henger sammen med sak 5/24 og sak 6/24."
	pdf := minutes("du/referat.pdf", "", body, date, people, "12/24", "13/24", "14/24")
	pdf.Cases[0].Discussion = docx.Cases[0].Discussion
	other := minutes("du/protokoll.odt", "", body, date, []string{"Liv Myhre", "Ola Dahl"}, "7/24")
	shorter := *docx // a case, an attendee and a reference fewer
	shorter.Cases = slices.Clone(docx.Cases[:2])
	shorter.Cases[0].Discussion = "Saken henger sammen med sak 5/24."
	shorter.Attendees = docx.Attendees[:2]
	steps := []struct {
		name string
		put  []*doc.Record
		del  []string
	}{
		{"two copies and another record", []*doc.Record{docx, pdf, other}, nil},
		{"a copy loses a case, an attendee and a reference", []*doc.Record{&shorter}, nil},
		{"the other copy does too", []*doc.Record{withPath(&shorter, "du/referat.pdf", "pdf")}, nil},
		{"a copy is gone", nil, []string{"du/referat.pdf"}},
		{"a record is gone", nil, []string{"du/protokoll.odt"}},
		{"the copy comes back whole", []*doc.Record{pdf}, nil},
		{"the meeting is gone", nil, []string{"du/referat.docx", "du/referat.pdf"}},
	}
	r, _ := openTemp(t)
	held := map[string]*doc.Record{}
	for _, st := range steps {
		put(t, r, st.put...)
		if len(st.del) > 0 {
			if err := r.Delete(context.Background(), st.del); err != nil {
				t.Fatal(err)
			}
		}
		for _, rec := range st.put {
			held[rec.Path] = rec
		}
		for _, p := range st.del {
			delete(held, p)
		}
		fresh, _ := openTemp(t)
		put(t, fresh, sortedRecords(held)...)
		if got, want := snapshot(t, r), snapshot(t, fresh); got != want {
			t.Errorf("%s: the register differs from one that stored the documents at once:\n got %s\nwant %s", st.name, got, want)
		}
	}
}

// withPath is a copy of rec under another path and format.
func withPath(rec *doc.Record, path, format string) *doc.Record {
	c := *rec
	c.Path, c.Format = path, format
	return &c
}
