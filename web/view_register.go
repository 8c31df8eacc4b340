package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"path/filepath"

	"github.com/motebok/motebok/index/register"
)

// registerView is the register page.
type registerView struct {
	P              decisionParams
	List           *decisionList
	Rows           []rowView
	Columns        []link
	Prev, Next     string
	CSV, JSON      string
	FirstRow, Last int
}

type rowView struct {
	decisionRow
	DocURL, CaseURL, MeetingURL string
}

// columns are the register's sortable columns with their headings.
var columns = []struct{ key, label string }{
	{"date", "Dato"}, {"body", "Organ"}, {"case", "Sak"}, {"title", "Tittel"}, {"decided", "Vedtatt"},
}

func (s *Server) registerPage(ctx context.Context, r *http.Request, pg page) (string, any, error) {
	p, err := parseDecisions(r.URL.Query())
	if err != nil {
		return "", nil, err
	}
	list, err := s.decisions(ctx, p)
	if err != nil {
		return "", nil, err
	}
	v := &registerView{P: p, List: list, FirstRow: p.Offset + 1, Last: p.Offset + len(list.Rows)}
	for _, d := range list.Rows {
		v.Rows = append(v.Rows, rowView{decisionRow: d, DocURL: pg.url("/dokument/"+d.DocID, nil),
			CaseURL:    pg.url(casePath(d.Number), nil),
			MeetingURL: pg.url("/mote/"+d.MeetingDate+"/"+url.PathEscape(d.Body), nil)})
	}
	for _, c := range columns {
		q := p
		q.Sort, q.Offset, q.Desc = c.key, 0, !(p.Sort == c.key && p.Desc)
		v.Columns = append(v.Columns, link{Label: c.label, URL: pg.url("/register", q.values()), Active: p.Sort == c.key})
	}
	v.Prev, v.Next = pagingLinks(pg, "/register", p.values(), p.Offset, p.Limit, p.Offset+p.Limit < list.Total)
	v.CSV, v.JSON = pg.url("/register.csv", p.values()), pg.url("/register.json", p.values())
	return "Vedtaksregister", v, nil
}

// registerDownload writes exactly the rows the register page with the same
// parameters shows.
func (s *Server) registerDownload(contentType string, write func(io.Writer, []register.Decision) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, err := parseDecisions(r.URL.Query())
		var list *decisionList
		if err == nil {
			list, err = s.decisions(r.Context(), p)
		}
		if err != nil {
			code, msg := errorStatus(err)
			writeError(w, code, msg)
			return
		}
		ds := make([]register.Decision, len(list.Rows))
		for i, d := range list.Rows {
			ds[i] = d.Decision
		}
		ext := filepath.Ext(r.URL.Path)
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Disposition", `attachment; filename="vedtak`+ext+`"`)
		if err := write(w, ds); err != nil {
			slog.Debug("serve: writing register download", "err", err)
		}
	}
}
