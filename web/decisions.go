package web

import (
	"context"
	"slices"
	"strings"

	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/internal/lazy"
)

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
	return digits().ReplaceAllStringFunc(s, func(d string) string {
		return strings.Repeat("0", max(0, 12-len(d))) + d
	})
}

var digits = lazy.Regexp(`\d+`)

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
