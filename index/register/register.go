package register

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// schemaVersion is PRAGMA user_version of a current register.
//
//	1: first schema (schema.sql).
//	2: one meeting per record of a body, date and organisation; documents
//	   keep their meeting key; case_links, attendees.name_key and the
//	   attendance view.
//	3: the organisation is also read from page headers, a signature block
//	   and metadata (documents.organization, meeting keys).
//	4: every row the documents fill carries a checksum (checksum.go).
//	5: the tables keyed by several columns are WITHOUT ROWID (their key
//	   was stored twice, in the table and in its index); no index on
//	   dates.value, which no query used, nor on the keys of meetings and
//	   cases, whose ids derive from them; 8 KiB pages (pageSize).
//	6: meetings_body also holds org_key and body_id: identifying a body
//	   read every meeting of its name, in every organisation, once per
//	   body and batch; documents_meeting also holds kind, so that Conflicts
//	   reads no document row to find the minutes.
//
// A register of a version with a step to the next (steps) is upgraded in
// place; one of an older version is emptied and created anew, and the
// pipeline's reconciliation then puts every indexed record again.
const schemaVersion = 6

// steps upgrade a register from the version of their key to the next.
var steps = map[int]string{
	5: `DROP INDEX meetings_body;
CREATE INDEX meetings_body ON meetings(body_key, org_key, body_id);
DROP INDEX documents_meeting;
CREATE INDEX documents_meeting ON documents(meeting_id, kind);`,
}

//go:embed schema.sql
var schemaSQL string

// busyTimeoutMS is how long a statement waits for a lock held by another
// connection or process before failing with SQLITE_BUSY.
const busyTimeoutMS = 10000

// ErrSchema is wrapped when a register's schema version is not the one this
// build knows: made by a newer motebok, or not a register at all.
var ErrSchema = errors.New("unsupported register schema")

// Register is an open decision register. It is safe for concurrent use.
type Register struct {
	db      *sql.DB
	path    string // of a register Open opened, whose writes are this process's
	created bool   // Open created the schema: the file was new or of an older version
	written keySet // meeting keys Put and Delete re-derived (WrittenConflicts)
	closed  bool   // Close ran: closing again does nothing
}

// Created reports whether Open created the register's schema, in a new
// file or in place of an older version's: the register is then empty.
func (r *Register) Created() bool { return r.created }

// Open opens the register at path for reading and writing, creating it and
// its schema when missing, and checks it (Check) unless nothing else wrote
// it since it was last checked or closed (see stamp.go): a damaged file
// gives an error wrapping ErrDamaged. It uses WAL mode, so readers in
// other processes keep working while a batch is written (walPages), and
// secure_delete, so that a deleted row's text is overwritten, not left in
// a free page. It keeps SQLite's temporary data in memory: a statement
// journal (the pages a statement changed, to undo that statement alone)
// was a file in /var/tmp, outside the data directory, written in every
// batch (80 MB in a rerun that changed 1 % of 103,000 documents).
func Open(path string) (*Register, error) {
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("opening register %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsn(path, "foreign_keys(1)", "cache_size(-16384)", "secure_delete(1)", "temp_store(2)",
		fmt.Sprintf("wal_autocheckpoint(%d)", walPages)))
	if err != nil {
		return nil, fmt.Errorf("opening register %s: %w", path, err)
	}
	r := &Register{db: db, path: path}
	err = r.setFormat(context.Background())
	if err == nil {
		r.created, err = r.migrate(context.Background())
	}
	err = asDamaged(err)
	if err == nil && !unchanged(path) {
		if err = r.Check(context.Background()); err == nil {
			markChecked(path)
		}
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening register %s: %w", path, err)
	}
	return r, nil
}

// pageSize is the page size of a new register. SQLite's default, 4 KiB,
// holds one or two documents rows (2 to 3 KB with the compressed source)
// or four cases rows, and left a quarter of those tables' pages unused.
const pageSize = 8192

