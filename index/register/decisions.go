package register

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Filter selects cases. The zero Filter selects every case.
type Filter struct {
	// Query holds words that must all occur, as substrings and ignoring
	// case, in the title, proposal or decision ("sikkerhet" finds
	// "informasjonssikkerhet").
	Query string
	// From and To bound the meeting date, inclusive; zero means open.
	From, To time.Time
	// Body is a substring of the body name, ignoring case and spacing.
	Body string
	// Case is a case number ("Sak 33/25" matches "33/25") or archive number.
	Case string
	// Decided keeps only cases with a recorded decision.
	Decided bool
	// Limit caps the rows returned; 0 means no limit.
	Limit int
}

// Decision is one case of one meeting as the register holds it.
type Decision struct {
	MeetingDate   string   `json:"meeting_date"`
	Body          string   `json:"body"`
	Number        string   `json:"number"`
	Title         string   `json:"title"`
	Type          string   `json:"type"`
	ArchiveNumber string   `json:"archive_number"`
	Proposal      string   `json:"proposal"`
	Decision      string   `json:"decision"`
	Decided       bool     `json:"decided"`
	Path          string   `json:"path"`  // source the row was taken from
	Paths         []string `json:"paths"` // every source listing the case, sorted
}

const decisionsSQL = `SELECT m.date, m.body, c.number, c.title, c.type, c.archive_number,
	c.proposal, c.decision, c.decided, c.path,
	(SELECT json_group_array(path) FROM case_sources WHERE case_id = c.id)
	FROM cases c JOIN meetings m ON m.id = c.meeting_id`

// Decisions returns the cases f selects, newest meeting first and in agenda
// order within a meeting.
func (r *Register) Decisions(ctx context.Context, f Filter) ([]Decision, error) {
	where, args := f.where()
	q := decisionsSQL + where + " ORDER BY m.date DESC, m.body_key, m.id, c.sort_key, c.key"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := r.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("querying decisions: %w", err)
	}
	defer rows.Close()
	out := []Decision{}
	for rows.Next() {
		var d Decision
		var paths string
		if err := rows.Scan(&d.MeetingDate, &d.Body, &d.Number, &d.Title, &d.Type, &d.ArchiveNumber,
			&d.Proposal, &d.Decision, &d.Decided, &d.Path, &paths); err != nil {
			return nil, fmt.Errorf("reading decision: %w", err)
		}
		if err := json.Unmarshal([]byte(paths), &d.Paths); err != nil {
			return nil, fmt.Errorf("reading sources of case %s: %w", d.Number, err)
		}
		slices.Sort(d.Paths)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying decisions: %w", err)
	}
	return out, nil
}

// where builds the WHERE clause for f, with its arguments.
func (f Filter) where() (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) { conds = append(conds, cond); args = append(args, a...) }
	for _, w := range queryWords(f.Query) {
		add("instr(c.search_text, ?) > 0", w)
	}
	if !f.From.IsZero() {
		add("m.date >= ?", f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		add("m.date <> '' AND m.date <= ?", f.To.Format(time.DateOnly))
	}
	if b := bodyKey(f.Body); b != "" {
		add("instr(m.body_key, ?) > 0", b)
	}
	if f.Case != "" {
		add("(c.number_key = ? OR c.archive_number = ?)", caseKey(f.Case), strings.TrimSpace(f.Case))
	}
	if f.Decided {
		add("c.decided")
	}
	if len(conds) == 0 {
		return "", args
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// queryWords splits a free-text query into folded words without edge
// punctuation ("Høring:" → "høring").
func queryWords(q string) []string {
	var out []string
	for _, w := range strings.Fields(fold(q)) {
		if w = strings.TrimFunc(w, isEdgePunct); w != "" {
			out = append(out, w)
		}
	}
	return out
}
