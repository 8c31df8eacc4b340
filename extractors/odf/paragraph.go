package odf

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// paragraph reads a text:p or text:h just opened, outside a list: a heading
// for text:h and for paragraphs in title or heading styles, else a
// paragraph. Text boxes met inside follow it.
func (w *walker) paragraph(se xml.StartElement) ([]doc.Block, error) {
	style := zipxml.Attr(se, "style-name")
	if w.st.breaksPage(style) && w.slide == 0 {
		w.pages.hard++
	}
	level := w.st.headingLevel(style)
	label := ""
	if se.Name.Local == "h" {
		level = headingLevel(se)
		label = w.lists.outline(w.st, level, zipxml.Attr(se, "is-list-header") == "true")
	}
	r, err := w.inline(style)
	if err != nil {
		return nil, err
	}
	kind := doc.Paragraph
	if level > 0 {
		kind = doc.Heading
	}
	return w.finish(r, kind, level, label)
}

// headingLevel reads text:outline-level (1 when absent).
func headingLevel(se xml.StartElement) int {
	n, err := strconv.Atoi(zipxml.Attr(se, "outline-level"))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 10)
}

// finish turns a run into its block (none when empty or hidden), prefixed
// with the label as the document renders it, followed by deferred blocks.
func (w *walker) finish(r *run, kind doc.BlockKind, level int, label string) ([]doc.Block, error) {
	if r.hidden {
		return nil, nil
	}
	text := strings.TrimSpace(r.sb.String())
	if r.number != "" {
		label = r.number
	}
	if text == "" {
		return r.deferred, nil
	}
	if label != "" {
		text = label + " " + text
	}
	if err := w.count.Add(len(text)); err != nil {
		return nil, err
	}
	b := doc.Block{Kind: kind, Level: level, Text: text, Page: r.page}
	return append([]doc.Block{b}, r.deferred...), nil
}
