package register

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
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

// touchOld marks the meeting key path currently belongs to, if any, and
// returns it with the meeting's id.
func (w *writer) touchOld(path string) (key sql.NullString, meetingID sql.NullInt64, err error) {
	err = w.tx.QueryRowContext(w.ctx, `SELECT meeting_key, meeting_id FROM documents WHERE path = ?`, path).Scan(&key, &meetingID)
	if errors.Is(err, sql.ErrNoRows) {
		return key, meetingID, nil
	}
	if err != nil {
		return key, meetingID, fmt.Errorf("finding meeting: %w", err)
	}
	if key.Valid {
		w.touched[key.String] = true
	}
	return key, meetingID, nil
}

// The statements that write rows with their checksum, in the column
// order of their table (checksum.go). A row that is already as an upsert
// would write it is left alone: a rebuild of a meeting writes only what
// changed.
var (
	upsertDocument     = documentsTable.upsert("path")
	insertAbbreviation = "INSERT OR IGNORE" + strings.TrimPrefix(abbreviationsTable.insert(), "INSERT")
	upsertDate         = datesTable.upsert("path, seq")
	insertMeeting      = meetingsTable.insert()
	upsertMeeting      = meetingsTable.upsert("id")
	upsertAttendee     = attendeesTable.upsert("meeting_id, seq")
	insertCase         = casesTable.insert()
	upsertCase         = casesTable.upsert("id")
	upsertCaseSource   = caseSourcesTable.upsert("case_id, path")
	upsertCaseRef      = caseRefsTable.upsert("case_id, to_key")
	linkDocument       = documentsTable.update("meeting_id", "path = ?2 AND meeting_id IS NOT ?1") // a row as it was is not written again
	identifyBody       = meetingsTable.update("body_id", "org_key = ?2 AND body_key = ?3 AND body_id <> ?1")
)

// The statements that remove the rows of one owner (?1) that a rewrite
// did not write: their keys are not among the JSON array ?2. The owner of
// case_sources and case_refs rows is the meeting of their case.
const (
	keepAbbreviations = "DELETE FROM abbreviations WHERE path = ?1 AND (short, long) NOT IN (SELECT value ->> 0, value ->> 1 FROM json_each(?2))"
	keepCaseSources   = "DELETE FROM case_sources WHERE case_id IN (SELECT id FROM cases WHERE meeting_id = ?1) AND (case_id, path) NOT IN (SELECT value ->> 0, value ->> 1 FROM json_each(?2))"
	keepCaseRefs      = "DELETE FROM case_refs WHERE case_id IN (SELECT id FROM cases WHERE meeting_id = ?1) AND (case_id, to_key) NOT IN (SELECT value ->> 0, value ->> 1 FROM json_each(?2))"
)

func (w *writer) putDocument(rec *doc.Record) error {
	oldKey, oldMeeting, err := w.touchOld(rec.Path)
	if err != nil {
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
	// The rebuild of the meeting key links the document to its meeting;
	// until then it keeps its link when the key stays, so that a row as
	// it was is not written twice.
	var meeting any
	if key == oldKey && oldMeeting.Valid {
		meeting = oldMeeting.Int64
	}
	w.batch[rec.Path] = src
	if err := w.exec(upsertDocument, rec.Path, rec.ID, rec.Format, rec.Kind, rec.Title, ident.TitleKey(rec.Title),
		rec.Language, rec.Meta.Author, timeText(rec.Meta.Created), src.Modified, src.Organization,
		key, meeting, packSource(js)); err != nil {
		return fmt.Errorf("writing document row: %w", err)
	}
	if err := w.putAbbreviations(rec.Path, rec.Text); err != nil {
		return err
	}
	return w.putDates(rec.Path, rec.Dates)
}

func (w *writer) putAbbreviations(path, text string) error {
	abbrevs := ident.Abbreviations(text)
	kept := make([][2]string, len(abbrevs))
	for i, a := range abbrevs {
		kept[i] = [2]string{a.Short, a.Long}
	}
	if err := w.keepOnly(keepAbbreviations, path, kept); err != nil {
		return fmt.Errorf("clearing abbreviations: %w", err)
	}
	for _, a := range abbrevs {
		if err := w.exec(insertAbbreviation, path, a.Short, a.Long); err != nil {
			return fmt.Errorf("writing abbreviation %s: %w", a.Short, err)
		}
	}
	return nil
}

func (w *writer) putDates(path string, dates []doc.Date) error {
	for i, d := range dates {
		if err := w.exec(upsertDate, path, i, d.Text, d.Value, d.Grain, d.Start, d.End); err != nil {
			return fmt.Errorf("writing date %d: %w", i, err)
		}
	}
	if err := w.exec("DELETE FROM dates WHERE path = ? AND seq >= ?", path, len(dates)); err != nil {
		return fmt.Errorf("clearing dates: %w", err)
	}
	return nil
}

// keepOnly runs stmt, one of the keep statements, for owner and the keys
// of the rows written, a slice.
func (w *writer) keepOnly(stmt string, owner, keys any) error {
	js, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	if string(js) == "null" { // a nil slice: no row was written
		js = []byte("[]")
	}
	return w.exec(stmt, owner, string(js))
}

func (w *writer) deleteDocument(path string) error {
	if _, _, err := w.touchOld(path); err != nil {
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
