package minutes

import (
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// columnsAfter reads the columns that a PDF reader gave one after the
// other instead of row by row: "Navn", the names, then "Funksjon" and one
// role per name. From line j on, each column header followed by exactly one
// value per attendee in as (the people of the name column, in order) fills
// that field; a column with fewer values is left alone, as its values cannot
// be matched to names. It returns where to continue.
func (s *attendeeScan) columnsAfter(j int, as []doc.Attendee) int {
	for j < len(s.lines) {
		col, ok := headerColumn(s.lines[j].text)
		if !ok || col == colName || s.lines[j].inTable() {
			return j
		}
		vals := columnValues(s.lines, j+1, len(as))
		if vals == nil {
			return j
		}
		for k, v := range vals {
			fillColumn(&as[k], col, v)
		}
		for end := j + 1 + len(vals); j < end; j++ {
			s.used[j] = true
		}
	}
	return j
}

// columnValues returns the n short lines from i on that can be the cells
// of a column, or nil when there are fewer. A value may read as a label
// ("Varamedlem") or a name column's header ("Medlem"), not as another
// column's header.
func columnValues(lines []line, i, n int) []string {
	if i+n > len(lines) {
		return nil
	}
	vals := make([]string, 0, n)
	for _, l := range lines[i : i+n] {
		if l.inTable() || l.kind == doc.Heading || wordCount(l.text) > 8 || strings.Contains(l.text, ":") {
			return nil
		}
		if col, ok := headerColumn(l.text); ok && col != colName {
			return nil // the next column's header: too few values
		}
		vals = append(vals, l.text)
	}
	return vals
}

// fillColumn sets the field a column names from one of its cells.
func fillColumn(a *doc.Attendee, col column, v string) {
	switch col {
	case colOrg:
		addSegment(a, v)
	case colRole:
		a.Role = v
	case colReplaces:
		a.Replaces = v
	case colStatus:
		if st, rep := statusFromCell(v, a.Replaces); st != "" {
			a.Status, a.Replaces = st, rep
		} else if !presenceMark().MatchString(fold(v)) {
			addNote(a, v) // "Ugild i sak 34/24" in a remark column
		}
	case colAbsent:
		absentMark(a, v)
	case colNote:
		addNote(a, v)
	}
	settle(a)
}

// absentMark reads a cell of an absence column ("Forfall"): a cross or a
// reason marks the person absent, and a reason is kept as a note; "Nei"
// or "-" leaves the status alone.
func absentMark(a *doc.Attendee, v string) {
	f := fold(v)
	if noMark().MatchString(f) {
		return
	}
	a.Status = doc.Absent
	if !presenceMark().MatchString(f) && !absentCell().MatchString(f) {
		addNote(a, v)
	}
}
