package synth

import (
	"bufio"
	"io"
	"strings"
)

// WriteText writes m as UTF-8 plain text: a line per item, a blank line
// after headings and paragraphs, table cells separated by tabs (paragraphs
// within a cell by " / ") and points as "- ".
func WriteText(w io.Writer, m Meeting) error {
	bw := bufio.NewWriter(w)
	for _, it := range m.Items() {
		switch it.Kind {
		case RowItem:
			cells := make([]string, len(it.Cells))
			for i, c := range it.Cells {
				cells[i] = strings.ReplaceAll(c, "\n", " / ")
			}
			bw.WriteString(strings.Join(cells, "\t") + "\n")
		case BulletItem:
			bw.WriteString("- " + it.Text + "\n")
		default:
			bw.WriteString(it.Plain() + "\n\n")
		}
	}
	return bw.Flush()
}
