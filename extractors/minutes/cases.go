package minutes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// archive keeps the first archive number met in a metadata line.
func (b *caseBuilder) archive(s string) {
	if m := archiveRe().FindStringSubmatch(s); m != nil && b.c.ArchiveNumber == "" {
		b.c.ArchiveNumber = m[1]
	}
}

// buildCases reads the case at each start. A case runs from its number to
// the next number, an agenda break or an end marker; a number met twice (an
// agenda list, then the case) gives one case, see mergeCases. Items of an
// agenda list that the minutes never treat are left out, and type codes are
// taken off the titles.
func buildCases(lines []line, starts []caseStart, atts []doc.Attendee) []doc.Case {
	skip := headerTexts(lines)
	lines = labelColumns(lines)
	ctx := caseContext{roster: newRoster(atts), collective: acronyms(lines)}
	var out []readCase
	var listed []bool // whether a case's first mention had no text
	index := map[string]int{}
	for k, st := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1].at
		}
		c := buildCase(lines, st, end, skip, ctx)
		key := ident.CaseKey(c.Number)
		if i, ok := index[key]; ok {
			out[i] = mergeCases(out[i], c)
			out[i].mentions++
			continue
		}
		index[key] = len(out)
		out = append(out, c)
		listed = append(listed, !c.body)
	}
	return stripTypeCodes(treated(out, listed), lines)
}

// readCase is one mention of a case number, or the mentions merged; body
// says whether text outside tables followed a title, as in the minutes
// rather than in an agenda list or table.
type readCase struct {
	doc.Case
	body     bool
	mentions int
}

// treated returns the cases without the items of an agenda list that the
// minutes never come back to. The mentions without text that open the
// cases (listed) are an agenda list when one of them is met again; an item
// of it met only there is left out.
func treated(read []readCase, listed []bool) []doc.Case {
	run := slices.Index(listed, false)
	if run < 0 {
		run = len(read)
	}
	agenda := slices.ContainsFunc(read[:run], func(c readCase) bool { return c.mentions > 1 })
	var out []doc.Case
	for i, c := range read {
		if !agenda || i >= run || c.mentions > 1 {
			out = append(out, c.Case)
		}
	}
	return out
}

// buildCase reads one case from its start line to end.
func buildCase(lines []line, st caseStart, end int, skip map[string]bool, ctx caseContext) readCase {
	b := &caseBuilder{c: doc.Case{Number: st.number, Page: lines[st.at].page}}
	b.archive(st.rest)
	if m := archiveRe().FindStringIndex(st.rest); m != nil {
		st.rest = strings.TrimRight(st.rest[:m[0]], " (–-,")
	}
	if t := trimSeps(st.rest); t != "" {
		b.line(line{kind: lines[st.at].kind, cell: -1}.withText(t))
	}
	b.read(lines, st.at+1, end, skip)
	return readCase{b.finish(ctx), b.prose, 1}
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

// mergeCases joins two mentions of one case number, a met before b. A
// mention without text of its own (an agenda line) gives way to the case in
// the minutes, whose heading is the title. Two mentions of one case (their
// titles alike) are joined: the one with a proposal or a decision is kept,
// else b, and its gaps are filled from the other. A number reused for
// another item is a slip: the first item keeps it. The number keeps the
// form first met.
func mergeCases(a, b readCase) readCase {
	if a.body && !sameTitle(a.Title, b.Title) {
		return a
	}
	number := a.Number
	if a.body && labelled(a.Case) && !labelled(b.Case) {
		a, b = b, a
	}
	b.Number = number
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&b.Title, a.Title}, {&b.Type, a.Type}, {&b.ArchiveNumber, a.ArchiveNumber},
		{&b.Proposal, a.Proposal}, {&b.Decision, a.Decision}, {&b.Discussion, a.Discussion},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	b.Decided = b.Decided || b.Decision != ""
	b.body = a.body || b.body
	return b
}

// sameTitle reports whether two titles name one item: one is empty, or
// most words of the shorter are in the other ("Bekrefte datoen for digital
// samling" and "Bekrefte dato for digital samling").
func sameTitle(a, b string) bool {
	wa, wb := strings.Fields(fold(a)), strings.Fields(fold(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return true
	}
	shared := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			shared++
		}
	}
	return 2*shared >= len(wa)
}

// labelled reports whether a case mention has a proposal or a decision.
func labelled(c doc.Case) bool { return c.Proposal != "" || c.Decision != "" }

// stripTypeCodes takes a trailing type code off the case titles ("Budsjett
// V", "Status (O)"): a capital letter alone that a legend defines
// ("Vedtakssak: V"), or, without a legend, one that ends two titles at
// least.
func stripTypeCodes(cases []doc.Case, lines []line) []doc.Case {
	codes := typeLegend(lines)
	if len(codes) == 0 {
		n := map[string]int{}
		for _, c := range cases {
			if code := typeCode(c.Title); code != "" {
				if n[code]++; n[code] == 2 {
					codes[code] = true
				}
			}
		}
	}
	for i, c := range cases {
		if code := typeCode(c.Title); codes[code] {
			cases[i].Title = strings.TrimSpace(c.Title[:strings.LastIndexByte(c.Title, ' ')])
		}
	}
	return cases
}

// typeLegend returns the type codes a legend defines: "Vedtakssak: V",
// "Orienteringssak: O".
func typeLegend(lines []line) map[string]bool {
	codes := map[string]bool{}
	for _, l := range lines {
		label, code, ok := strings.Cut(l.text, ":")
		if code = strings.TrimSpace(code); ok && isTypeCode(code) && caseType().MatchString(strings.TrimSpace(label)) {
			codes[code] = true
		}
	}
	return codes
}

// typeCode returns the last word of a title of more words when it is a
// capital letter alone or in parentheses, else "".
func typeCode(title string) string {
	i := strings.LastIndexByte(title, ' ')
	if i < 0 {
		return ""
	}
	if code := strings.Trim(title[i+1:], "()"); isTypeCode(code) {
		return code
	}
	return ""
}

// isTypeCode reports whether s is one capital letter.
func isTypeCode(s string) bool {
	r := []rune(s)
	return len(r) == 1 && unicode.IsUpper(r[0])
}