// walPages is how many pages the WAL file grows to before SQLite copies
// them into the database (a checkpoint); Close copies the rest. The
// batches of an ingest write the same pages again and again (an index
// leaf on people's names, on case numbers): with SQLite's default of 1,000
// pages each batch of a rerun was copied on its own, and a rerun that
// changed 1 % of 103,000 documents wrote 6.2 GB; copied once, 2.5 GB.
// The WAL takes up to this many pages of disk (256 MiB) while a run
// writes.
const walPages = 256 << 20 / pageSize

// setFormat gives a new file its page size, then puts it in WAL mode;
// the file keeps both. One connection does both: the page size is fixed
// once WAL mode has written the file's first page. For a file that has
// them, both are no-ops.
func (r *Register) setFormat(ctx context.Context) error {
	c, err := r.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ExecContext(ctx, fmt.Sprintf("PRAGMA page_size = %d", pageSize)); err != nil {
		return fmt.Errorf("setting the page size: %w", err)
	}
	if _, err := c.ExecContext(ctx, "PRAGMA journal_mode = wal"); err != nil {
		return fmt.Errorf("setting WAL mode: %w", err)
	}
	return nil
}

// createPrivate creates the register file, or makes an existing one, its
// owner's alone: SQLite gives the -wal and -shm files the database's mode.
func createPrivate(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.Mode().Perm() == 0o600 {
		return err // a needless chmod would change the file's stamp
	}
	return f.Chmod(0o600)
}

// OpenReadOnly opens an existing register for queries only. A reader of a
// WAL database must create its -shm file beside it; where it may not (a
// read-only mount, a copy it may not write to) the register is opened as
// immutable instead: what a crashed ingest left in the -wal file is then
// not seen.
func OpenReadOnly(path string) (*Register, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("opening register: %w", err)
	}
	r, err := openReadOnly(path, "mode=ro")
	if err != nil {
		if r, ierr := openReadOnly(path, "immutable=1"); ierr == nil {
			return r, nil
		}
		return nil, fmt.Errorf("opening register %s: %w", path, err)
	}
	return r, nil
}

// openReadOnly opens path with the URI parameter param and checks its
// schema version.
func openReadOnly(path, param string) (*Register, error) {
	db, err := sql.Open("sqlite", dsn(path, "query_only(1)")+"&"+param)
	if err != nil {
		return nil, err
	}
	r := &Register{db: db}
	v, err := r.version(context.Background())
	switch {
	case err == nil && v < schemaVersion:
		err = fmt.Errorf("%w: version %d, want %d; the next ingest upgrades it", ErrSchema, v, schemaVersion)
	case err == nil && v > schemaVersion:
		err = fmt.Errorf("%w: version %d is newer than %d; a newer motebok wrote it", ErrSchema, v, schemaVersion)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return r, nil
}

// dsn builds a file: URI for path with a busy timeout, BEGIN IMMEDIATE for
// write transactions and the given pragmas.
func dsn(path string, pragmas ...string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	q := url.Values{}
	q.Add("_txlock", "immediate")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	if u.Path[0] != '/' {
		u.Path = "/" + u.Path // Windows: file:///C:/...
	}
	return u.String()
}

func (r *Register) version(ctx context.Context) (int, error) {
	var v int
	if err := r.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("reading schema version: %w", err)
	}
	return v, nil
}

