package synth

import (
	"bytes"
	"strings"
)

// content is the content stream that draws lines in the given mode.
func content(lines []Line, mode TextMode) []byte {
	var b bytes.Buffer
	for i := 0; i < len(lines); {
		switch mode {
		case TextRuns:
			i = drawRun(&b, lines, i)
		case TextGaps:
			drawGaps(&b, lines[i])
			i++
		default:
			drawLine(&b, lines[i])
			i++
		}
	}
	return b.Bytes()
}

// setFont starts a text object at the line's font and position.
func setFont(b *bytes.Buffer, l Line) {
	font := "/F1 "
	if l.Bold {
		font = "/F2 "
	}
	b.WriteString("BT " + font + num(l.Size) + " Tf " + num(l.X) + " " + num(l.Y) + " Td ")
}

func drawLine(b *bytes.Buffer, l Line) {
	setFont(b, l)
	pdfString(b, l.Text)
	b.WriteString(" Tj ET\n")
}

// drawRun draws lines[i] and the lines after it that continue it (same
// font, same left edge, evenly spaced below) in one text object with T*,
// and returns the index of the first line it did not draw.
func drawRun(b *bytes.Buffer, lines []Line, i int) int {
	first := lines[i]
	j := i + 1
	lead := 0.0
	if j < len(lines) {
		lead = first.Y - lines[j].Y
	}
	setFont(b, first)
	b.WriteString(num(lead) + " TL ")
	pdfString(b, first.Text)
	b.WriteString(" Tj\n")
	for ; j < len(lines) && continues(lines[j-1], lines[j], lead); j++ {
		b.WriteString("T* ")
		pdfString(b, lines[j].Text)
		b.WriteString(" Tj\n")
	}
	b.WriteString("ET\n")
	return j
}

func continues(prev, l Line, lead float64) bool {
	return lead > 0 && l.X == prev.X && l.Size == prev.Size && l.Bold == prev.Bold && num(prev.Y-l.Y) == num(lead)
}

// drawGaps draws a line as a TJ array whose word spaces are positioning
// gaps, not space characters.
func drawGaps(b *bytes.Buffer, l Line) {
	setFont(b, l)
	b.WriteByte('[')
	gap := false
	for _, w := range strings.Split(l.Text, " ") {
		if w == "" {
			continue
		}
		if gap {
			b.WriteString(" -278 ")
		}
		pdfString(b, w)
		gap = true
	}
	b.WriteString("] TJ ET\n")
}

// pdfString writes s as a literal string in WinAnsiEncoding.
func pdfString(b *bytes.Buffer, s string) {
	b.WriteByte('(')
	for _, c := range encodeWinAnsi(s) {
		if c == '(' || c == ')' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	b.WriteByte(')')
}
