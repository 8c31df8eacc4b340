package minutes

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// table reads the rows of an attendee table from line j on, with the
// columns of h, after the rows merged into h, if any. Rows come as table
// rows, or, when a reader gave the cells as paragraphs, as runs of
// len(cols) paragraphs. It stops at the first row without a name.
func (s *attendeeScan) table(j int, h header, sec section) int {
	cols := h.cols
	s.records(h.rows, cols, sec, s.lines[max(j-1, 0)].page)
	columns := h.plain && inColumns(s.plainRows(j))
	for j < len(s.lines) {
		var rows [][]string
		end := unitEnd(s.lines, j)
		switch {
		case s.lines[j].inTable():
			rows = records(cellParas(s.lines[j:end]))
		case len(cols) > 1 && j+len(cols) <= len(s.lines):
			end = j + len(cols)
			var cells []string
			for _, l := range s.lines[j:end] {
				if l.inTable() || l.kind == doc.Heading || opensCase(l.text) {
					return j // a case's number ends the table, even where a PDF put a cell after it
				}
				cells = append(cells, l.text)
			}
			rows = [][]string{cells}
		default:
			return j
		}
		if h.plain {
			rows = plainRecords(rows, columns)
		}
		if len(rows) == 0 {
			return j
		}
		if k, _, _ := splitLabel(rows[0][0]); k != labelNone || !s.records(rows, cols, sec, s.lines[j].page) {
			return j
		}
		for ; j < end; j++ {
			s.used[j] = true
		}
	}
	return j
}

// plainRows are the records of the table rows from line j on, up to the
// first that cannot be a person's: a task, or a first cell without a name.
func (s *attendeeScan) plainRows(j int) [][]string {
	var rows [][]string
	for j < len(s.lines) && s.lines[j].inTable() {
		end := unitEnd(s.lines, j)
		rows = append(rows, unindent(records(cellParas(s.lines[j:end])))...)
		j = end
	}
	end := slices.IndexFunc(rows, func(cells []string) bool {
		if len(cells) == 0 || isTaskRow(cells) {
			return true
		}
		_, named := parseEntry(cells[0], 1)
		return !named
	})
	if end >= 0 {
		rows = rows[:end]
	}
	return rows
}

// records adds the attendees of the records read with cols; it reports
// false when the first record holds no name.
func (s *attendeeScan) records(rows [][]string, cols []column, sec section, page int) bool {
	for k, cells := range rows {
		a, ok := fromRecord(cells, cols)
		if !ok {
			return k > 0
		}
		s.addAll([]doc.Attendee{a}, sec, page)
	}
	return len(rows) > 0
}

// addAll adds attendees under a section's status and role. A person listed
// again fills in what was missing.
func (s *attendeeScan) addAll(as []doc.Attendee, sec section, page int) {
	if sec.status == summoned {
		s.summoned = append(s.summoned, as...)
		return
	}
	for _, a := range as {
		if a.Status == "" {
			a.Status = sec.status
		}
		if a.Role == "" {
			a.Role = sec.role
		}
		if a.Organization == "" {
			a.Organization = sec.org
		}
		settle(&a)
		if strings.EqualFold(a.Organization, a.Name) {
			a.Organization = "" // "Kasper Dahl (Kasper Dahl)": a personal member
		}
		a.Page = page
		key := fold(a.Name)
		if i, ok := s.index[key]; ok {
			merge(&s.out[i], a)
			continue
		}
		s.index[key] = len(s.out)
		s.out = append(s.out, a)
	}
}

// settle marks as a substitute a present attendee who met for someone or
// whose role is a substitute's ("Varamedlem").
func settle(a *doc.Attendee) {
	if a.Status == doc.Present && (a.Replaces != "" || substituteRole().MatchString(fold(a.Role))) {
		a.Status = doc.Substitute
	}
}

// merge fills the empty fields of a with those of b.
func merge(a *doc.Attendee, b doc.Attendee) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&a.Organization, b.Organization}, {&a.Role, b.Role}, {&a.Replaces, b.Replaces}, {&a.Note, b.Note},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
}