// migrate brings the schema to schemaVersion, along steps where they lead
// there, else by creating it anew, and reports whether it created it. A
// register from a newer build is refused.
func (r *Register) migrate(ctx context.Context) (created bool, err error) {
	dropped := false
	err = r.inTx(ctx, func(tx *sql.Tx) error {
		var v int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			return fmt.Errorf("reading schema version: %w", err)
		}
		switch {
		case v == schemaVersion:
			return nil
		case v > schemaVersion:
			return fmt.Errorf("%w: version %d is newer than %d", ErrSchema, v, schemaVersion)
		case upgradable(v):
			for ; v < schemaVersion; v++ {
				if _, err := tx.ExecContext(ctx, steps[v]); err != nil {
					return fmt.Errorf("upgrading schema version %d: %w", v, err)
				}
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion))
			return err
		case v > 0:
			if err := dropAll(ctx, tx); err != nil {
				return fmt.Errorf("dropping schema version %d: %w", v, err)
			}
			dropped = true
		}
		if _, err := tx.ExecContext(ctx, schemaSQL); err != nil {
			return fmt.Errorf("creating schema: %w", err)
		}
		created = true
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion))
		return err
	})
	if err == nil && dropped {
		err = r.reformat(ctx)
	}
	return created && err == nil, err
}

// upgradable reports whether steps lead from version v to schemaVersion.
func upgradable(v int) bool {
	for ; v > 0 && v < schemaVersion; v++ {
		if steps[v] == "" {
			return false
		}
	}
	return v == schemaVersion
}

// reformat rewrites a register whose older schema migrate dropped, with
// pageSize (a file keeps the page size it was made with) and without the
// pages the old rows took (a file does not shrink by itself). It needs
// the file to itself for a moment, out of WAL mode: while another process
// has it open SQLite refuses, and the register keeps its page size and its
// free pages, which the refill then reuses.
func (r *Register) reformat(ctx context.Context) error {
	c, err := r.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	var mode string
	if err := c.QueryRowContext(ctx, "PRAGMA journal_mode = delete").Scan(&mode); isBusy(err) || err == nil && mode != "delete" {
		return nil
	} else if err != nil {
		return fmt.Errorf("leaving WAL mode: %w", err)
	}
	_, err = c.ExecContext(ctx, fmt.Sprintf("PRAGMA page_size = %d", pageSize))
	if err == nil {
		_, err = c.ExecContext(ctx, "VACUUM")
	}
	if _, werr := c.ExecContext(ctx, "PRAGMA journal_mode = wal"); werr != nil {
		err = errors.Join(err, werr)
	}
	if err != nil {
		return fmt.Errorf("rewriting the emptied register: %w", err)
	}
	return nil
}

// dropAll drops every view and table, so that an old schema can be
// created anew.
func dropAll(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT type, name FROM sqlite_schema
		WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table', name`)
	if err != nil {
		return err
	}
	var drops []string
	for rows.Next() {
		var typ, name string
		if err := rows.Scan(&typ, &name); err != nil {
			rows.Close()
			return err
		}
		drops = append(drops, fmt.Sprintf("DROP %s %q", strings.ToUpper(typ), name))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "PRAGMA defer_foreign_keys = ON"); err != nil {
		return err
	}
	for _, d := range drops {
		if _, err := tx.ExecContext(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

// inTx runs f in a write transaction, committing when f succeeds.
func (r *Register) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning transaction: %w", err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// Close closes the register and, for one Open opened, copies the WAL
// into the database and empties it, then stamps the register as checked:
// its writes are this process's own. SQLite copies and removes the WAL
// when its last connection closes; a reader in another process (serve)
// would keep it, with the earlier versions of the pages written, the text
// of deleted rows included.
func (r *Register) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	var err error
	if r.path != "" {
		err = r.checkpoint(context.Background())
	}
	err = errors.Join(err, r.db.Close())
	if err == nil && r.path != "" {
		markChecked(r.path)
	}
	return err
}

// checkpoint copies the WAL into the database and truncates it, waiting
// for readers up to the busy timeout. A reader still in a transaction
// then leaves it as it is, to the next checkpoint: that is not an error.
func (r *Register) checkpoint(ctx context.Context) error {
	var busy, frames, copied int
	if err := r.db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &frames, &copied); err != nil && !isBusy(err) {
		return fmt.Errorf("copying the WAL into the register: %w", err)
	}
	return nil
}
