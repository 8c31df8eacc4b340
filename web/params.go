package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
)

// errParam is a request parameter the server cannot use; it answers 400.
type errParam struct{ msg string }

func (e errParam) Error() string { return e.msg }

func paramf(format string, a ...any) error { return errParam{fmt.Sprintf(format, a...)} }

// Paging bounds.
const (
	defaultLimit = 20
	maxLimit     = 100
	maxRows      = 10000 // register rows sorted per request
)

// Formats and languages the search form offers, as the index's format and
// lang fields hold them.
var (
	formats   = []string{"pdf", "docx", "pptx", "odt", "txt", "md"}
	languages = []string{"nb", "nn", "en"}
)

// searchParams is the whole state of a search, as in its URL.
type searchParams struct {
	Q, Kind, Body, Year, Format, Lang, From, To, Sort string
	Cases                                             bool
	Offset, Limit                                     int
}

func parseSearch(v url.Values) (searchParams, error) {
	p := searchParams{Q: strings.TrimSpace(v.Get("q")), Kind: v.Get("kind"), Body: v.Get("body"),
		Year: v.Get("year"), Format: v.Get("format"), Lang: v.Get("lang"), From: v.Get("from"), To: v.Get("to"),
		Sort: v.Get("sort"), Cases: v.Get("cases") == "1" || v.Get("cases") == "true"}
	var err error
	if p.Offset, p.Limit, err = paging(v); err != nil {
		return p, err
	}
	switch {
	case p.Kind != "" && !slices.Contains(doc.Kinds, p.Kind):
		return p, paramf("kind %q is not one of %s", p.Kind, strings.Join(doc.Kinds, ", "))
	case p.Format != "" && !slices.Contains(formats, p.Format):
		return p, paramf("format %q is not one of %s", p.Format, strings.Join(formats, ", "))
	case p.Lang != "" && !slices.Contains(languages, p.Lang):
		return p, paramf("lang %q is not one of %s", p.Lang, strings.Join(languages, ", "))
	case p.Year != "" && !isYear(p.Year):
		return p, paramf("year %q is not a year", p.Year)
	case p.Sort != "" && p.Sort != "relevance" && p.Sort != "date":
		return p, paramf("sort must be relevance or date, not %q", p.Sort)
	case p.Offset+p.Limit > index.MaxLimit:
		return p, paramf("offset+limit may not pass %d", index.MaxLimit)
	}
	return p, nil
}

// query is the index query of p: year, format and lang are fields of the query
// language; a date sort pages through the first index.MaxLimit hits by date.
func (p searchParams) query() (index.Query, error) {
	from, to, err := dateRange(p.From, p.To)
	if err != nil {
		return index.Query{}, err
	}
	text := p.Q
	if p.Year != "" {
		text += " year:" + p.Year
	}
	if p.Format != "" {
		text += " format:" + p.Format
	}
	if p.Lang != "" {
		text += " lang:" + p.Lang
	}
	return index.Query{Text: strings.TrimSpace(text), Kind: p.Kind, Body: p.Body, From: from, To: to,
		Offset: p.Offset, Limit: p.Limit, ByDate: p.Sort == "date", CasesOnly: p.Cases, Facets: true}, nil
}

// values is p as URL parameters, empty ones left out.
func (p searchParams) values() url.Values {
	v := urlValues(map[string]string{"q": p.Q, "kind": p.Kind, "body": p.Body, "year": p.Year,
		"format": p.Format, "lang": p.Lang, "from": p.From, "to": p.To, "sort": p.Sort}, p.Offset, p.Limit)
	if p.Cases {
		v.Set("cases", "1")
	}
	return v
}

// urlValues is the non-empty parameters with the page's offset and limit,
// each left out at its default.
func urlValues(params map[string]string, offset, limit int) url.Values {
	v := url.Values{}
	for k, s := range params {
		if s != "" {
			v.Set(k, s)
		}
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	if limit != defaultLimit {
		v.Set("limit", strconv.Itoa(limit))
	}
	return v
}

// decisionParams is the state of a register listing.
type decisionParams struct {
	Q, Body, Case, From, To, Sort string
	Desc, Decided                 bool
	Offset, Limit                 int
}

// decisionSorts are the columns the register may be sorted by.
var decisionSorts = []string{"date", "body", "case", "title", "decided"}

func parseDecisions(v url.Values) (decisionParams, error) {
	p := decisionParams{Q: v.Get("q"), Body: v.Get("body"), Case: v.Get("case"), From: v.Get("from"),
		To: v.Get("to"), Sort: v.Get("sort"), Desc: v.Get("order") != "asc",
		Decided: v.Get("decided") == "1" || v.Get("decided") == "true"}
	var err error
	if p.Offset, p.Limit, err = paging(v); err != nil {
		return p, err
	}
	if p.Sort == "" {
		p.Sort = "date"
	}
	if !slices.Contains(decisionSorts, p.Sort) {
		return p, paramf("sort must be one of %s, not %q", strings.Join(decisionSorts, ", "), p.Sort)
	}
	return p, nil
}

func (p decisionParams) filter() (register.Filter, error) {
	from, to, err := dateRange(p.From, p.To)
	return register.Filter{Query: p.Q, Body: p.Body, Case: p.Case, From: from, To: to,
		Decided: p.Decided, Limit: maxRows}, err
}

// values is p as URL parameters, empty ones left out.
func (p decisionParams) values() url.Values {
	v := urlValues(map[string]string{"q": p.Q, "body": p.Body, "case": p.Case, "from": p.From, "to": p.To,
		"sort": p.Sort}, p.Offset, p.Limit)
	if p.Decided {
		v.Set("decided", "1")
	}
	if !p.Desc {
		v.Set("order", "asc")
	}
	return v
}

// paging reads offset and limit.
func paging(v url.Values) (offset, limit int, err error) {
	offset, limit = 0, defaultLimit
	if s := v.Get("offset"); s != "" {
		if offset, err = strconv.Atoi(s); err != nil || offset < 0 {
			return 0, 0, paramf("offset %q is not a number from 0", s)
		}
	}
	if s := v.Get("limit"); s != "" {
		if limit, err = strconv.Atoi(s); err != nil || limit < 1 || limit > maxLimit {
			return 0, 0, paramf("limit %q is not a number from 1 to %d", s, maxLimit)
		}
	}
	return offset, limit, nil
}

func isYear(s string) bool {
	y, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && y >= 1700 && y <= 2200
}

// dateRange reads from and to as YYYY, YYYY-MM or YYYY-MM-DD: from is the
// first day of its period, to the last.
func dateRange(from, to string) (first, last time.Time, err error) {
	if first, _, err = period("from", from); err != nil {
		return
	}
	if _, last, err = period("to", to); err != nil {
		return
	}
	if !first.IsZero() && !last.IsZero() && last.Before(first) {
		err = paramf("from %s is after to %s", from, to)
	}
	return
}

func period(name, s string) (first, last time.Time, err error) {
	if s == "" {
		return
	}
	for _, l := range []struct {
		layout        string
		years, months int
		days          int
	}{{time.DateOnly, 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, perr := time.Parse(l.layout, s); perr == nil && isYear(t.Format("2006")) {
			return t, t.AddDate(l.years, l.months, l.days-1), nil
		}
	}
	return first, last, paramf("%s %q is not a date: use YYYY-MM-DD, YYYY-MM or YYYY", name, s)
}
