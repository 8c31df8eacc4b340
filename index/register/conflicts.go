package register

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Conflict is a meeting the register holds as several records because its
// documents disagree: one body and date (and organisation), but different
// text, attendees or cases. Someone must settle which record is right.
type Conflict struct {
	Meeting string     `json:"meeting"` // date|body, and |organisation when named
	Records [][]string `json:"records"` // the documents of each record, preferred first
}

// Conflicts lists every meeting held as more than one record of minutes,
// in key order.
func (r *Register) Conflicts(ctx context.Context) ([]Conflict, error) {
	return r.conflicts(ctx, "")
}

// WrittenConflicts is Conflicts among the meetings this Register's Put and
// Delete re-derived since it was opened: those a run made or changed. Its
// cost grows with them, not with the register.
func (r *Register) WrittenConflicts(ctx context.Context) ([]Conflict, error) {
	keys := r.written.json()
	if keys == "" {
		return nil, nil
	}
	return r.conflicts(ctx, keys)
}

// conflicts lists the conflicts among the meetings of the base keys in
// the JSON array keys, or among all meetings when keys is "".
func (r *Register) conflicts(ctx context.Context, keys string) ([]Conflict, error) {
	filter, args := "", []any{}
	if keys != "" {
		filter, args = "m.base_key IN (SELECT value FROM json_each(?)) AND", []any{keys}
	}
	rows, err := r.db.QueryContext(ctx, `WITH recorded AS (
			SELECT id, base_key, org_key FROM meetings m
			WHERE `+filter+` EXISTS (SELECT 1 FROM documents WHERE meeting_id = m.id AND kind = 'minutes'))
		SELECT m.base_key, m.org_key, m.id, d.path, `+meetingsTable.intact("mm")+` AND `+documentsTable.intact("d")+`
		FROM recorded m JOIN meetings mm ON mm.id = m.id JOIN documents d ON d.meeting_id = m.id
		WHERE (SELECT count(*) FROM recorded o WHERE o.base_key = m.base_key AND o.org_key = m.org_key) > 1
		ORDER BY m.base_key, m.org_key, mm.key, d.path = mm.path DESC, d.path`, args...)
	if err != nil {
		return nil, fmt.Errorf("listing conflicts: %w", err)
	}
	defer rows.Close()
	var out []Conflict
	var lastID int64
	for rows.Next() {
		var base, org, path string
		var id int64
		var intact bool
		if err := rows.Scan(&base, &org, &id, &path, &intact); err != nil {
			return nil, fmt.Errorf("listing conflicts: %w", err)
		}
		if !intact {
			return nil, fmt.Errorf("listing conflicts: %w", damagedRow("documents", path))
		}
		key := strings.TrimSuffix(base+"|"+org, "|")
		if n := len(out); n == 0 || out[n-1].Meeting != key {
			out = append(out, Conflict{Meeting: key})
		}
		c := &out[len(out)-1]
		if id != lastID || len(c.Records) == 0 {
			c.Records = append(c.Records, nil)
		}
		c.Records[len(c.Records)-1] = append(c.Records[len(c.Records)-1], path)
		lastID = id
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing conflicts: %w", err)
	}
	return out, nil
}

// WriteConflicts names each conflict and the documents of its records.
func WriteConflicts(w io.Writer, cs []Conflict) error {
	for _, c := range cs {
		fmt.Fprintf(w, "conflict: %d records of meeting %s disagree (text, attendees or cases):\n", len(c.Records), c.Meeting)
		for i, rec := range c.Records {
			if _, err := fmt.Fprintf(w, "  %d. %s\n", i+1, strings.Join(rec, ", ")); err != nil {
				return fmt.Errorf("writing conflicts: %w", err)
			}
		}
	}
	return nil
}

// keySet is a set of meeting keys that grows from several goroutines.
type keySet struct {
	mu   sync.Mutex
	keys map[string]bool
}

func (s *keySet) add(keys map[string]bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keys == nil {
		s.keys = map[string]bool{}
	}
	maps.Copy(s.keys, keys)
}

// json is the keys as a JSON array, "" when there are none.
func (s *keySet) json() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.keys) == 0 {
		return ""
	}
	b, _ := json.Marshal(slices.Collect(maps.Keys(s.keys))) // strings always encode
	return string(b)
}
