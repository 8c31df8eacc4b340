package plain

import (
	"context"
	"fmt"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/lazy"
)

// listMarker matches a list item: indentation, marker, text. Bullets are
// dropped from the text; numbers ("1.", "2)", "a)") are kept as written.
var listMarker = lazy.Regexp(`^([ \t]*)(?:([-*+•·▪–])|(\d{1,3}[.)]|[a-zA-Z]\)))[ \t]+(\S.*)$`)

// parser turns lines into blocks.
type parser struct {
	ctx    context.Context
	lim    doc.Limits
	md     bool
	d      *doc.Document
	page   int
	para   []string          // lines of the open paragraph
	item   *doc.Block        // the open list item
	indent []int             // indentation of the open list levels
	fence  string            // the open code fence, Markdown only
	paged  bool              // the text has form feeds
	fields map[string]string // the front matter's fields, Markdown only
	wiki   bool              // plain text written in MediaWiki markup
}

// run parses the whole text.
func (p *parser) run(text string) error {
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	p.paged = strings.Contains(text, "\f")
	p.page = 1
	if p.md {
		text = p.frontMatter(text)
	} else {
		p.wiki = isWiki(text)
	}
	if p.md || p.wiki {
		text = lineBreak().ReplaceAllString(text, "\n")
	}
	for i, line := range strings.Split(text, "\n") {
		if i%1024 == 0 {
			if err := p.ctx.Err(); err != nil {
				return err
			}
		}
		if err := p.line(line); err != nil {
			return err
		}
	}
	if err := p.flush(); err != nil {
		return err
	}
	if p.paged {
		p.d.Pages = p.page
	}
	return nil
}

// line handles one line, splitting it at form feeds.
func (p *parser) line(line string) error {
	parts := strings.Split(line, "\f")
	for i, part := range parts {
		if i > 0 {
			if err := p.flush(); err != nil {
				return err
			}
			p.page++
		}
		if err := p.handle(part); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) handle(line string) error {
	if p.md {
		if done, err := p.markdown(line); done || err != nil {
			return err
		}
	}
	if p.wiki {
		if m := wikiHeading().FindStringSubmatch(line); m != nil {
			return p.heading(len(m[1]), m[2])
		}
	}
	if p.underlined(line) {
		text := p.para[0]
		p.para = p.para[:0]
		return p.heading(2, text)
	}
	trimmed := strings.TrimSpace(line)
	if trimmed == "" {
		p.indent = p.indent[:0]
		return p.flush()
	}
	if cells := tabCells(trimmed); cells != nil {
		if err := p.flush(); err != nil {
			return err
		}
		return p.add(doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Cells: cells})
	}
	if m := listMarker().FindStringSubmatch(line); m != nil && p.startsItem(m) {
		if err := p.flush(); err != nil {
			return err
		}
		p.openItem(m)
		return nil
	}
	if p.item != nil {
		p.item.Text += "\n" + p.inline(trimmed)
		return nil
	}
	p.indent = p.indent[:0]
	p.para = append(p.para, trimmed)
	return nil
}

// underlined reports whether line underlines a short line of plain text
// alone in its paragraph, as a heading is underlined ("FAU-MØTE 8.
// FEBRUAR" over "-------"). Markdown reads its own setext headings.
func (p *parser) underlined(line string) bool {
	return !p.md && p.item == nil && len(p.para) == 1 && wordCount(p.para[0]) <= 12 && setextLine().MatchString(line) &&
		len(strings.TrimSpace(line)) >= 3
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

// tabCells splits a tab-separated line (a table copied out of a word
// processor or a spreadsheet) into cells; nil when the line has fewer than
// two non-empty cells.
func tabCells(line string) []string {
	if !strings.Contains(line, "\t") {
		return nil
	}
	cells := strings.Split(line, "\t")
	filled := 0
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
		if cells[i] != "" {
			filled++
		}
	}
	if filled < 2 {
		return nil
	}
	return cells
}

// startsItem reports whether a marker line opens a list item: a number
// interrupts a running paragraph only when it is 1 (as in CommonMark), so
// wrapped lines starting "15. oktober" stay in their paragraph.
func (p *parser) startsItem(m []string) bool {
	if m[3] == "" || len(p.para) == 0 {
		return true
	}
	return strings.TrimLeft(m[3], "0") == "1." || strings.TrimLeft(m[3], "0") == "1)"
}

func (p *parser) openItem(m []string) {
	ind := width(m[1])
	for len(p.indent) > 0 && p.indent[len(p.indent)-1] > ind {
		p.indent = p.indent[:len(p.indent)-1]
	}
	if len(p.indent) == 0 || p.indent[len(p.indent)-1] < ind {
		p.indent = append(p.indent, ind)
	}
	text := p.inline(m[4])
	if m[3] != "" {
		text = m[3] + " " + text
	}
	p.item = &doc.Block{Kind: doc.ListItem, Level: len(p.indent) - 1, Text: text}
}

// width is the indentation of s, tabs counting four.
func width(s string) int {
	return len(s) + 3*strings.Count(s, "\t")
}

// flush ends the open paragraph or list item.
func (p *parser) flush() error {
	switch {
	case p.item != nil:
		b := *p.item
		p.item = nil
		return p.add(b)
	case len(p.para) > 0:
		text := p.inline(strings.Join(p.para, "\n"))
		p.para = p.para[:0]
		return p.add(doc.Block{Kind: doc.Paragraph, Text: text})
	}
	return nil
}

// add appends a block on the current page; blocks left empty once inline
// syntax is stripped (a lone "`") are dropped.
func (p *parser) add(b doc.Block) error {
	if strings.TrimSpace(b.Text+strings.Join(b.Cells, "")) == "" || (b.Kind == doc.TableRow && strings.TrimSpace(strings.Join(b.Cells, "")) == "") {
		return nil
	}
	if len(p.d.Blocks) >= p.lim.MaxBlocks {
		return fmt.Errorf("more than %d blocks: %w", p.lim.MaxBlocks, doc.ErrLimit)
	}
	if p.paged {
		b.Page = p.page
	}
	if p.page > p.lim.MaxPages {
		return fmt.Errorf("more than %d pages: %w", p.lim.MaxPages, doc.ErrLimit)
	}
	p.d.Blocks = append(p.d.Blocks, b)
	return nil
}

// inline strips Markdown or MediaWiki inline syntax; plain text is kept
// as is.
func (p *parser) inline(s string) string {
	switch {
	case p.md:
		return stripInline(p.fillLiquid(s))
	case p.wiki:
		return wikiInline(s)
	}
	return s
}
