package register

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// ErrDamaged marks a register SQLite finds damaged; the remedy is to
// rebuild it from the stored records.
var ErrDamaged = errors.New("register file is damaged")

// SQLite's primary result codes: the file locked by another connection,
// damaged, or not a database.
const (
	sqliteBusy    = 5
	sqliteCorrupt = 11
	sqliteNotADB  = 26
)

// resultCode is SQLite's primary result code of err, 0 when err is not
// SQLite's.
func resultCode(err error) int { return extendedCode(err) & 0xff }

// extendedCode is SQLite's extended result code of err (the driver turns
// them on), 0 when err is not SQLite's.
func extendedCode(err error) int {
	var se interface{ Code() int }
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// isBusy reports whether err is SQLite's: locked by another connection.
func isBusy(err error) bool { return resultCode(err) == sqliteBusy }

// sqlitePrimaryKey is SQLite's extended result code of a row whose primary
// key another row has.
const sqlitePrimaryKey = 1555

// isDuplicateKey reports whether err is SQLite's: the row's primary key
// is another row's.
func isDuplicateKey(err error) bool { return extendedCode(err) == sqlitePrimaryKey }

// asDamaged wraps err in ErrDamaged when SQLite reports the file corrupt or
// not a database.
func asDamaged(err error) error {
	if c := resultCode(err); c == sqliteCorrupt || c == sqliteNotADB {
		return fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	return err
}

// Check verifies the register: the structure of every page and index
// (SQLite's PRAGMA quick_check), then the checksum of every row, which sees
// a changed byte inside a stored text too. Both take time linear in the
// file's size. A damaged register gives an error wrapping ErrDamaged.
func (r *Register) Check(ctx context.Context) error {
	if err := r.quickCheck(ctx); err != nil {
		return err
	}
	return r.checkRows(ctx)
}

// quickCheck runs SQLite's PRAGMA quick_check.
func (r *Register) quickCheck(ctx context.Context) error {
	rows, err := r.db.QueryContext(ctx, "PRAGMA quick_check(5)")
	if err != nil {
		return asDamaged(err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return asDamaged(err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		return asDamaged(err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", ErrDamaged, strings.Join(problems, "; "))
	}
	return nil
}
