package minutes

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/dates"
)

// cellParas groups the paragraphs of one table row by cell, keeping the
// cells' positions.
func cellParas(ls []line) [][]string {
	var paras [][]string
	for _, l := range ls {
		for len(paras) <= l.cell {
			paras = append(paras, nil)
		}
		paras[l.cell] = append(paras[l.cell], l.text)
	}
	return paras
}

// records turns the paragraphs of a row's cells into the records the row
// holds. A PDF reader may stack several rows into one, each cell holding
// one paragraph per row ("Lars Hauge\nKari Dahl" | "Medlem\nLeiar"): when
// every paragraph of the name cell is a full name, paragraph m of each cell
// with as many paragraphs goes to record m, and cells with another count
// are left empty rather than guessed. Otherwise the row is one record, the
// paragraphs of a cell joined (see joinWraps). It returns nil for a row
// without paragraphs.
func records(paras [][]string) [][]string {
	if len(paras) == 0 {
		return nil
	}
	if n := len(paras[0]); n >= 2 && allFullNames(paras[0]) {
		rows := make([][]string, n)
		for m := range rows {
			rows[m] = make([]string, len(paras))
			for k, ps := range paras {
				if len(ps) == n {
					rows[m][k] = ps[m]
				}
			}
		}
		return rows
	}
	cells := make([]string, len(paras))
	empty := true
	for k, ps := range paras {
		cells[k] = joinWraps(ps)
		empty = empty && len(ps) == 0
	}
	if empty {
		return nil
	}
	return [][]string{cells}
}

// allFullNames reports whether every paragraph is an entry with a name of
// two words or more.
func allFullNames(ps []string) bool {
	for _, p := range ps {
		if _, ok := parseEntry(p, 2); !ok {
			return false
		}
	}
	return true
}

// joinWraps joins the paragraphs of a cell with a space, or with nothing
// after a hyphen ("Baugstø-" + "Hartvigsen").
func joinWraps(ps []string) string {
	var b strings.Builder
	for k, p := range ps {
		if k > 0 && !strings.HasSuffix(ps[k-1], "-") {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// plainRecords reads the records of a row of a table without a header.
// When the table lists names in columns (see inColumns), each filled cell
// is a person. A row with a deadline or a sentence ("Budsjett | Kari
// Nordmann | 01.03.2025") starts a table of tasks and gives no records.
func plainRecords(rows [][]string, columns bool) [][]string {
	rows = unindent(rows)
	if i := slices.IndexFunc(rows, isTaskRow); i >= 0 {
		rows = rows[:i]
	}
	if !columns {
		return rows
	}
	var out [][]string
	for _, cells := range rows {
		for _, c := range nonEmpty(cells) {
			out = append(out, []string{c})
		}
	}
	return out
}

// unindent drops the empty first cell of rows under a label column ("Til
// stede: | (Stemmeberettigede)" then "| Kari Nordmann | (KS)").
func unindent(rows [][]string) [][]string {
	for k, cells := range rows {
		if len(cells) > 1 && strings.TrimSpace(cells[0]) == "" {
			rows[k] = cells[1:]
		}
	}
	return rows
}

// inColumns reports whether the rows of a table without a header list
// names in columns ("Ola Nordmann | Anne Berg", "Kari Nordmann, KS | Ola
// Hansen, KS"): some row has two filled cells or more, and every such row
// has a full name in each. One row that reads as two names among rows of
// name and organisation belongs to the latter ("Kari Nordmann | Nordre
// Follo").
func inColumns(rows [][]string) bool {
	wide := false
	for _, cells := range rows {
		if filled := nonEmpty(cells); len(filled) >= 2 {
			if !allFullNames(filled) {
				return false
			}
			wide = true
		}
	}
	return wide
}

// nonEmpty returns the cells that hold text.
func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			out = append(out, c)
		}
	}
	return out
}

// isTaskRow reports whether a row without a header reads as a task rather
// than a person: its first cell ends with a full stop after a word (not an
// initial, "Ola H."), or a cell is a date ("01.03.2025", "Uke 12").
func isTaskRow(cells []string) bool {
	if len(cells) > 0 && fullStop(cells[0]) {
		return true
	}
	return slices.ContainsFunc(cells, isDate)
}

// fullStop reports whether s ends with a full stop after a word of three
// letters or more.
func fullStop(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && strings.HasSuffix(s, ".") && utf8.RuneCountInString(f[len(f)-1]) > 3
}

// isDate reports whether the whole cell is a date.
func isDate(c string) bool {
	c = strings.TrimSpace(c)
	for _, d := range dates.Find(c, time.Time{}) {
		if d.Text == c {
			return true
		}
	}
	return false
}
