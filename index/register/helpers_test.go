package register

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// openTemp opens a fresh register in a temporary directory.
func openTemp(t testing.TB) (*Register, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "DATA", "register.sqlite")
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, path
}

// fixtures loads testdata/records, keyed by record path.
func fixtures(t testing.TB) map[string]*doc.Record {
	t.Helper()
	files, err := filepath.Glob("testdata/records/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	out := map[string]*doc.Record{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rec doc.Record
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[rec.Path] = &rec
	}
	return out
}

// sortedRecords returns the records of m in path order.
func sortedRecords(m map[string]*doc.Record) []*doc.Record {
	var out []*doc.Record
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, m[k])
	}
	return out
}

func put(t testing.TB, r *Register, recs ...*doc.Record) {
	t.Helper()
	if err := r.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
}

func decisions(t testing.TB, r *Register, f Filter) []Decision {
	t.Helper()
	ds, err := r.Decisions(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// snapshotTables are dumped whole by snapshot, rows in a fixed order.
var snapshotTables = []string{"documents", "dates", "meetings", "attendees", "cases", "case_sources", "case_refs"}

// snapshot renders every stored row, so that two registers can be compared
// for equality.
func snapshot(t testing.TB, r *Register) string {
	t.Helper()
	var b strings.Builder
	for _, table := range snapshotTables {
		rows, err := r.db.Query("SELECT * FROM " + table + " ORDER BY 1, 2")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %q\n", table, vals)
		}
		rows.Close()
	}
	return b.String()
}

// count returns the number of rows query finds.
func count(t testing.TB, r *Register, query string, args ...any) int {
	t.Helper()
	var n int
	if err := r.db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func itoa(n int) string { return fmt.Sprint(n) }
