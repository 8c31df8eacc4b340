package minutes

import (
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// column is what one column of an attendee table holds.
type column int

const (
	colOther column = iota
	colName
	colOrg
	colRole
	colStatus
	colAbsent
	colReplaces
	colNote // a column the header names but we do not know: kept as a note
)

// defaultColumns read a table without a header row: name, organisation,
// role.
var defaultColumns = []column{colName, colOrg, colRole}

// headerColumn returns the column a header cell names, or false. A
// remark in parentheses is dropped ("Tilstede (J/N)"), and of names joined
// by slashes ("Skole/enhet") the first known one counts.
func headerColumn(cell string) (column, bool) {
	c, _ := splitParens(strings.TrimSuffix(fold(cell), ":"))
	for _, part := range append([]string{c}, strings.Split(c, "/")...) {
		for _, w := range columnWords {
			if w.words.has(strings.TrimSpace(part)) {
				return w.col, true
			}
		}
	}
	return colOther, false
}

// header is an attendee table's header row: its columns, the lines it
// spans, and the records of rows that a PDF reader merged into it
// ("Navn\nKari Nordmann" | "Funksjon\nLeder").
type header struct {
	cols []column
	n    int
	rows [][]string
	// plain marks a table without a header row, read with defaultColumns;
	// see plainRecords.
	plain bool
}

// headerAt recognises an attendee table header at line i: a table row, or a
// run of paragraphs, whose first cell names the person and whose other cells
// are known column names or empty.
func headerAt(lines []line, i int) (header, bool) {
	var h header
	var cells []string
	var paras [][]string
	if lines[i].inTable() {
		h.n = unitEnd(lines, i) - i
		paras = cellParas(lines[i : i+h.n])
		for k, ps := range paras {
			if len(ps) == 0 {
				cells = append(cells, "")
				continue
			}
			cells = append(cells, ps[0])
			paras[k] = ps[1:]
		}
	} else {
		for j := i; j < len(lines) && j < i+6 && !lines[j].inTable(); j++ {
			if _, ok := headerColumn(lines[j].text); !ok || (j == i && isRole(lines[j].text)) {
				break // a lone "Medlem" is a role in a column of roles
			}
			cells = append(cells, lines[j].text)
			h.n++
		}
	}
	var ok bool
	if h.cols, ok = columnsOf(cells); ok && paras != nil {
		h.rows = records(paras)
	}
	return h, ok
}

// columnsOf maps header cells to columns; the first must name the person
// and one other at least must be known. Other unknown columns are read as
// notes ("Navn | Parti | E-post").
func columnsOf(cells []string) ([]column, bool) {
	if len(cells) < 2 {
		return nil, false
	}
	cols := make([]column, len(cells))
	known := 0
	for k, c := range cells {
		if c == "" && k > 0 {
			continue
		}
		col, ok := headerColumn(c)
		switch {
		case k == 0 && col != colName, k > 0 && col == colName:
			return nil, false
		case !ok:
			cols[k] = colNote
			continue
		}
		cols[k] = col
		if k > 0 {
			known++
		}
	}
	return cols, known > 0
}

// unitEnd returns the index after the lines of the table row at i, or i+1
// outside tables.
func unitEnd(lines []line, i int) int {
	j := i + 1
	for lines[i].inTable() && j < len(lines) && lines[j].block == lines[i].block && lines[j].inTable() {
		j++
	}
	return j
}

// fromRecord builds an attendee from the cells of one table row read with
// cols. ok is false when the name cell holds no person's name.
func fromRecord(cells []string, cols []column) (doc.Attendee, bool) {
	var a doc.Attendee
	org := ""
	for k, c := range cells {
		if k < len(cols) && cols[k] == colOrg {
			org = c
		}
	}
	for k, c := range cells {
		if k >= len(cols) || c == "" {
			continue
		}
		if cols[k] != colName {
			fillColumn(&a, cols[k], c)
			continue
		}
		e, ok := parseEntry(trimWords(c, org), 1)
		if !ok {
			return a, false
		}
		a = e
	}
	return a, a.Name != ""
}

// trimWords drops the words of suffix from the end of s when words remain:
// a name cell that repeats the organisation ("Eva Dahl NIBIO" beside
// "NIBIO") gives the name.
func trimWords(s, suffix string) string {
	f, t := strings.Fields(s), strings.Fields(suffix)
	if len(t) == 0 || len(f) <= len(t) || !strings.EqualFold(strings.Join(f[len(f)-len(t):], " "), strings.Join(t, " ")) {
		return s
	}
	return strings.Join(f[:len(f)-len(t)], " ")
}

// statusFromCell reads a status or remark cell: "Forfall", "Nei", "Møtte
// for Kari Nordmann", "X", "J", "N".
func statusFromCell(c, replaces string) (status, rep string) {
	f := fold(c)
	switch _, r, ok := splitFor(c); {
	case ok:
		return doc.Substitute, r
	case absentCell().MatchString(f):
		return doc.Absent, replaces
	case substituteRole().MatchString(f):
		return doc.Substitute, replaces
	}
	return "", replaces
}
