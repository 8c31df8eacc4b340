package register

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/ident"
)

// rebuild replaces the derived rows (meetings, attendees, cases,
// case_sources) of one meeting key with what its current documents say:
// one meeting per record (see splitRecords), none when no document is left.
func (w *writer) rebuild(key string) error {
	if err := w.exec("DELETE FROM meetings WHERE base_key = ?", key); err != nil { // cascades
		return fmt.Errorf("clearing derived rows: %w", err)
	}
	srcs, err := w.sources(key)
	if err != nil {
		return err
	}
	slices.SortFunc(srcs, compareSources)
	taken := map[string]bool{}
	for _, r := range splitRecords(srcs) {
		m := merge(recordKey(key, r, taken), r)
		m.Meeting.BaseKey = key
		if err := w.putMerged(m, r); err != nil {
			return err
		}
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

// putMerged writes one derived meeting and points its documents at it.
func (w *writer) putMerged(m *merged, r record) error {
	id := m.Meeting.ID
	if err := w.putMeeting(&m.Meeting); err != nil {
		return err
	}
	for i, a := range m.Attendees {
		if err := w.exec(insertAttendee, id, i, m.ListPath, a.Name, ident.PersonKey(a.Name), a.Organization, a.Role, a.Status,
			a.Replaces, a.Note, a.Page); err != nil {
			return fmt.Errorf("writing attendee %d: %w", i, err)
		}
	}
	for _, c := range m.Cases {
		if err := w.putCase(id, m.Meeting.Key, c); err != nil {
			return fmt.Errorf("writing case %q: %w", c.Case.Number, err)
		}
	}
	for _, s := range r {
		if err := w.exec(linkDocument, id, s.Path); err != nil {
			return fmt.Errorf("linking %s: %w", s.Path, err)
		}
	}
	return nil
}

// sources loads the documents of a meeting key, taking those of the
// current batch from memory.
func (w *writer) sources(key string) ([]*source, error) {
	rows, err := w.tx.QueryContext(w.ctx, "SELECT path, format, modified, source, "+
		documentsTable.intact("d")+" FROM documents d WHERE meeting_key = ?", key)
	if err != nil {
		return nil, fmt.Errorf("loading sources: %w", err)
	}
	defer rows.Close()
	var out []*source
	for rows.Next() {
		var path, format, modified string
		var packed []byte
		var intact bool
		if err := rows.Scan(&path, &format, &modified, &packed, &intact); err != nil {
			return nil, fmt.Errorf("loading sources: %w", err)
		}
		if !intact {
			return nil, damagedRow("documents", path)
		}
		s, err := w.source(path, format, modified, packed)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
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

func (w *writer) putMeeting(m *meetingRow) error {
	err := w.exec(insertMeeting, m.ID, m.Key, m.BaseKey, m.Organization, ident.BodyKey(m.Organization), m.Body,
		ident.BodyKey(m.Body), ident.BodyKey(m.Body), m.Date, m.Start, m.End, m.Place, m.Path)
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

// putCase writes a case of a meeting with its sources and references. Its
// id is the first of caseID's that no other case has: two cases of a
// meeting of six share their first id once in some 70,000 meetings.
func (w *writer) putCase(meetingID int64, meetingKey string, mc *mergedCase) error {
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
		err = w.exec(insertCase, id, meetingID, key, c.Number, ident.CaseKey(c.Number), ident.SortKey(mc.Key), c.Title, c.Type,
			c.ArchiveNumber, c.Proposal, c.Decision, c.DecisionAsWritten, c.Decided, c.Discussion,
			jsonList(c.Speakers), jsonList(c.Conflicts), uv, vf, va, vt, c.Page, mc.From.Path,
			ident.Lower(c.Title+"\n"+c.Proposal+"\n"+c.Decision))
		if !isDuplicateKey(err) {
			break
		}
	}
	if err != nil {
		return err
	}
	for _, s := range mc.Sources {
		if err := w.exec(insertCaseSource, id, s.Path, s.Page); err != nil {
			return fmt.Errorf("writing source %s: %w", s.Path, err)
		}
	}
	return w.putRefs(id, mc)
}

// putRefs writes the written references of a case to other cases.
func (w *writer) putRefs(id int64, mc *mergedCase) error {
	c := mc.Case
	for _, r := range ident.References(strings.Join([]string{c.Title, c.Proposal, c.Decision, c.Discussion}, "\n")) {
		if r.Key == mc.Key {
			continue
		}
		if err := w.exec(insertCaseRef, id, r.Key, r.Text, mc.From.Path, c.Page); err != nil {
			return fmt.Errorf("writing reference %q: %w", r.Text, err)
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
