package register

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// meetingRow is the merged meeting: each field is the first non-empty one
// among the sources in preferred order.
type meetingRow struct {
	ID           int64
	Key          string
	BaseKey      string // the documents' meeting key
	Organization string
	Path         string // preferred source
	doc.Meeting
}

// mergedCase is one case of a meeting with the source it was taken from
// and every source that lists it.
type mergedCase struct {
	Key     string
	Case    *doc.Case
	From    *source
	Sources []caseSource
}

type caseSource struct {
	Path string
	Page int
}

// merged is everything derived for one meeting.
type merged struct {
	Meeting   meetingRow
	Attendees []doc.Attendee
	ListPath  string // source of the attendance list
	Cases     []*mergedCase
}

// merge derives a meeting from the copies of one record. srcs must be
// non-empty; merge sorts them, so the result does not depend on their
// order.
func merge(key string, srcs record) *merged {
	slices.SortFunc(srcs, compareSources)
	m := &merged{Meeting: meetingRow{ID: ident.ID(key), Key: key, Path: srcs[0].Path,
		Organization: srcs.organization()}}
	for _, s := range srcs {
		fillMeeting(&m.Meeting.Meeting, s.Meeting)
		if m.Attendees == nil && len(s.Attendees) > 0 {
			m.Attendees, m.ListPath = s.Attendees, s.Path
		}
	}
	m.Cases = mergeCases(srcs)
	return m
}

func fillMeeting(dst, src *doc.Meeting) {
	if src == nil {
		return
	}
	for _, f := range []struct {
		d *string
		s string
	}{
		{&dst.Body, src.Body}, {&dst.Date, src.Date}, {&dst.Start, src.Start},
		{&dst.End, src.End}, {&dst.Place, src.Place},
	} {
		if *f.d == "" {
			*f.d = f.s
		}
	}
}

// mergeCases groups the cases of sorted sources by case key and picks, per
// case, the version caseBetter prefers. The result is in agenda order.
func mergeCases(srcs record) []*mergedCase {
	byKey := map[string]*mergedCase{}
	var out []*mergedCase
	for _, s := range srcs {
		for i := range s.Cases {
			c := &s.Cases[i]
			k := caseKeyIn(s.Path, i, c.Number, c.Title)
			mc := byKey[k]
			if mc == nil {
				mc = &mergedCase{Key: k, Case: c, From: s}
				byKey[k] = mc
				out = append(out, mc)
			} else if caseBetter(c, s, mc.Case, mc.From) {
				mc.Case, mc.From = c, s
			}
			mc.addSource(s.Path, c.Page)
		}
	}
	slices.SortFunc(out, func(a, b *mergedCase) int {
		return cmp.Or(cmp.Compare(ident.SortKey(a.Key), ident.SortKey(b.Key)), cmp.Compare(a.Key, b.Key))
	})
	return out
}

// addSource lists path once; a document that repeats a case keeps the page
// of its first mention.
func (mc *mergedCase) addSource(path string, page int) {
	for _, s := range mc.Sources {
		if s.Path == path {
			return
		}
	}
	mc.Sources = append(mc.Sources, caseSource{Path: path, Page: page})
}

// caseKeyIn identifies a case within a meeting: by number, else by title,
// else by its position in its document.
func caseKeyIn(path string, i int, number, title string) string {
	if k := ident.CaseKey(number); k != "" {
		return k
	}
	if t := ident.Lower(title); t != "" {
		return "title:" + t
	}
	return "pos:" + path + "#" + strconv.Itoa(i)
}
