package register

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/ident"
)

// Event is one step in a case's history: the case in a meeting, or a case
// or document linked to it.
type Event struct {
	Date   string `json:"date"` // YYYY-MM-DD or ""
	Body   string `json:"body"`
	Number string `json:"number"` // as written in that meeting, "" for a document
	Title  string `json:"title"`
	// What happened there: proposed, discussed, decided, or for a
	// document, the kind of document (guide, presentation, other).
	What string `json:"what"`
	// Link says how the event relates to the case asked for: "" for the
	// case itself, "agenda" (the notice of its meeting lists it), "referred
	// to by" (a later case names it), "refers to", "same archive number",
	// "approves" (the case approves a document).
	Link     string `json:"link,omitempty"`
	Text     string `json:"text,omitempty"`     // the words that make the link: "Sak 21-25"
	Decision string `json:"decision,omitempty"` // what was decided, for a decided case
	Path     string `json:"path"`
	Page     int    `json:"page"`
	// Also lists the other copies of a linked document.
	Also []string `json:"also,omitempty"`

	caseID int64 // 0 for a document
}

// caseRow is a case with its meeting, as history reads it.
type caseRow struct {
	id                              int64
	date, body, number, title, path string
	proposal, decision              string
	decided                         bool
	page                            int
}

var caseRowSQL = `SELECT c.id, m.date, m.body, c.number, c.title, c.path, c.proposal, c.decision,
	c.decided, c.page, c.key, ` + casesTable.intact("c") + `, ` + meetingsTable.intact("m") + `
	FROM cases c JOIN meetings m ON m.id = c.meeting_id`

// CaseHistory returns the timeline of the cases numbered number (as
// written anywhere: "21/25", "Sak 21-25", or an archive number), of bodies
// whose name contains body when body is not "": each case in its meeting,
// the later cases that refer to it, the cases it refers to or shares an
// archive number with, and the documents it approves. Events are in date
// order; none is an empty result, not an error.
func (r *Register) CaseHistory(ctx context.Context, number, body string) ([]Event, error) {
	tx, err := r.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("querying case history: %w", err)
	}
	defer tx.Rollback()
	q := caseRowSQL + " WHERE (c.number_key = ? OR c.archive_number = ?)"
	args := []any{ident.CaseKey(number), strings.TrimSpace(number)}
	if b := ident.BodyKey(body); b != "" {
		q += " AND (instr(m.body_key, ?) > 0 OR instr(m.body_id, ?) > 0)"
		args = append(args, b, b)
	}
	roots, err := queryCases(ctx, tx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("querying case history: %w", err)
	}
	events := make([]Event, 0, len(roots))
	seen := map[string]bool{}
	for _, c := range roots {
		events = append(events, c.event("", ""))
		seen[eventKey(c.id, "")] = true
	}
	for _, c := range roots {
		linked, err := linkedEvents(ctx, tx, c)
		if err != nil {
			return nil, fmt.Errorf("querying links of %s: %w", c.number, err)
		}
		for _, e := range linked {
			if k := eventKey(e.caseID, e.Path); !seen[k] {
				seen[k] = true
				events = append(events, e)
			}
		}
	}
	slices.SortStableFunc(events, func(a, b Event) int { return cmp.Compare(dateOrder(a.Date), dateOrder(b.Date)) })
	return events, nil
}

