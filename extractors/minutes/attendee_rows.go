package minutes

import "strings"

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
