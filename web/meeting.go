package web

import (
	"context"

	"github.com/motebok/motebok/extractors/doc"
)

// meeting is one body's meeting on one day: its cases from the register
// and its attendance list from the preferred source.
type meeting struct {
	Date      string         `json:"date"`
	Body      string         `json:"body"`
	Place     string         `json:"place,omitempty"`
	Attendees []doc.Attendee `json:"attendees"`
	Cases     []decisionRow  `json:"cases"`
	Documents []docLink      `json:"documents"`
}

// docLink names a stored document.
type docLink struct {
	DocID string `json:"doc_id"`
	Path  string `json:"path"`
}

func (s *Server) meeting(ctx context.Context, date, body string) (*meeting, error) {
	if _, _, err := period("date", date); err != nil || len(date) != len("2006-01-02") {
		return nil, paramf("date %q is not YYYY-MM-DD", date)
	}
	list, err := s.decisions(ctx, decisionParams{From: date, To: date, Body: body, Sort: "date", Limit: maxRows})
	if err != nil {
		return nil, err
	}
	if len(list.Rows) == 0 {
		return nil, errNotFound{"meeting of " + body + " on " + date}
	}
	m := &meeting{Date: date, Body: list.Rows[0].Body, Attendees: []doc.Attendee{}}
	for _, c := range list.Rows { // the body's words may name more than one body
		if c.Body == m.Body {
			m.Cases = append(m.Cases, c)
		}
	}
	seen := map[string]bool{}
	for _, c := range m.Cases {
		for _, p := range c.Paths {
			if !seen[p] {
				seen[p] = true
				m.Documents = append(m.Documents, docLink{DocID: docID(p), Path: p})
			}
		}
	}
	if d, err := s.document(m.Cases[0].DocID); err == nil && d.Record.Meeting != nil {
		m.Place, m.Attendees = d.Record.Meeting.Place, d.Record.Attendees
	}
	return m, nil
}