func queryCases(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]caseRow, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []caseRow
	for rows.Next() {
		var c caseRow
		var key string
		var caseIntact, meetingIntact bool
		if err := rows.Scan(&c.id, &c.date, &c.body, &c.number, &c.title, &c.path, &c.proposal,
			&c.decision, &c.decided, &c.page, &key, &caseIntact, &meetingIntact); err != nil {
			return nil, err
		}
		if err := intactCase(key, caseIntact, meetingIntact); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// event is c as a step of a history; link and text say how it relates to
// the case asked for.
func (c caseRow) event(link, text string) Event {
	what := "discussed"
	switch {
	case c.decided:
		what = "decided"
	case c.proposal != "":
		what = "proposed"
	}
	return Event{Date: c.date, Body: c.body, Number: c.number, Title: c.title, What: what,
		Link: link, Text: text, Decision: c.decision, Path: c.path, Page: c.page, caseID: c.id}
}

// linkedEvents reads the agendas listing case c and its case_links, both
// ways.
func linkedEvents(ctx context.Context, tx *sql.Tx, c caseRow) ([]Event, error) {
	id := c.id
	out, err := agendaEvents(ctx, tx, c)
	if err != nil {
		return nil, err
	}
	for _, l := range []struct {
		link, where string
	}{
		{"referred to by", "c.id IN (SELECT from_case FROM case_links WHERE to_case = ? AND kind = 'reference')"},
		{"refers to", "c.id IN (SELECT to_case FROM case_links WHERE from_case = ? AND kind = 'reference')"},
		{"same archive number", "c.id IN (SELECT to_case FROM case_links WHERE from_case = ? AND kind = 'archive')"},
	} {
		cs, err := queryCases(ctx, tx, caseRowSQL+" WHERE "+l.where, id)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			e := c.event(l.link, "")
			if l.link == "referred to by" {
				e.Text, e.Path, e.Page, err = refOf(ctx, tx, c.id, id)
				if err != nil {
					return nil, err
				}
			}
			out = append(out, e)
		}
	}
	docs, err := approvedDocuments(ctx, tx, id)
	return append(out, docs...), err
}

// agendaEvents are the agendas among the sources of case c.
func agendaEvents(ctx context.Context, tx *sql.Tx, c caseRow) ([]Event, error) {
	rows, err := tx.QueryContext(ctx, `SELECT s.path, s.page, `+caseSourcesTable.intact("s")+` AND `+documentsTable.intact("d")+`
		FROM case_sources s JOIN documents d ON d.path = s.path
		WHERE s.case_id = ? AND d.kind = 'agenda' ORDER BY s.path`, c.id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		e := Event{Date: c.date, Body: c.body, Number: c.number, Title: c.title, What: "proposed", Link: "agenda"}
		var intact bool
		if err := rows.Scan(&e.Path, &e.Page, &intact); err != nil {
			return nil, err
		}
		if !intact {
			return nil, damagedRow("case_sources", e.Path)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// refOf is where case from refers to case to: the words, path and page of
// the reference (case_refs) by which case_links links them.
func refOf(ctx context.Context, tx *sql.Tx, from, to int64) (text, path string, page int, err error) {
	var intact bool
	err = tx.QueryRowContext(ctx, `SELECT r.text, r.path, r.page, `+caseRefsTable.intact("r")+`
		FROM case_refs r JOIN cases t ON t.number_key = r.to_key
		WHERE r.case_id = ? AND t.id = ? LIMIT 1`, from, to).Scan(&text, &path, &page, &intact)
	if err == nil && !intact {
		err = damagedRow("case_refs", path)
	}
	return text, path, page, err
}

// approvedDocuments are the documents case id approves, copies of one
// title together (the first path in order, the rest in Also).
func approvedDocuments(ctx context.Context, tx *sql.Tx, id int64) ([]Event, error) {
	rows, err := tx.QueryContext(ctx, `SELECT d.path, d.title, d.kind, coalesce(t.value, ''),
		`+documentsTable.intact("d")+` AND coalesce(`+datesTable.intact("t")+`, 1)
		FROM case_links l JOIN documents d ON d.path = l.to_path
		LEFT JOIN dates t ON t.path = d.path AND t.seq = (SELECT min(seq) FROM dates WHERE path = d.path AND grain = 'day')
		WHERE l.from_case = ? AND l.kind = 'approves' ORDER BY d.title, d.path`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var intact bool
		if err := rows.Scan(&e.Path, &e.Title, &e.What, &e.Date, &intact); err != nil {
			return nil, err
		}
		if !intact {
			return nil, damagedRow("documents", e.Path)
		}
		if n := len(out); n > 0 && out[n-1].Title == e.Title {
			out[n-1].Also = append(out[n-1].Also, e.Path)
			continue
		}
		e.Link = "approves"
		out = append(out, e)
	}
	return out, rows.Err()
}

// eventKey identifies what an event is about: a case, else a document.
func eventKey(caseID int64, path string) string {
	if caseID != 0 {
		return fmt.Sprint("case ", caseID)
	}
	return "doc " + path
}

// dateOrder sorts events without a date last.
func dateOrder(date string) string {
	if date == "" {
		return "~"
	}
	return date
}
