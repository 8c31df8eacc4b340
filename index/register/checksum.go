package register

import (
	"context"
	"database/sql/driver"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"slices"
	"strconv"
	"strings"

	"modernc.org/sqlite"
)

// Row checksums. PRAGMA quick_check sees the structure of the file, not a
// changed byte inside a stored text, so every row the documents fill
// carries in its column checksum the CRC-32C of its other columns. The
// same SQL function computes it when the row is written and when it is
// read: a reader that finds a row whose checksum does not match fails with
// an error wrapping ErrDamaged rather than answer with altered text, and
// Check verifies every row.
const rowSumFunc = "motebok_row_sum"

func init() {
	sqlite.MustRegisterFunction(rowSumFunc, &sqlite.FunctionImpl{
		NArgs: -1, Deterministic: true, VolatileArgs: true, // rowSum keeps no argument
		Scalar: func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			return rowSum(args), nil
		},
	})
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// rowSum is the CRC-32C of the values, each as a marker (NULL or not), its
// length and its text. An integer counts as its decimal text, so that the
// type affinity of a column, which may turn a bound 5 into the text "5" or
// back, does not change the sum.
func rowSum(values []driver.Value) int64 {
	var buf [256]byte
	crc := uint32(0)
	for _, v := range values {
		var s string
		switch v := v.(type) {
		case nil:
			buf[0] = 0
			crc = crc32.Update(crc, castagnoli, buf[:1])
			continue
		case string:
			s = v
		case []byte:
			s = string(v)
		case int64:
			s = strconv.FormatInt(v, 10)
		default:
			s = fmt.Sprint(v)
		}
		head := binary.AppendUvarint(append(buf[:0], 1), uint64(len(s)))
		crc = crc32.Update(crc, castagnoli, head)
		for len(s) > 0 { // in pieces, so that no copy of a long text is made
			n := copy(buf[:], s)
			crc = crc32.Update(crc, castagnoli, buf[:n])
			s = s[n:]
		}
	}
	return int64(crc)
}

// summed is a table whose rows carry a checksum of cols.
type summed struct {
	name string
	cols []string
	key  string // the column, or columns, that name a row in a message
}

// The tables of schema.sql whose rows come from the documents; body_aliases
// is the user's alias file, written anew by every ingest.
var (
	documentsTable = summed{"documents", []string{"path", "id", "format", "kind", "title", "title_key",
		"language", "author", "created", "modified", "organization", "meeting_key", "meeting_id", "source"}, "path"}
	meetingsTable = summed{"meetings", []string{"id", "key", "base_key", "organization", "org_key",
		"body", "body_key", "body_id", "date", "start_time", "end_time", "place", "path"}, "key"}
	abbreviationsTable = summed{"abbreviations", []string{"path", "short", "long"}, "path"}
	attendeesTable     = summed{"attendees", []string{"meeting_id", "seq", "path", "name", "name_key",
		"organization", "role", "status", "replaces", "note", "page"}, "path"}
	casesTable = summed{"cases", []string{"id", "meeting_id", "key", "number", "number_key", "sort_key",
		"title", "type", "archive_number", "proposal", "decision", "decision_as_written", "decided",
		"discussion", "speakers", "conflicts", "vote_unanimous", "vote_for", "vote_against", "vote_text",
		"page", "path", "search_text"}, "key"}
	caseSourcesTable = summed{"case_sources", []string{"case_id", "path", "page"}, "path"}
	caseRefsTable    = summed{"case_refs", []string{"case_id", "to_key", "text", "path", "page"}, "path"}
	datesTable       = summed{"dates", []string{"path", "seq", "text", "value", "grain", "start_time", "end_time"}, "path"}

	summedTables = []summed{documentsTable, meetingsTable, abbreviationsTable, attendeesTable,
		casesTable, caseSourcesTable, caseRefsTable, datesTable}
)

