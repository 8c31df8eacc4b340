package register

import (
	"encoding/json"
	"fmt"
)

// rebuild replaces the derived rows of one meeting (meetings, attendees,
// cases, case_sources) with what its current documents say, or removes them
// when no document is left.
func (w *writer) rebuild(id int64, key string) error {
	srcs, err := w.sources(id)
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		return w.exec("DELETE FROM meetings WHERE id = ?", id) // cascades
	}
	for _, q := range []string{"DELETE FROM cases WHERE meeting_id = ?", "DELETE FROM attendees WHERE meeting_id = ?"} {
		if err := w.exec(q, id); err != nil {
			return fmt.Errorf("clearing derived rows: %w", err)
		}
	}
	m := merge(key, srcs)
	if err := w.putMeeting(&m.Meeting); err != nil {
		return err
	}
	for i, a := range m.Attendees {
		if err := w.exec(`INSERT INTO attendees (meeting_id, seq, path, name, organization,
			role, status, replaces, note, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, m.ListPath, a.Name, a.Organization, a.Role, a.Status, a.Replaces, a.Note, a.Page); err != nil {
			return fmt.Errorf("writing attendee %d: %w", i, err)
		}
	}
	for _, c := range m.Cases {
		if err := w.putCase(id, key, c); err != nil {
			return fmt.Errorf("writing case %q: %w", c.Case.Number, err)
		}
	}
	return nil
}

// sources loads the documents of a meeting, taking those of the current
// batch from memory.
func (w *writer) sources(id int64) ([]*source, error) {
	rows, err := w.tx.QueryContext(w.ctx,
		"SELECT path, format, modified, source FROM documents WHERE meeting_id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("loading sources: %w", err)
	}
	defer rows.Close()
	var out []*source
	for rows.Next() {
		var path, format, modified, text string
		if err := rows.Scan(&path, &format, &modified, &text); err != nil {
			return nil, fmt.Errorf("loading sources: %w", err)
		}
		s, err := w.source(path, format, modified, text)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// source returns a document's source from the batch, else decodes text.
func (w *writer) source(path, format, modified, text string) (*source, error) {
	if s, ok := w.batch[path]; ok {
		return s, nil
	}
	return decodeSource(path, format, modified, text)
}

func (w *writer) putMeeting(m *meetingRow) error {
	err := w.exec(`INSERT INTO meetings (id, key, body, body_key, date, start_time, end_time, place, path)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET key = excluded.key, body = excluded.body,
		body_key = excluded.body_key, date = excluded.date, start_time = excluded.start_time,
		end_time = excluded.end_time, place = excluded.place, path = excluded.path`,
		m.ID, m.Key, m.Body, bodyKey(m.Body), m.Date, m.Start, m.End, m.Place, m.Path)
	if err != nil {
		return fmt.Errorf("writing meeting row: %w", err)
	}
	return nil
}

func (w *writer) putCase(meetingID int64, meetingKey string, mc *mergedCase) error {
	c := mc.Case
	key := meetingKey + "|" + mc.Key
	id := keyID(key)
	var uv, vf, va, vt any // NULL without a vote
	if v := c.Vote; v != nil {
		uv, vf, va, vt = v.Unanimous, v.For, v.Against, v.Text
	}
	err := w.exec(`INSERT INTO cases (id, meeting_id, key, number, number_key, sort_key, title, type,
		archive_number, proposal, decision, decision_as_written, decided, discussion, speakers,
		conflicts, vote_unanimous, vote_for, vote_against, vote_text, page, path, search_text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, meetingID, key, c.Number, caseKey(c.Number), sortKey(mc.Key), c.Title, c.Type,
		c.ArchiveNumber, c.Proposal, c.Decision, c.DecisionAsWritten, c.Decided, c.Discussion,
		jsonList(c.Speakers), jsonList(c.Conflicts), uv, vf, va, vt, c.Page, mc.From.Path,
		fold(c.Title+"\n"+c.Proposal+"\n"+c.Decision))
	if err != nil {
		return err
	}
	for _, s := range mc.Sources {
		if err := w.exec("INSERT INTO case_sources (case_id, path, page) VALUES (?, ?, ?)", id, s.Path, s.Page); err != nil {
			return fmt.Errorf("writing source %s: %w", s.Path, err)
		}
	}
	return nil
}

// jsonList encodes a string list as a JSON array, [] when empty.
func jsonList(xs []string) string {
	if len(xs) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(xs) // a []string always encodes
	return string(b)
}
