package minutes

import (
	"slices"
	"strings"
)

// labelColumns gives the cells under a case table's header the label its
// column names, when that is a decision or a proposal ("Sak | Tema |
// Konklusjon/oppfølging"): an unlabelled "Godkjent." in that column is the
// case's decision. The rows run up to the first line outside tables. It
// returns lines, copied when a label was given.
func labelColumns(lines []line) []line {
	out, copied := lines, false
	for i, l := range lines {
		if !l.inTable() || l.cell != 0 || !rowStart(lines, i) || !caseHeaderCell(l.text) {
			continue
		}
		kinds := columnKinds(headerRow(lines, i))
		for j := unitEnd(lines, i); len(kinds) > 0 && j < len(lines) && lines[j].inTable(); j++ {
			if k, ok := kinds[lines[j].cell]; ok && lines[j].lab == labelNone {
				if !copied {
					out, copied = slices.Clone(lines), true
				}
				out[j].lab, out[j].labRest = k, lines[j].text
			}
		}
	}
	return out
}

// columnKinds maps the cells of a case table's header row to the decision
// or proposal their first name ("Konklusjon" of "Konklusjon/oppfølging")
// labels.
func columnKinds(header []line) map[int]labelKind {
	kinds := map[int]labelKind{}
	for _, h := range header {
		name, _, _ := strings.Cut(h.text, "/")
		if k := classifyLabel(name, true); k == labelDecision || k == labelProposal {
			kinds[h.cell] = k
		}
	}
	return kinds
}
