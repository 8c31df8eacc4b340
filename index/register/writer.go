package register

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// writer applies one Put or Delete inside a transaction. It remembers the
// meetings it touched so that each is re-derived once, after all documents
// of the batch are in place.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	touched map[int64]string // meeting id → key
	batch   map[string]*source
}

func newWriter(ctx context.Context, tx *sql.Tx) *writer {
	return &writer{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{},
		touched: map[int64]string{}, batch: map[string]*source{}}
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

// touchOld marks the meeting path currently belongs to, if any.
func (w *writer) touchOld(path string) error {
	var id int64
	var key string
	err := w.tx.QueryRowContext(w.ctx, `SELECT m.id, m.key FROM documents d
		JOIN meetings m ON m.id = d.meeting_id WHERE d.path = ?`, path).Scan(&id, &key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("finding meeting: %w", err)
	}
	w.touched[id] = key
	return nil
}

const upsertDocument = `INSERT INTO documents
	(path, id, format, kind, title, language, author, created, modified, meeting_id, source)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT(path) DO UPDATE SET id = excluded.id, format = excluded.format,
	kind = excluded.kind, title = excluded.title, language = excluded.language,
	author = excluded.author, created = excluded.created, modified = excluded.modified,
	meeting_id = excluded.meeting_id, source = excluded.source`

func (w *writer) putDocument(rec *doc.Record) error {
	if err := w.touchOld(rec.Path); err != nil {
		return err
	}
	src := sourceOf(rec)
	text, err := src.encode()
	if err != nil {
		return err
	}
	if strings.Contains(text, `\ufffd`) {
		// json.Marshal replaced invalid UTF-8 by \ufffd: use what later
		// reads will see, so the result does not depend on batching.
		if src, err = decodeSource(src.Path, src.Format, src.Modified, text); err != nil {
			return err
		}
	}
	var mid sql.NullInt64
	if m := rec.Meeting; m != nil {
		key := meetingKey(rec.Path, m.Body, m.Date)
		mid = sql.NullInt64{Int64: keyID(key), Valid: true}
		w.touched[mid.Int64] = key
	}
	w.batch[rec.Path] = src
	if err := w.exec(upsertDocument, rec.Path, rec.ID, rec.Format, rec.Kind, rec.Title,
		rec.Language, rec.Meta.Author, timeText(rec.Meta.Created), src.Modified, mid, text); err != nil {
		return fmt.Errorf("writing document row: %w", err)
	}
	return w.putDates(rec.Path, rec.Dates)
}

func (w *writer) putDates(path string, dates []doc.Date) error {
	if err := w.exec("DELETE FROM dates WHERE path = ?", path); err != nil {
		return fmt.Errorf("clearing dates: %w", err)
	}
	for i, d := range dates {
		if err := w.exec(`INSERT INTO dates (path, seq, text, value, grain, start_time, end_time)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, path, i, d.Text, d.Value, d.Grain, d.Start, d.End); err != nil {
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

// rebuildTouched re-derives every touched meeting, in id order.
func (w *writer) rebuildTouched() error {
	for _, id := range slices.Sorted(maps.Keys(w.touched)) {
		if err := w.rebuild(id, w.touched[id]); err != nil {
			return fmt.Errorf("deriving meeting %s: %w", w.touched[id], err)
		}
	}
	return nil
}
