package register

import (
	"context"
	"database/sql/driver"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestReliabilityRowChecksum checks that a value changed in a stored row
// without its checksum, as a flipped byte in the file changes it, fails
// every reader that answers from the row, and Check, with ErrDamaged (the
// readers' naming the remedy), rather than answer with the changed text;
// and that rows written by Put, first or again, read.
func TestReliabilityRowChecksum(t *testing.T) {
	ctx := context.Background()
	// In this order: put rewrites the rows of a meeting.
	readers := []struct {
		name string
		read func(*Register) error
	}{
		{"decisions", func(r *Register) error {
			ds, err := r.Decisions(ctx, Filter{})
			return answered(len(ds), err)
		}},
		{"case", func(r *Register) error {
			for _, n := range []string{"5/25", "10/25"} { // references, then an approved document
				if es, err := r.CaseHistory(ctx, n, ""); err != nil || len(es) == 0 {
					return answered(len(es), err)
				}
			}
			return nil
		}},
		{"person", func(r *Register) error {
			as, err := r.PersonHistory(ctx, "Kari Hansen")
			return answered(len(as), err)
		}},
		{"check", func(r *Register) error { return r.Check(ctx) }},
		{"put", func(r *Register) error { // re-derives the meeting of 2025-03-04 from its documents
			again := history()[0]
			again.Path = "m/2025-03-04.docx"
			return r.Put(ctx, []*doc.Record{again})
		}},
	}
	cases := []struct {
		name   string
		change string // SQL run on the register, leaving checksums as they are
		fail   []string
	}{
		{"no change", "", nil},
		{"rewritten by Put", "", nil},
		{"case decision", "UPDATE cases SET decision = 'Godkjent.' WHERE number = '5/25'", []string{"decisions", "case", "check"}},
		{"meeting body", "UPDATE meetings SET body = 'Driftsutvalgat' WHERE date = '2025-03-04'", []string{"decisions", "case", "person", "check"}},
		{"case source", "UPDATE case_sources SET page = 7", []string{"decisions", "check"}},
		{"attendee name", "UPDATE attendees SET name = 'Kari Hanssen' WHERE name = 'Kari Hansen'", []string{"person", "check"}},
		{"reference", "UPDATE case_refs SET text = 'Sak 5-26'", []string{"case", "check"}},
		{"document title", "UPDATE documents SET title = 'Rutine: Trygg lagring av journalar' WHERE format = 'docx'", []string{"case", "check"}},
		{"date", "UPDATE dates SET value = '2025-04-09'", []string{"case", "check"}},
		{"document source", "UPDATE documents SET source = substr(source, 1, 10) || x'ff' || substr(source, 12) WHERE path LIKE 'm/%'", []string{"put", "check"}},
		{"abbreviation", "UPDATE abbreviations SET long = 'x'", []string{"check"}},
		{"checksum", "UPDATE cases SET checksum = checksum + 1 WHERE number = '6/25'", []string{"decisions", "case", "check"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := openTemp(t)
			recs := history()
			recs[0].Text += "\nNorsk vannforvaltning (NVF) deltok."
			put(t, r, recs...)
			if tc.name == "rewritten by Put" {
				recs[0].Cases[0].Decision = "Planen godkjennes med endringer."
				put(t, r, recs[0])
			}
			if tc.change != "" {
				if _, err := r.db.Exec(tc.change); err != nil {
					t.Fatal(err)
				}
			}
			for _, rd := range readers {
				name, err := rd.name, rd.read(r)
				wantFail := slices.Contains(tc.fail, name)
				if wantFail != (err != nil) || (wantFail && !errors.Is(err, ErrDamaged)) {
					t.Errorf("%s: err %v, want failure %v", name, err, wantFail)
				}
				remedy := map[bool]string{true: "checksum", false: "motebok check --repair"}[name == "check"]
				if err != nil && !strings.Contains(err.Error(), remedy) {
					t.Errorf("%s: the error does not say %q: %v", name, remedy, err)
				}
			}
		})
	}
}

// answered is err, or an error when a reader found nothing.
func answered(n int, err error) error {
	if err == nil && n == 0 {
		return errors.New("no rows")
	}
	return err
}

// TestRowSum checks what the checksum tells apart: NULL from "", where one
// value ends and the next starts, a changed byte; and what it does not: an
// integer and its decimal text, which a column's affinity may turn into
// one another.
func TestRowSum(t *testing.T) {
	cases := []struct {
		a, b []driver.Value
		same bool
	}{
		{[]driver.Value{"ab", "c"}, []driver.Value{"ab", "c"}, true},
		{[]driver.Value{int64(5), "x"}, []driver.Value{"5", "x"}, true},
		{[]driver.Value{nil}, []driver.Value{""}, false},
		{[]driver.Value{"ab", "c"}, []driver.Value{"a", "bc"}, false},
		{[]driver.Value{"Vedtak"}, []driver.Value{"Vedtal"}, false},
		{[]driver.Value{strings.Repeat("x", 1000)}, []driver.Value{strings.Repeat("x", 999) + "y"}, false},
		{[]driver.Value{int64(1), int64(2)}, []driver.Value{int64(12)}, false},
	}
	for _, tc := range cases {
		if same := rowSum(tc.a) == rowSum(tc.b); same != tc.same {
			t.Errorf("rowSum(%q) == rowSum(%q): %v, want %v", tc.a, tc.b, same, tc.same)
		}
	}
}
