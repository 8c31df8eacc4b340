package minutes

import (
	"regexp"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// archiveRe finds an archive number after its label: "Saksnr.: 24/00311",
// "Arkivsak: 24/311-4", "Vår ref. 2024/1234".
var archiveRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:arkivsak(?:snr|nr|\s+nr)?|saksnr|sak\s*nr|saksnummer|saksmappe|arkivnr|arkivreferanse|vår\s+ref|j\s?\.?\s?nr)\.?\s*:?\s*(\d{2,4}/\d{1,6}(?:-\d{1,4})?)`)

// archive keeps the first archive number met in a metadata line.
func (b *caseBuilder) archive(s string) {
	if m := archiveRe.FindStringSubmatch(s); m != nil && b.c.ArchiveNumber == "" {
		b.c.ArchiveNumber = m[1]
	}
}

// buildCases reads the case at each start. A case runs from its number to
// the next number, an agenda break or an end marker; a number met twice (an
// agenda list, then the case) gives one case.
func buildCases(lines []line, starts []caseStart, atts []doc.Attendee) []doc.Case {
	skip := headerTexts(lines)
	lines = labelColumns(lines)
	r := newRoster(atts)
	var out []doc.Case
	index := map[string]int{}
	for k, st := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1].at
		}
		c := buildCase(lines, st, end, skip, r)
		key := ident.CaseKey(c.Number)
		if i, ok := index[key]; ok {
			out[i] = mergeCases(out[i], c)
			continue
		}
		index[key] = len(out)
		out = append(out, c)
	}
	return out
}

// buildCase reads one case from its start line to end.
func buildCase(lines []line, st caseStart, end int, skip map[string]bool, r roster) doc.Case {
	b := &caseBuilder{c: doc.Case{Number: st.number, Page: lines[st.at].page}}
	b.archive(st.rest)
	if m := archiveRe.FindStringIndex(st.rest); m != nil {
		st.rest = strings.TrimRight(st.rest[:m[0]], " (–-,")
	}
	if t := trimSeps(st.rest); t != "" {
		b.line(line{kind: lines[st.at].kind, cell: -1}.withText(t))
	}
	b.read(lines, st.at+1, end, skip)
	return b.finish(r)
}

// headerTexts returns the folded texts of case-table header rows ("Sak |
// Sakstittel / kommentar"), which PDF pages repeat inside cases.
func headerTexts(lines []line) map[string]bool {
	skip := map[string]bool{}
	for i, l := range lines {
		if !caseHeaderCell(l.text) {
			continue
		}
		skip[fold(l.text)] = true
		if l.inTable() {
			for _, c := range headerRow(lines, i) {
				skip[fold(c.text)] = true
			}
		} else if i+1 < len(lines) && strings.Contains(fold(lines[i+1].text), "tittel") {
			skip[fold(lines[i+1].text)] = true
		}
	}
	return skip
}

// caseHeaderCell reports whether s heads the number column of a case
// table: "Sak", "Saksnr.", "Nr".
func caseHeaderCell(s string) bool {
	if len(s) > 8 {
		return false
	}
	f := strings.TrimSuffix(fold(s), ".")
	return f == "sak" || f == "saksnr" || f == "nr" || f == "sak nr" || f == "saknr"
}

// headerRow returns the first paragraph of each other cell of the table
// row around line i: the rest of a header row whose first cell is "Sak",
// even when a PDF reader merged the first case's row into it.
func headerRow(lines []line, i int) []line {
	var out []line
	seen := map[int]bool{lines[i].cell: true}
	for j := i + 1; j < len(lines) && lines[j].block == lines[i].block && lines[j].inTable(); j++ {
		if !seen[lines[j].cell] {
			seen[lines[j].cell] = true
			out = append(out, lines[j])
		}
	}
	return out
}

// mergeCases joins two mentions of one case number, a met before b, and
// fills the gaps of the one kept from the other. The one with a proposal or
// a decision is kept, else b: an agenda list comes before the cases. The
// number keeps the form first met.
func mergeCases(a, b doc.Case) doc.Case {
	number := a.Number
	if labelled(b) || !labelled(a) {
		a, b = b, a
	}
	a.Number = number
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&a.Title, b.Title}, {&a.Type, b.Type}, {&a.ArchiveNumber, b.ArchiveNumber},
		{&a.Proposal, b.Proposal}, {&a.Decision, b.Decision}, {&a.Discussion, b.Discussion},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	a.Decided = a.Decision != ""
	return a
}

// labelled reports whether a case mention has a proposal or a decision.
func labelled(c doc.Case) bool { return c.Proposal != "" || c.Decision != "" }
