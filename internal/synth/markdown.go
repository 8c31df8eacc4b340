package synth

import (
	"bufio"
	"io"
	"strings"
)

// WriteMarkdown writes m as Markdown: the title and headings as ATX
// headings, a label in bold before its text, points as "- " and each run
// of rows as a pipe table whose first row is the header (paragraphs within
// a cell joined by " / ").
func WriteMarkdown(w io.Writer, m Meeting) error {
	bw := bufio.NewWriter(w)
	inTable := false
	for _, it := range m.Items() {
		if inTable && it.Kind != RowItem {
			bw.WriteString("\n")
		}
		switch it.Kind {
		case TitleItem:
			bw.WriteString("# " + it.Text + "\n\n")
		case HeadingItem:
			bw.WriteString(strings.Repeat("#", it.Level+1) + " " + it.Text + "\n\n")
		case BulletItem:
			bw.WriteString("- " + it.Text + "\n")
		case RowItem:
			bw.WriteString(tableRow(it.Cells))
			if !inTable {
				bw.WriteString(strings.Repeat("| --- ", len(it.Cells)) + "|\n")
			}
		default:
			bw.WriteString(markdownPara(it) + "\n\n")
		}
		inTable = it.Kind == RowItem
	}
	return bw.Flush()
}

// tableRow writes cells as one line of a pipe table.
func tableRow(cells []string) string {
	var b strings.Builder
	for _, c := range cells {
		c = strings.ReplaceAll(strings.ReplaceAll(c, "|", `\|`), "\n", " / ")
		b.WriteString("| " + c + " ")
	}
	return b.String() + "|\n"
}

// markdownPara is a paragraph with its label in bold.
func markdownPara(it Item) string {
	if it.Label == "" {
		return it.Text
	}
	return strings.TrimSpace("**" + it.Label + "** " + it.Text)
}
