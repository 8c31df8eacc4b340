package web

import (
	"context"

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

// search runs p. Offsets are stable: the same query on the same
// generation ranks hits the same way.
func (s *Server) search(ctx context.Context, p searchParams) (*searchResult, error) {
	q, err := p.query()
	if err != nil {
		return nil, err
	}
	res, err := s.src.search(ctx, q)
	if err != nil {
		return nil, err
	}
	out := &searchResult{Total: res.Total, Partial: res.Partial, Offset: p.Offset, Limit: p.Limit,
		Hits: make([]hit, len(res.Hits)), Facets: res.Facets}
	for i, h := range res.Hits {
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
