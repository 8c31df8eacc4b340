package minutes

import (
	"regexp"
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
	colReplaces
)

// defaultColumns read a table without a header row: name, organisation,
// role.
var defaultColumns = []column{colName, colOrg, colRole}

var columnWords = []struct {
	col column
	re  *regexp.Regexp
}{
	{colName, regexp.MustCompile(`^(navn|namn|name|deltaker|deltakar|medlem|medlemmer|representant|person|fullt navn)$`)},
	{colOrg, regexp.MustCompile(`^(virksomhet|verksemd|organisasjon|organisation|organisasjon/virksomhet|representerer|representerar|parti|firma|arbeidsgiver|arbeidsgjevar|etat|enhet|eining|avdeling|institusjon|instans|foretak|selskap|kommune|fra|frå)$`)},
	{colRole, regexp.MustCompile(`^(rolle|funksjon|verv|tittel|stilling|role)$`)},
	{colReplaces, regexp.MustCompile(`^(møtte for|møtt for|vara for|møtte i stedet for|møtte i staden for|for)$`)},
	{colStatus, regexp.MustCompile(`^(møtt|møtte|status|til ?stede|til ?stades|forfall|oppmøte|deltok|merknad|merknader|møtt \(sett kryss\))$`)},
}

// headerColumn returns the column a header cell names, or false.
func headerColumn(cell string) (column, bool) {
	c := strings.TrimSuffix(fold(cell), ":")
	for _, w := range columnWords {
		if w.re.MatchString(c) {
			return w.col, true
		}
	}
	return colOther, false
}

// headerAt recognises an attendee table header at line i: a table row, or a
// run of paragraphs, whose first cell names the person and whose other cells
// are known column names. It returns the columns and the lines it spans.
func headerAt(lines []line, i int) ([]column, int) {
	var cells []string
	n := 0
	if lines[i].inTable() {
		n = unitEnd(lines, i) - i
		cells = unitCells(lines, i, i+n)
	} else {
		for j := i; j < len(lines) && j < i+6 && !lines[j].inTable(); j++ {
			if _, ok := headerColumn(lines[j].text); !ok {
				break
			}
			cells = append(cells, lines[j].text)
			n++
		}
	}
	if len(cells) < 2 {
		return nil, 0
	}
	cols := make([]column, len(cells))
	for k, c := range cells {
		col, ok := headerColumn(c)
		if !ok || (k == 0) != (col == colName) {
			return nil, 0
		}
		cols[k] = col
	}
	return cols, n
}

// unitEnd returns the index after the lines of the table row at i, or i+1
// outside tables.
func unitEnd(lines []line, i int) int {
	j := i + 1
	for lines[i].inTable() && j < len(lines) && lines[j].block == lines[i].block {
		j++
	}
	return j
}

// unitCells rebuilds the cells of the table row in lines[i:end], keeping
// their positions; paragraphs in one cell are joined with a space.
func unitCells(lines []line, i, end int) []string {
	var cells []string
	for _, l := range lines[i:end] {
		for len(cells) <= l.cell {
			cells = append(cells, "")
		}
		cells[l.cell] = strings.TrimSpace(cells[l.cell] + " " + l.text)
	}
	return cells
}

// fromRecord builds an attendee from the cells of one table row read with
// cols. ok is false when the name cell holds no person's name.
func fromRecord(cells []string, cols []column) (doc.Attendee, bool) {
	var a doc.Attendee
	for k, c := range cells {
		if k >= len(cols) || c == "" {
			continue
		}
		switch cols[k] {
		case colName:
			e, ok := parseEntry(c, 1)
			if !ok {
				return a, false
			}
			a = e
		case colOrg:
			addSegment(&a, c)
		case colRole:
			a.Role = c
		case colStatus:
			a.Status, a.Replaces = statusFromCell(c, a.Replaces)
		case colReplaces:
			a.Replaces = c
		}
	}
	return a, a.Name != ""
}

// absentCell matches a status cell saying the person did not attend.
var absentCell = regexp.MustCompile(`forfall|^nei$|ikke|ikkje|fravær|fråver|^-$`)

// statusFromCell reads a status or remark cell: "Forfall", "Nei", "Møtte
// for Kari Nordmann", "X".
func statusFromCell(c, replaces string) (status, rep string) {
	f := fold(c)
	switch _, r, ok := splitFor(c); {
	case ok:
		return doc.Substitute, r
	case absentCell.MatchString(f):
		return doc.Absent, replaces
	case strings.HasPrefix(f, "vara"):
		return doc.Substitute, replaces
	}
	return "", replaces
}
