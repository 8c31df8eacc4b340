package pdf

import (
	"strconv"
	"strings"
	"time"

	lpdf "github.com/ledongthuc/pdf"
	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/lazy"
)

// readMeta reads Title, Author, CreationDate and ModDate of the Info
// dictionary; a damaged dictionary gives what could be read.
func readMeta(rd *lpdf.Reader) (m doc.Meta) {
	defer func() { _ = recover() }()
	info := rd.Trailer().Key("Info")
	m.Title = strings.TrimSpace(info.Key("Title").Text())
	m.Author = strings.TrimSpace(info.Key("Author").Text())
	m.Created = parseDate(info.Key("CreationDate").Text())
	m.Modified = parseDate(info.Key("ModDate").Text())
	return m
}

// pdfDate matches D:YYYYMMDDHHmmSSOHH'mm' with every part after the year
// optional.
var pdfDate = lazy.Regexp(`^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz+-])?\s*(\d{2})?'?(\d{2})?'?`)

// parseDate reads a PDF date; it returns nil when s is not one.
func parseDate(s string) *time.Time {
	m := pdfDate().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil
	}
	n := func(i, def int) int {
		if v, err := strconv.Atoi(m[i]); err == nil {
			return v
		}
		return def
	}
	loc := time.UTC
	if m[7] == "+" || m[7] == "-" {
		off := n(8, 0)*3600 + n(9, 0)*60
		if m[7] == "-" {
			off = -off
		}
		loc = time.FixedZone("", off)
	}
	mon, day := n(2, 1), n(3, 1)
	if mon < 1 || mon > 12 || day < 1 || day > 31 {
		return nil
	}
	t := time.Date(n(1, 0), time.Month(mon), day, n(4, 0), n(5, 0), n(6, 0), 0, loc).UTC()
	return &t
}
