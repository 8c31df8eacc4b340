package register

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/motebok/motebok/extractors/doc"
)

// Put stores recs in one transaction, replacing any earlier version of
// each path, and re-derives every meeting they touch. Putting the same
// records again, or in another order or batching, gives the same register.
// When a batch holds one path twice, the later record wins.
func (r *Register) Put(ctx context.Context, recs []*doc.Record) error {
	for i, rec := range recs {
		if rec == nil || rec.Path == "" {
			return fmt.Errorf("storing records: record %d has no path", i)
		}
	}
	return r.write(ctx, func(w *writer) error {
		for _, rec := range recs {
			if err := w.putDocument(rec); err != nil {
				return fmt.Errorf("storing %s: %w", rec.Path, err)
			}
		}
		return nil
	})
}

// Delete removes the documents at paths, with their dates and their part in
// any meeting. A meeting, case or attendance list that no remaining
// document backs is removed; one that others back is re-derived from them.
// Unknown paths are ignored.
func (r *Register) Delete(ctx context.Context, paths []string) error {
	return r.write(ctx, func(w *writer) error {
		for _, p := range paths {
			if err := w.deleteDocument(p); err != nil {
				return fmt.Errorf("deleting %s: %w", p, err)
			}
		}
		return nil
	})
}

// write runs f in one transaction, re-derives the meetings of the
// documents it changed, and notes their keys (WrittenConflicts).
func (r *Register) write(ctx context.Context, f func(*writer) error) error {
	var touched map[string]bool
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		if err := f(w); err != nil {
			return err
		}
		touched = w.touched
		return w.rebuildTouched()
	})
	if err != nil {
		return err
	}
	r.written.add(touched)
	return r.optimize(ctx)
}

// optimize refreshes the query planner's statistics when the tables have
// grown enough to need it (SQLite decides, with a bounded cost). Without
// them the planner scans all meetings for a LIMIT or a case number.
func (r *Register) optimize(ctx context.Context) error {
	if _, err := r.db.ExecContext(ctx, "PRAGMA optimize=0x10002"); err != nil {
		return fmt.Errorf("updating statistics: %w", err)
	}
	return nil
}

// Count returns how many documents are stored: what Paths would list,
// without reading them.
func (r *Register) Count(ctx context.Context) (int, error) {
	var n int
	if err := r.db.QueryRowContext(ctx, "SELECT count(*) FROM documents").Scan(&n); err != nil {
		return 0, fmt.Errorf("counting documents: %w", err)
	}
	return n, nil
}

// Paths returns the path of every stored document, sorted: what the
// pipeline compares with its manifest after a crash.
func (r *Register) Paths(ctx context.Context) ([]string, error) {
	rows, err := r.db.QueryContext(ctx, "SELECT path FROM documents ORDER BY path")
	if err != nil {
		return nil, fmt.Errorf("listing documents: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, fmt.Errorf("listing documents: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing documents: %w", err)
	}
	return out, nil
}
