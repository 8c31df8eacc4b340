package synth

import "strings"

// Table geometry in points.
const (
	cellPad  = 4
	cellSize = 9.5
)

// row places a table row: each cell's paragraphs wrapped to its column,
// line k of every cell on the same baseline, the row continuing on the next
// page when it does not fit. Lines are emitted cell by cell, as word
// processors draw tables.
func (p *pager) row(it Item) {
	cells := make([][]string, len(it.Cells))
	xs := make([]float64, len(it.Cells))
	x, n := p.margin, 0
	for i, c := range it.Cells {
		colW := it.Widths[i] * p.textWidth()
		xs[i] = x + cellPad
		for _, para := range strings.Split(c, "\n") {
			cells[i] = append(cells[i], wrap(para, colW-2*cellPad, it.Head, cellSize, 0)...)
		}
		n = max(n, len(cells[i]))
		x += colW
	}
	p.y -= cellPad
	pages, ys := make([]int, n), make([]float64, n)
	for k := range n {
		p.room(cellSize)
		pages[k], ys[k] = len(p.pages)-1, p.y-cellSize
		p.y -= cellSize * leading
	}
	for i, lines := range cells {
		for k, text := range lines {
			p.add(pages[k], Line{X: xs[i], Y: ys[k], Size: cellSize, Bold: it.Head, Text: text})
		}
	}
	p.y -= cellPad
}