// insert is an INSERT of every column of t, bound in the order of t.cols
// (?1, ?2, ...), with the checksum of those values.
func (t summed) insert() string {
	params := make([]string, len(t.cols))
	for i := range t.cols {
		params[i] = "?" + strconv.Itoa(i+1)
	}
	return fmt.Sprintf("INSERT INTO %s (%s, checksum) VALUES (%s, %s(%[3]s))",
		t.name, strings.Join(t.cols, ", "), strings.Join(params, ", "), rowSumFunc)
}

// upsert is insert that, when a row with the same key (conflict: its
// column or columns) exists, replaces all its columns, unless they and
// the checksum already hold what the insert would write: a row as it was
// is not written again, and a damaged one is.
func (t summed) upsert(conflict string) string {
	key := map[string]bool{}
	for _, c := range strings.Split(conflict, ",") {
		key[strings.TrimSpace(c)] = true
	}
	var sets, held, fresh []string
	for _, c := range append(slices.Clip(t.cols), "checksum") {
		held = append(held, t.name+"."+c)
		fresh = append(fresh, "excluded."+c)
		if !key[c] {
			sets = append(sets, c+" = excluded."+c)
		}
	}
	return fmt.Sprintf("%s ON CONFLICT(%s) DO UPDATE SET %s WHERE (%s) IS NOT (%s)", t.insert(), conflict,
		strings.Join(sets, ", "), strings.Join(held, ", "), strings.Join(fresh, ", "))
}

// update is an UPDATE that sets column col to ?1, and the checksum to
// match, in the rows where holds; its own parameters start at ?2.
func (t summed) update(col, where string) string {
	return fmt.Sprintf("UPDATE %s SET %s = ?1, checksum = %s WHERE %s",
		t.name, col, t.sum("", map[string]string{col: "?1"}), where)
}

// sum is the SQL expression of the checksum of a row of t aliased as
// alias ("" for none), with the expressions of subst in place of those
// columns.
func (t summed) sum(alias string, subst map[string]string) string {
	args := make([]string, len(t.cols))
	for i, c := range t.cols {
		switch {
		case subst[c] != "":
			args[i] = subst[c]
		case alias != "":
			args[i] = alias + "." + c
		default:
			args[i] = c
		}
	}
	return rowSumFunc + "(" + strings.Join(args, ", ") + ")"
}

// intact is the SQL expression, true or false, of whether the row of t
// aliased as alias matches its checksum.
func (t summed) intact(alias string) string {
	return "(" + t.sum(alias, nil) + " = " + alias + ".checksum)"
}

// damagedRow is the error of a row of table, named by key, that does not
// match its checksum.
func damagedRow(table string, key any) error {
	return fmt.Errorf("%w: a row of %s (%v) does not match its checksum; "+
		"run 'motebok check --repair' and ingest to rebuild the register from the records", ErrDamaged, table, key)
}

// checkRows verifies the checksum of every row, table by table, and names
// the tables holding damaged rows with a count and the first row's key.
func (r *Register) checkRows(ctx context.Context) error {
	var problems []string
	for _, t := range summedTables {
		var n int
		var first any
		q := fmt.Sprintf("SELECT count(*), min(%s) FROM %s t WHERE NOT %s", t.key, t.name, t.intact("t"))
		if err := r.db.QueryRowContext(ctx, q).Scan(&n, &first); err != nil {
			return asDamaged(fmt.Errorf("verifying the rows of %s: %w", t.name, err))
		}
		if n > 0 {
			problems = append(problems, fmt.Sprintf("%d rows of %s (first %v)", n, t.name, first))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: rows that do not match their checksum: %s", ErrDamaged, strings.Join(problems, ", "))
	}
	return nil
}

// intactCase is nil when a case row, named by its key, and its meeting row
// both match their checksums.
func intactCase(key string, caseIntact, meetingIntact bool) error {
	switch {
	case !caseIntact:
		return damagedRow("cases", key)
	case !meetingIntact:
		return damagedRow("meetings", "the meeting of case "+key)
	}
	return nil
}
