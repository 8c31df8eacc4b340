package register

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/ident"
)

// rebuild brings the derived rows (meetings, attendees, cases,
// case_sources, case_refs) of one meeting key to what its current
// documents say: one meeting per record (see splitRecords), none when no
// document is left. The result is that of deriving them anew, row ids
// included, but a row that stays as it was is not written again: a
// meeting that gains or loses a copy, or one of whose cases changes,
// rewrites only the rows that change.
func (w *writer) rebuild(key string) error {
	held, err := w.heldMeetings(key)
	if err != nil {
		return err
	}
	srcs, err := w.sources(key)
	if err != nil {
		return err
	}
	slices.SortFunc(srcs, compareSources)
	taken := map[string]bool{}
	var ms []*merged
	var rs []record
	stays := map[int64]bool{}
	for _, r := range splitRecords(srcs) {
		m := merge(recordKey(key, r, taken), r)
		m.Meeting.BaseKey = key
		ms, rs = append(ms, m), append(rs, r)
		stays[m.Meeting.ID] = true
	}
	// The meetings no record makes any more go first, with their rows
	// (the deletion cascades), as if the rows were derived anew.
	for id := range held {
		if !stays[id] {
			if err := w.exec("DELETE FROM meetings WHERE id = ?", id); err != nil {
				return fmt.Errorf("clearing derived rows: %w", err)
			}
		}
	}
	for i, m := range ms {
		h, ok := held[m.Meeting.ID]
		if err := w.putMerged(m, rs[i], h, ok); err != nil {
			return err
		}
	}
	return nil
}

// heldMeeting is what rebuild needs of a meeting row the key has before
// it: the body's keys and its identity (see identifyBodies).
type heldMeeting struct {
	bodyKey, orgKey, bodyID string
}

// heldMeetings are the meeting rows of a key, by id.
func (w *writer) heldMeetings(key string) (map[int64]heldMeeting, error) {
	held := map[int64]heldMeeting{}
	err := w.eachRow("loading meetings", "SELECT id, body_key, org_key, body_id FROM meetings WHERE base_key = ?", key,
		func(rows *sql.Rows) error {
			var id int64
			var h heldMeeting
			err := rows.Scan(&id, &h.bodyKey, &h.orgKey, &h.bodyID)
			held[id] = h
			return err
		})
	return held, err
}

