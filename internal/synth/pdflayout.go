package synth

import (
	"fmt"
	"strings"
	"time"
)

// Page geometry in points: A4 with 2 cm margins and room for a footer.
const (
	a4W, a4H   = 595.0, 842.0
	margin     = 56.7
	bottomEdge = margin + 20
	leading    = 1.3
)

// LayoutPDF places m on pages: the flow on A4 pages with a page-number
// footer (and a running header when the style has one), or one slide per
// landscape page for a deck.
func LayoutPDF(m Meeting) PDF {
	d := PDF{Title: m.Title, Author: m.Author, Created: m.Date.AddDate(0, 0, 1).Add(9 * time.Hour), Mode: TextMode(m.Style.PDFText)}
	if m.Layout == LayoutSlides {
		d.Pages = slidePages(m.Items())
		return d
	}
	p := newPager(a4W, a4H, margin)
	for _, it := range m.Items() {
		p.item(it, m.Style.BoldLabels)
	}
	d.Pages = p.pages
	decorate(d.Pages, m)
	return d
}

// pager fills pages top to bottom.
type pager struct {
	pages        []Page
	w, h, margin float64
	y            float64 // top of the next line
}

func newPager(w, h, margin float64) *pager {
	p := &pager{w: w, h: h, margin: margin}
	p.newPage()
	return p
}

func (p *pager) newPage() {
	p.pages = append(p.pages, Page{Width: p.w, Height: p.h})
	p.y = p.h - p.margin
}

func (p *pager) textWidth() float64 { return p.w - 2*p.margin }

// room makes sure a line of the given size fits, starting a page if not.
func (p *pager) room(size float64) {
	if p.y-size*leading < bottomEdge && len(p.pages[len(p.pages)-1].Lines) > 0 {
		p.newPage()
	}
}

// put places a line at the cursor and moves the cursor down.
func (p *pager) put(x, size float64, bold bool, text string) {
	p.room(size)
	p.add(len(p.pages)-1, Line{X: x, Y: p.y - size, Size: size, Bold: bold, Text: text})
	p.y -= size * leading
}

func (p *pager) add(page int, l Line) { p.pages[page].Lines = append(p.pages[page].Lines, l) }

// item places one item of the flow.
func (p *pager) item(it Item, boldLabels bool) {
	left := p.margin
	switch it.Kind {
	case TitleItem:
		p.block(left, 16, true, it.Text, 8)
	case HeadingItem:
		p.y -= 6
		p.block(left, [3]float64{13, 13, 11.5}[min(it.Level, 2)], true, it.Text, 3)
	case BulletItem:
		p.room(10)
		p.add(len(p.pages)-1, Line{X: left + 6, Y: p.y - 10, Size: 10, Text: "•"})
		p.block(left+18, 10, false, it.Text, 2)
	case RowItem:
		p.row(it)
	default:
		if !boldLabels || it.Label == "" {
			p.block(left, 10, false, it.Plain(), 4)
			return
		}
		p.labelled(it)
	}
}

// block wraps text to the width right of x and places it, then adds space.
func (p *pager) block(x, size float64, bold bool, text string, after float64) {
	for _, l := range wrap(text, p.margin+p.textWidth()-x, bold, size, 0) {
		p.put(x, size, bold, l)
	}
	p.y -= after
}

// labelled places a paragraph whose label is bold: the label, then the text
// starting on the same baseline right of it.
func (p *pager) labelled(it Item) {
	indent := textWidth(it.Label+" ", true, 10)
	lines := wrap(it.Text, p.textWidth(), false, 10, indent)
	p.room(10)
	page, y := len(p.pages)-1, p.y-10
	p.add(page, Line{X: p.margin, Y: y, Size: 10, Bold: true, Text: it.Label})
	if len(lines) == 0 || lines[0] == "" {
		p.y -= 10*leading + 4
		return
	}
	p.add(page, Line{X: p.margin + indent, Y: y, Size: 10, Text: lines[0]})
	p.y -= 10 * leading
	for _, l := range lines[1:] {
		p.put(p.margin, 10, false, l)
	}
	p.y -= 4
}

// decorate adds "Side i av n" footers and, on later pages, a running header.
func decorate(pages []Page, m Meeting) {
	l := labelSets[langIndex(m.Lang)]
	for i := range pages {
		pg := &pages[i]
		if m.Style.Header && i > 0 {
			pg.Lines = append([]Line{{X: margin, Y: a4H - 30, Size: 8, Text: m.Body}}, pg.Lines...)
		}
		foot := fmt.Sprintf(l.page, i+1, len(pages))
		pg.Lines = append(pg.Lines, Line{X: a4W - margin - textWidth(foot, false, 8), Y: 30, Size: 8, Text: foot})
	}
}

// wrap breaks text into lines no wider than width at size; the first line
// has indent less room.
func wrap(text string, width float64, bold bool, size, indent float64) []string {
	var lines []string
	var cur strings.Builder
	room, used, space := width-indent, 0.0, textWidth(" ", bold, size)
	for _, w := range strings.Fields(text) {
		ww := textWidth(w, bold, size)
		if cur.Len() > 0 && used+space+ww > room {
			lines = append(lines, cur.String())
			cur.Reset()
			room, used = width, 0
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
			used += space
		}
		cur.WriteString(w)
		used += ww
	}
	if cur.Len() > 0 || len(lines) == 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
