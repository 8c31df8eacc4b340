package register

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Table layout: column gap, the narrowest usable width, the width used when
// the caller does not know the terminal's, and the most lines a wrapped cell
// may take.
const (
	gap          = "  "
	minWidth     = 60
	defaultWidth = 100
	maxCellLines = 4
)

// column is one table column: a header, a width in characters, and whether
// long values wrap (else they are cut with "…").
type column struct {
	head  string
	width int
	wrap  bool
}

// WriteTable writes ds as an aligned text table for a terminal width
// characters wide (0: 100; at least 60). Date, body, case and decided
// (DEC: yes or no) come first; title and decision share the remaining width
// and wrap over up to four lines, longer text ends in "…".
func WriteTable(w io.Writer, ds []Decision, width int) error {
	cols := tableColumns(ds, width)
	bw := bufio.NewWriter(w)
	head := make([][]string, len(cols))
	for i, c := range cols {
		head[i] = []string{c.head}
	}
	writeRow(bw, cols, head)
	for _, d := range ds {
		cells := []string{d.MeetingDate, d.Body, d.Number, yesNo(d.Decided), d.Title, d.Decision}
		lines := make([][]string, len(cols))
		for i, c := range cols {
			lines[i] = cellLines(cells[i], c)
		}
		writeRow(bw, cols, lines)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing table: %w", err)
	}
	return nil
}

// tableColumns sizes the columns: date, case and decided to their content
// (case at most 10), body to its widest value up to 20 but shrinking to
// leave half the width to the text columns; title and decision share the
// rest 40:60. With minWidth, every line fits.
func tableColumns(ds []Decision, width int) []column {
	if width <= 0 {
		width = defaultWidth
	}
	avail := max(width, minWidth) - len(gap)*5
	body, number := len("BODY"), len("CASE")
	for _, d := range ds {
		body = max(body, runeLen(d.Body))
		number = max(number, runeLen(d.Number))
	}
	number = min(number, 10)
	fixed := 10 + number + 3
	body = max(min(body, 20, avail/2-fixed), 6)
	rest := avail - fixed - body
	title := rest * 2 / 5
	return []column{{"DATE", 10, false}, {"BODY", body, false}, {"CASE", number, false},
		{"DEC", 3, false}, {"TITLE", title, true}, {"DECISION", rest - title, true}}
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// writeRow prints cells line by line, padding every column but the last.
func writeRow(w *bufio.Writer, cols []column, cells [][]string) {
	n := 0
	for _, c := range cells {
		n = max(n, len(c))
	}
	for line := range n {
		var b strings.Builder
		for i, c := range cols {
			s := ""
			if line < len(cells[i]) {
				s = cells[i][line]
			}
			if i == len(cols)-1 {
				b.WriteString(s)
				break
			}
			b.WriteString(s + strings.Repeat(" ", c.width-runeLen(s)) + gap)
		}
		w.WriteString(strings.TrimRight(b.String(), " ") + "\n")
	}
}

// cellLines fits s into a column: control characters (which could drive
// the terminal) and runs of white space become one space, then the text is
// wrapped or cut to the column width.
func cellLines(s string, c column) []string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
	if !c.wrap {
		return []string{truncate(s, c.width)}
	}
	return wrap(s, c.width, maxCellLines)
}

// wrap breaks s at spaces into lines of at most width characters, splitting
// longer words, and cuts after maxLines lines with "…".
func wrap(s string, width, maxLines int) []string {
	var lines []string
	for s != "" {
		if len(lines) == maxLines-1 {
			return append(lines, truncate(s, width))
		}
		line, rest := breakLine(s, width)
		lines = append(lines, line)
		s = rest
	}
	return lines
}

// breakLine takes the longest prefix of s up to width characters ending at
// a space, or exactly width characters when a word is longer.
func breakLine(s string, width int) (line, rest string) {
	if runeLen(s) <= width {
		return s, ""
	}
	cut := byteOffset(s, width)
	if i := strings.LastIndexByte(s[:cut+1], ' '); i > 0 {
		return s[:i], s[i+1:]
	}
	return s[:cut], s[cut:]
}

// truncate cuts s to width characters, the last one "…" when cut.
func truncate(s string, width int) string {
	if runeLen(s) <= width {
		return s
	}
	return s[:byteOffset(s, width-1)] + "…"
}

// byteOffset is the byte index of the n-th rune of s (len(s) past the end).
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