// eachRow runs query with arg and calls scan on each row it returns;
// an error names what the query was doing.
func (w *writer) eachRow(what, query string, arg any, scan func(*sql.Rows) error) error {
	rows, err := w.tx.QueryContext(w.ctx, query, arg)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// recordKey is the meeting key of record r of meeting key base: base and
// the organisation, and when another record already has that, the path of
// r's preferred document too. taken collects the keys given.
func recordKey(base string, r record, taken map[string]bool) string {
	key := base
	if org := r.organization(); org != "" {
		key += "|" + ident.BodyKey(org)
	}
	if taken[key] {
		key += "|" + r[0].Path
	}
	taken[key] = true
	return key
}

// organization is the first organisation a copy names.
func (r record) organization() string {
	for _, s := range r {
		if s.Organization != "" {
			return s.Organization
		}
	}
	return ""
}

// putMerged writes one derived meeting and points its documents at it;
// held tells whether its row exists, and h what it holds.
func (w *writer) putMerged(m *merged, r record, h heldMeeting, held bool) error {
	id := m.Meeting.ID
	if err := w.putMeeting(&m.Meeting, h, held); err != nil {
		return err
	}
	for i, a := range m.Attendees {
		if err := w.exec(upsertAttendee, id, i, m.ListPath, a.Name, ident.PersonKey(a.Name), a.Organization, a.Role, a.Status,
			a.Replaces, a.Note, a.Page); err != nil {
			return fmt.Errorf("writing attendee %d: %w", i, err)
		}
	}
	if err := w.putCases(m, held); err != nil {
		return err
	}
	for _, s := range r {
		if err := w.exec(linkDocument, id, s.Path); err != nil {
			return fmt.Errorf("linking %s: %w", s.Path, err)
		}
	}
	if !held {
		return nil
	}
	if err := w.exec("DELETE FROM attendees WHERE meeting_id = ? AND seq >= ?", id, len(m.Attendees)); err != nil {
		return fmt.Errorf("clearing attendees: %w", err)
	}
	return nil
}

// putCases writes the cases of a meeting and, when its row was held,
// removes the cases, sources and references it no longer has.
func (w *writer) putCases(m *merged, held bool) error {
	id := m.Meeting.ID
	had := map[int64]bool{}
	if held {
		var err error
		if had, err = w.caseIDs(id); err != nil {
			return err
		}
	}
	taken := map[int64]bool{}
	var written rowKeys
	for _, c := range m.Cases {
		cid, err := w.putCase(id, m.Meeting.Key, c, had, taken, &written)
		if err != nil {
			return fmt.Errorf("writing case %q: %w", c.Case.Number, err)
		}
		taken[cid] = true
	}
	if !held {
		return nil
	}
	for cid := range had {
		if !taken[cid] {
			if err := w.exec("DELETE FROM cases WHERE id = ?", cid); err != nil { // cascades
				return fmt.Errorf("clearing cases: %w", err)
			}
		}
	}
	if err := w.keepOnly(keepCaseSources, id, written.sources); err != nil {
		return fmt.Errorf("clearing sources: %w", err)
	}
	if err := w.keepOnly(keepCaseRefs, id, written.refs); err != nil {
		return fmt.Errorf("clearing references: %w", err)
	}
	return nil
}

// rowKeys are the keys of the case_sources and case_refs rows a meeting's
// cases wrote: [case id, path] and [case id, to_key].
type rowKeys struct {
	sources, refs [][2]any
}

// caseIDs are the ids of a meeting's case rows.
func (w *writer) caseIDs(meetingID int64) (map[int64]bool, error) {
	ids := map[int64]bool{}
	err := w.eachRow("loading cases", "SELECT id FROM cases WHERE meeting_id = ?", meetingID, func(rows *sql.Rows) error {
		var id int64
		err := rows.Scan(&id)
		ids[id] = true
		return err
	})
	return ids, err
}

// sources loads the documents of a meeting key, taking those of the
// current batch from memory.
func (w *writer) sources(key string) ([]*source, error) {
	var out []*source
	err := w.eachRow("loading sources", "SELECT path, format, modified, source, "+
		documentsTable.intact("d")+" FROM documents d WHERE meeting_key = ?", key, func(rows *sql.Rows) error {
		var path, format, modified string
		var packed []byte
		var intact bool
		if err := rows.Scan(&path, &format, &modified, &packed, &intact); err != nil {
			return err
		}
		if !intact {
			return damagedRow("documents", path)
		}
		s, err := w.source(path, format, modified, packed)
		if err == nil {
			out = append(out, s)
		}
		return err
	})
	return out, err
}

// source returns a document's source from the batch, else decodes its
// packed JSON.
func (w *writer) source(path, format, modified string, packed []byte) (*source, error) {
	if s, ok := w.batch[path]; ok {
		return s, nil
	}
	js, err := unpackSource(path, packed)
	if err != nil {
		return nil, err
	}
	return decodeSource(path, format, modified, js)
}

// putMeeting writes a meeting row; one that is held keeps its body's
// identity while its body stays, which identifyBodies settles after.
func (w *writer) putMeeting(m *meetingRow, h heldMeeting, held bool) error {
	bodyKey, orgKey := ident.BodyKey(m.Body), ident.BodyKey(m.Organization)
	stmt, bodyID := insertMeeting, bodyKey
	if held {
		stmt = upsertMeeting
		if h.bodyKey == bodyKey && h.orgKey == orgKey {
			bodyID = h.bodyID
		}
	}
	err := w.exec(stmt, m.ID, m.Key, m.BaseKey, m.Organization, orgKey, m.Body,
		bodyKey, bodyID, m.Date, m.Start, m.End, m.Place, m.Path)
	if err != nil {
		return fmt.Errorf("writing meeting row: %w", err)
	}
	return nil
}

// caseBits is how many low bits of a case's row id come from its key; the
// others are its meeting's (caseID).
const caseBits = 20

// caseProbes bounds the ids putCase tries for one case.
const caseProbes = 64

// caseID is the row id of the case with key in the meeting with row id
// meetingID, the probe-th tried: the meeting's id with its low caseBits
// bits replaced by those of the key's hash plus probe. A meeting's cases
// thus lie side by side in the cases table and in case_sources and
// case_refs, whose rows follow the case id. Hashed ids put every case on
// a page of its own: deleting 1,509 meetings with their 9,220 cases
// rewrote 8,707 pages of cases and 5,427 of case_sources.
func caseID(meetingID int64, key string, probe int64) int64 {
	const mask = 1<<caseBits - 1
	return meetingID&^mask | (ident.ID(key)+probe)&mask
}

// putCase writes a case of a meeting with its sources and references,
// adding their keys to written, and returns its id: the first of caseID's
// that no other case has (two cases of a meeting of six share their first
// id once in some 70,000 meetings). Ids in taken are this meeting's cases
// written before it; ids in had are its cases before the rebuild, which it
// may take over.
func (w *writer) putCase(meetingID int64, meetingKey string, mc *mergedCase, had, taken map[int64]bool, written *rowKeys) (int64, error) {
	c := mc.Case
	key := meetingKey + "|" + mc.Key
	var uv, vf, va, vt any // NULL without a vote
	if v := c.Vote; v != nil {
		uv, vf, va, vt = v.Unanimous, v.For, v.Against, v.Text
	}
	var id int64
	var err error
	for probe := range int64(caseProbes) {
		id = caseID(meetingID, key, probe)
		if taken[id] {
			continue
		}
		stmt := insertCase
		if had[id] {
			stmt = upsertCase
		}
		err = w.exec(stmt, id, meetingID, key, c.Number, ident.CaseKey(c.Number), ident.SortKey(mc.Key), c.Title, c.Type,
			c.ArchiveNumber, c.Proposal, c.Decision, c.DecisionAsWritten, c.Decided, c.Discussion,
			jsonList(c.Speakers), jsonList(c.Conflicts), uv, vf, va, vt, c.Page, mc.From.Path,
			ident.Lower(c.Title+"\n"+c.Proposal+"\n"+c.Decision))
		if !isDuplicateKey(err) {
			break
		}
	}
	if err != nil {
		return 0, err
	}
	for _, s := range mc.Sources {
		if err := w.exec(upsertCaseSource, id, s.Path, s.Page); err != nil {
			return 0, fmt.Errorf("writing source %s: %w", s.Path, err)
		}
		written.sources = append(written.sources, [2]any{id, s.Path})
	}
	return id, w.putRefs(id, mc, written)
}

// putRefs writes the written references of a case to other cases.
func (w *writer) putRefs(id int64, mc *mergedCase, written *rowKeys) error {
	c := mc.Case
	for _, r := range ident.References(strings.Join([]string{c.Title, c.Proposal, c.Decision, c.Discussion}, "\n")) {
		if r.Key == mc.Key {
			continue
		}
		if err := w.exec(upsertCaseRef, id, r.Key, r.Text, mc.From.Path, c.Page); err != nil {
			return fmt.Errorf("writing reference %q: %w", r.Text, err)
		}
		written.refs = append(written.refs, [2]any{id, r.Key})
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
