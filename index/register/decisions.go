package register

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/ident"
)

// Filter selects cases. The zero Filter selects every case.
type Filter struct {
	// Query holds words that must all occur, as substrings and ignoring
	// case and accents (norm.Fold), in the title, proposal or decision
	// ("sikkerhet" finds "informasjonssikkerhet", "horing" "Høring"); at
	// most MaxQueryWords.
	Query string
	// From and To bound the meeting date, inclusive; zero means open.
	From, To time.Time
	// Body holds words that must each start a word of the body name,
	// ignoring case and accents ("valg" finds "Valgstyret", not
	// "Arbeidsutvalget"), in the name as written or in the
	// name that identifies the body across spellings (meetings.body_id).
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

var decisionsSQL = `SELECT c.id, m.date, m.body, c.number, c.title, c.type, c.archive_number,
	c.proposal, c.decision, c.decided, c.path, c.key, ` + casesTable.intact("c") + `, m.id
	FROM cases c JOIN meetings m ON m.id = c.meeting_id`

// Decisions returns the cases f selects, newest meeting first and in agenda
// order within a meeting.
func (r *Register) Decisions(ctx context.Context, f Filter) ([]Decision, error) {
	tx, err := r.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // one snapshot for both queries
	if err != nil {
		return nil, fmt.Errorf("querying decisions: %w", err)
	}
	defer tx.Rollback()
	ds, ids, meetings, err := selectCases(ctx, tx, f)
	if err == nil {
		err = intactMeetings(ctx, tx, meetings)
	}
	if err == nil {
		err = attachSources(ctx, tx, ds, ids)
	}
	if err != nil {
		return nil, fmt.Errorf("querying decisions: %w", err)
	}
	return ds, nil
}

// selectCases runs the filtered query, returning the rows, their case ids
// and the ids of their meetings, each once.
func selectCases(ctx context.Context, tx *sql.Tx, f Filter) ([]Decision, []int64, []int64, error) {
	where, args, err := f.where()
	if err != nil {
		return nil, nil, nil, err
	}
	q := decisionsSQL + where + " ORDER BY m.date DESC, m.body_key, m.id, c.sort_key, c.key"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, nil, err
	}
	defer rows.Close()
	ds, ids, meetings := []Decision{}, []int64{}, []int64{}
	for rows.Next() {
		var d Decision
		var id, meeting int64
		var key string
		var intact bool
		if err := rows.Scan(&id, &d.MeetingDate, &d.Body, &d.Number, &d.Title, &d.Type, &d.ArchiveNumber,
			&d.Proposal, &d.Decision, &d.Decided, &d.Path, &key, &intact, &meeting); err != nil {
			return nil, nil, nil, err
		}
		if !intact {
			return nil, nil, nil, damagedRow("cases", key)
		}
		if n := len(meetings); n == 0 || meetings[n-1] != meeting { // rows come meeting by meeting
			meetings = append(meetings, meeting)
		}
		ds, ids = append(ds, d), append(ids, id)
	}
	return ds, ids, meetings, rows.Err()
}

// intactMeetings verifies the meeting rows of ids, once each rather than
// with every case row: a meeting holds ten cases or more.
func intactMeetings(ctx context.Context, tx *sql.Tx, ids []int64) error {
	idList, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	var key sql.NullString
	err = tx.QueryRowContext(ctx, `SELECT min(m.key) FROM meetings m
		WHERE m.id IN (SELECT value FROM json_each(?)) AND NOT `+meetingsTable.intact("m"), string(idList)).Scan(&key)
	if err == nil && key.Valid {
		err = damagedRow("meetings", key.String)
	}
	return err
}

// attachSources fills Paths of ds (whose case ids are ids) with one query.
func attachSources(ctx context.Context, tx *sql.Tx, ds []Decision, ids []int64) error {
	idList, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	index := make(map[int64]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	rows, err := tx.QueryContext(ctx, `SELECT case_id, path, `+caseSourcesTable.intact("s")+` FROM case_sources s
		WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY case_id, path`, string(idList))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var path string
		var intact bool
		if err := rows.Scan(&id, &path, &intact); err != nil {
			return err
		}
		if !intact {
			return damagedRow("case_sources", path)
		}
		d := &ds[index[id]]
		d.Paths = append(d.Paths, path)
	}
	return rows.Err()
}

// where builds the WHERE clause for f, with its arguments.
func (f Filter) where() (string, []any, error) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) { conds = append(conds, cond); args = append(args, a...) }
	words, err := filterWords(f.Query)
	if err != nil {
		return "", nil, err
	}
	if words != "" {
		add(containsWordsFunc+"(c.search_text, ?)", words)
	}
	if !f.From.IsZero() {
		add("m.date >= ?", f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		add("m.date <> '' AND m.date <= ?", f.To.Format(time.DateOnly))
	}
	body, err := filterWords(f.Body)
	if err != nil {
		return "", nil, err
	}
	if body != "" {
		add("("+startsWordsFunc+"(m.body, ?) OR "+startsWordsFunc+"(m.body_id, ?))", body, body)
	}
	if f.Case != "" {
		add("(c.number_key = ? OR c.archive_number = ?)", ident.CaseKey(f.Case), strings.TrimSpace(f.Case))
	}
	if f.Decided {
		add("c.decided")
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}
