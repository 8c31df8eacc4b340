package register

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// writer applies one Put or Delete inside a transaction. It remembers the
// meeting keys it touched so that the meetings of each are re-derived once,
// after all documents of the batch are in place.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	touched map[string]bool // documents.meeting_key
	batch   map[string]*source
}

func newWriter(ctx context.Context, tx *sql.Tx) *writer {
	return &writer{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{},
		touched: map[string]bool{}, batch: map[string]*source{}}
}

// exec runs a statement, preparing it once per transaction.
func (w *writer) exec(query string, args ...any) error {
	st, ok := w.stmts[query]
	if !ok {
		var err error
		if st, err = w.tx.PrepareContext(w.ctx, query); err != nil {
			return fmt.Errorf("preparing %.40q: %w", query, err)
		}
		w.stmts[query] = st
	}
	_, err := st.ExecContext(w.ctx, args...)
	return err
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// touchOld marks the meeting key path currently belongs to, if any.
func (w *writer) touchOld(path string) error {
	var key sql.NullString
	err := w.tx.QueryRowContext(w.ctx, `SELECT meeting_key FROM documents WHERE path = ?`, path).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("finding meeting: %w", err)
	}
	if key.Valid {
		w.touched[key.String] = true
	}
	return nil
}

// The statements that write rows with their checksum, in the column
// order of their table (checksum.go).
var (
	upsertDocument     = documentsTable.upsert("path")
	insertAbbreviation = "INSERT OR IGNORE" + strings.TrimPrefix(abbreviationsTable.insert(), "INSERT")
	insertDate         = datesTable.insert()
	insertMeeting      = meetingsTable.insert()
	insertAttendee     = attendeesTable.insert()
	insertCase         = casesTable.insert()
	insertCaseSource   = caseSourcesTable.insert()
	insertCaseRef      = caseRefsTable.insert()
	linkDocument       = documentsTable.update("meeting_id", "path = ?2 AND meeting_id IS NOT ?1") // a row as it was is not written again
	identifyBody       = meetingsTable.update("body_id", "org_key = ?2 AND body_key = ?3 AND body_id <> ?1")
)

func (w *writer) putDocument(rec *doc.Record) error {
	if err := w.touchOld(rec.Path); err != nil {
		return err
	}
	src := sourceOf(rec)
	js, err := src.encode()
	if err != nil {
		return err
	}
	if bytes.Contains(js, []byte(`\ufffd`)) {
		// json.Marshal replaced invalid UTF-8 by \ufffd: use what later
		// reads will see, so the result does not depend on batching.
		if src, err = decodeSource(src.Path, src.Format, src.Modified, js); err != nil {
			return err
		}
	}
	var key sql.NullString
	if k := src.meetingKey(); k != "" {
		key = sql.NullString{String: k, Valid: true}
		w.touched[k] = true
	}
	w.batch[rec.Path] = src
	if err := w.exec(upsertDocument, rec.Path, rec.ID, rec.Format, rec.Kind, rec.Title, ident.TitleKey(rec.Title),
		rec.Language, rec.Meta.Author, timeText(rec.Meta.Created), src.Modified, src.Organization,
		key, nil, packSource(js)); err != nil {
		return fmt.Errorf("writing document row: %w", err)
	}
	if err := w.putAbbreviations(rec.Path, rec.Text); err != nil {
		return err
	}
	return w.putDates(rec.Path, rec.Dates)
}

func (w *writer) putAbbreviations(path, text string) error {
	if err := w.exec("DELETE FROM abbreviations WHERE path = ?", path); err != nil {
		return fmt.Errorf("clearing abbreviations: %w", err)
	}
	for _, a := range ident.Abbreviations(text) {
		if err := w.exec(insertAbbreviation, path, a.Short, a.Long); err != nil {
			return fmt.Errorf("writing abbreviation %s: %w", a.Short, err)
		}
	}
	return nil
}

func (w *writer) putDates(path string, dates []doc.Date) error {
	if err := w.exec("DELETE FROM dates WHERE path = ?", path); err != nil {
		return fmt.Errorf("clearing dates: %w", err)
	}
	for i, d := range dates {
		if err := w.exec(insertDate, path, i, d.Text, d.Value, d.Grain, d.Start, d.End); err != nil {
			return fmt.Errorf("writing date %d: %w", i, err)
		}
	}
	return nil
}

func (w *writer) deleteDocument(path string) error {
	if err := w.touchOld(path); err != nil {
		return err
	}
	delete(w.batch, path)
	return w.exec("DELETE FROM documents WHERE path = ?", path)
}

// rebuildTouched re-derives the meetings of every touched key, in key
// order, then the identity of every body, which a new abbreviation or
// spelling may change.
func (w *writer) rebuildTouched() error {
	for _, key := range slices.Sorted(maps.Keys(w.touched)) {
		if err := w.rebuild(key); err != nil {
			return fmt.Errorf("deriving meeting %s: %w", key, err)
		}
	}
	return w.identifyBodies()
}
