package register

import (
	"context"
	"testing"

	"github.com/motebok/motebok/extractors/ident"
)

// TestCaseID checks the layout of a case's id: its meeting's high bits,
// its key's low bits, and each probe the next id of the meeting's range.
func TestCaseID(t *testing.T) {
	const mask = 1<<caseBits - 1
	meeting := ident.ID("2025-03-04|styret")
	tests := []struct {
		key   string
		probe int64
	}{{"2025-03-04|styret|1/25", 0}, {"2025-03-04|styret|2/25", 0}, {"2025-03-04|styret|2/25", 1}, {"2025-03-04|styret|2/25", mask + 1}}
	for _, tt := range tests {
		id := caseID(meeting, tt.key, tt.probe)
		if id <= 0 || id&^mask != meeting&^mask {
			t.Errorf("caseID(%x, %q, %d) = %x: not in the meeting's range", meeting, tt.key, tt.probe, id)
		}
		if want := (ident.ID(tt.key) + tt.probe) & mask; id&mask != want {
			t.Errorf("caseID(%x, %q, %d) low bits %x, want %x", meeting, tt.key, tt.probe, id&mask, want)
		}
	}
	if caseID(meeting, "a", 0) == caseID(meeting, "a", 1) {
		t.Error("a probe gives the same id")
	}
}

// TestCaseIDTaken puts a meeting whose case's first id another case has:
// the case takes the next id of its meeting's range, and both stay.
func TestCaseIDTaken(t *testing.T) {
	ctx := context.Background()
	r, _ := openTemp(t)
	a := minutes("a.pdf", "", "Styret", "2025-01-07", []string{"Kari Hansen"}, "1/25")
	b := minutes("b.pdf", "", "Rådet", "2025-02-04", []string{"Per Olsen"}, "7/25")
	put(t, r, a, b)
	var meetingB int64
	var keyB string
	if err := r.db.QueryRow("SELECT meeting_id, key FROM cases WHERE number = '7/25'").Scan(&meetingB, &keyB); err != nil {
		t.Fatal(err)
	}
	if err := r.Delete(ctx, []string{"b.pdf"}); err != nil {
		t.Fatal(err)
	}
	// Give a's case the id b's case takes first.
	c, err := r.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	taken := caseID(meetingB, keyB, 0)
	for _, s := range []struct {
		q    string
		args []any
	}{
		{"PRAGMA foreign_keys = 0", nil},
		{"UPDATE case_sources SET case_id = ? WHERE case_id = (SELECT id FROM cases WHERE number = '1/25')", []any{taken}},
		{"UPDATE cases SET id = ? WHERE number = '1/25'", []any{taken}},
		{"PRAGMA foreign_keys = 1", nil},
	} {
		if _, err := c.ExecContext(ctx, s.q, s.args...); err != nil {
			t.Fatal(s.q, err)
		}
	}
	c.Close()

	put(t, r, b)
	got := map[string]int64{}
	rows, err := r.db.Query("SELECT number, id FROM cases")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var n string
		var id int64
		if err := rows.Scan(&n, &id); err != nil {
			t.Fatal(err)
		}
		got[n] = id
	}
	if want := map[string]int64{"1/25": caseID(meetingB, keyB, 0), "7/25": caseID(meetingB, keyB, 1)}; len(got) != 2 || got["1/25"] != want["1/25"] || got["7/25"] != want["7/25"] {
		t.Errorf("case ids %x, want %x", got, want)
	}
}
