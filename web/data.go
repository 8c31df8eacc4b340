package web

import (
	"cmp"
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/pipeline"
)

// hit is an index hit with the id its document is served by.
type hit struct {
	index.Hit
	DocID string `json:"doc_id"`
}

// searchResult is one page of a search.
type searchResult struct {
	Total   uint64                        `json:"total"`
	Partial bool                          `json:"partial,omitempty"`
	Offset  int                           `json:"offset"`
	Limit   int                           `json:"limit"`
	Hits    []hit                         `json:"hits"`
	Facets  map[string][]index.FacetCount `json:"facets"`
}

// search runs p and cuts out its page. Offsets are stable: the same query
// on the same generation ranks hits the same way.
func (s *Server) search(ctx context.Context, p searchParams) (*searchResult, error) {
	q, err := p.query()
	if err != nil {
		return nil, err
	}
	res, err := s.src.search(ctx, q)
	if err != nil {
		return nil, err
	}
	hits := res.Hits
	if p.Sort == "date" {
		hits = slices.Clone(hits) // res is shared through the cache
		slices.SortStableFunc(hits, func(a, b index.Hit) int { return cmp.Compare(b.Date, a.Date) })
	}
	hits = hits[min(p.Offset, len(hits)):min(p.Offset+p.Limit, len(hits))]
	out := &searchResult{Total: res.Total, Partial: res.Partial, Offset: p.Offset, Limit: p.Limit,
		Hits: make([]hit, len(hits)), Facets: res.Facets}
	for i, h := range hits {
		out.Hits[i] = hit{Hit: h, DocID: docID(h.Path)}
	}
	if out.Facets == nil {
		out.Facets = map[string][]index.FacetCount{}
	}
	return out, nil
}

// document is a stored record with the id it is served by.
type document struct {
	DocID  string      `json:"doc_id"`
	Record *doc.Record `json:"record"`
}

// document loads the record of document id.
func (s *Server) document(id string) (*document, error) {
	var rec *doc.Record
	err := s.src.with(func(st *state) error {
		path := st.pathOf(id)
		if path == "" {
			return errNotFound{"document " + id}
		}
		var err error
		rec, _, err = st.cat.Record(path)
		return err
	})
	if err != nil {
		return nil, err
	}
	return &document{DocID: id, Record: rec}, nil
}

// filePath is the archive path of document id, "" when there is none.
func (s *Server) filePath(id string) string {
	var path string
	_ = s.src.with(func(st *state) error { path = st.pathOf(id); return nil })
	return path
}

// decisionRow is a register row with the id of its source document.
type decisionRow struct {
	register.Decision
	DocID string `json:"doc_id"`
}

// decisionList is one page of the register.
type decisionList struct {
	Total  int           `json:"total"` // rows the filter selects, at most maxRows
	Offset int           `json:"offset"`
	Limit  int           `json:"limit"`
	Rows   []decisionRow `json:"rows"`
}

// decisions selects, sorts and pages the register's rows.
func (s *Server) decisions(ctx context.Context, p decisionParams) (*decisionList, error) {
	f, err := p.filter()
	if err != nil {
		return nil, err
	}
	var ds []register.Decision
	err = s.src.registerDo(func(r *register.Register) error {
		ds, err = r.Decisions(ctx, f)
		return err
	})
	if err != nil {
		return nil, err
	}
	sortDecisions(ds, p.Sort, p.Desc)
	page := ds[min(p.Offset, len(ds)):min(p.Offset+p.Limit, len(ds))]
	out := &decisionList{Total: len(ds), Offset: p.Offset, Limit: p.Limit, Rows: make([]decisionRow, len(page))}
	for i, d := range page {
		out.Rows[i] = decisionRow{Decision: d, DocID: docID(d.Path)}
	}
	return out, nil
}

// decisionKeys are the sort keys of the register's columns.
var decisionKeys = map[string]func(register.Decision) string{
	"date":  func(d register.Decision) string { return d.MeetingDate },
	"body":  func(d register.Decision) string { return strings.ToLower(d.Body) },
	"case":  func(d register.Decision) string { return naturalKey(d.Number) },
	"title": func(d register.Decision) string { return strings.ToLower(d.Title) },
	"decided": func(d register.Decision) string {
		if d.Decided {
			return "1"
		}
		return "0"
	},
}

// naturalKey pads each run of digits in s, so that keys sort as numbers
// do: "Sak 9/25" before "Sak 10/25".
func naturalKey(s string) string {
	return digits.ReplaceAllStringFunc(s, func(d string) string {
		return strings.Repeat("0", max(0, 12-len(d))) + d
	})
}

var digits = regexp.MustCompile(`\d+`)

// sortDecisions sorts stably, so rows equal in the column keep the
// register's order (newest meeting first, agenda order within it).
func sortDecisions(ds []register.Decision, by string, desc bool) {
	key := decisionKeys[by]
	slices.SortStableFunc(ds, func(a, b register.Decision) int {
		c := strings.Compare(key(a), key(b))
		if desc {
			return -c
		}
		return c
	})
}

// caseHistory is the timeline of a case number.
func (s *Server) caseHistory(ctx context.Context, number, body string) ([]register.Event, error) {
	var es []register.Event
	err := s.src.registerDo(func(r *register.Register) (err error) {
		es, err = r.CaseHistory(ctx, number, body)
		return err
	})
	if err == nil && len(es) == 0 {
		err = errNotFound{"case " + number}
	}
	return es, err
}

// personHistory is the meetings a person is listed in.
func (s *Server) personHistory(ctx context.Context, name string) ([]register.Attendance, error) {
	var as []register.Attendance
	err := s.src.registerDo(func(r *register.Register) (err error) {
		as, err = r.PersonHistory(ctx, name)
		return err
	})
	if err == nil && len(as) == 0 {
		err = errNotFound{"person " + name}
	}
	return as, err
}

// statusInfo is what `motebok status --json` prints.
type statusInfo struct {
	*pipeline.StatusInfo
	Conflicts []register.Conflict `json:"conflicts"`
}

func (s *Server) status(ctx context.Context) (*statusInfo, error) {
	st, err := pipeline.Status(s.src.dir)
	if err != nil {
		return nil, err
	}
	out := &statusInfo{StatusInfo: st, Conflicts: []register.Conflict{}}
	err = s.src.registerDo(func(r *register.Register) error {
		cs, err := r.Conflicts(ctx)
		if cs != nil {
			out.Conflicts = cs
		}
		return err
	})
	if err == errNoData {
		err = nil
	}
	return out, err
}

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
