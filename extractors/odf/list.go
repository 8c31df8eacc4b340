package odf

import (
	"encoding/xml"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// list reads a text:list just opened at nesting depth (0 = top) in list
// style style (inner lists inherit their parent's).
func (w *walker) list(se xml.StartElement, depth int, style string) ([]doc.Block, error) {
	if s := zipxml.Attr(se, "style-name"); s != "" {
		style = s
	}
	if depth == 0 && zipxml.Attr(se, "continue-numbering") != "true" && zipxml.Attr(se, "continue-list") == "" {
		w.lists.reset(style)
	}
	return zipxml.Collect(w.d, func(se xml.StartElement) ([]doc.Block, error) {
		if se.Name.Local == "list-item" || se.Name.Local == "list-header" {
			return w.listItem(se, depth, style)
		}
		return w.block(se)
	})
}

// listItem reads a text:list-item or text:list-header just opened. Its
// first paragraph carries the item's number; a header has none.
func (w *walker) listItem(se xml.StartElement, depth int, style string) ([]doc.Block, error) {
	numbered := se.Name.Local == "list-item"
	start := zipxml.Attr(se, "start-value")
	first := true
	return zipxml.Collect(w.d, func(se xml.StartElement) ([]doc.Block, error) {
		switch se.Name.Local {
		case "p", "h":
			label := ""
			if first && numbered {
				label = w.lists.next(w.st, style, depth, start)
			}
			first = false
			return w.itemParagraph(zipxml.Attr(se, "style-name"), depth, label)
		case "list":
			first = false
			return w.list(se, depth+1, style)
		}
		return w.block(se)
	})
}

// itemParagraph reads a paragraph of a list item as a ListItem.
func (w *walker) itemParagraph(style string, depth int, label string) ([]doc.Block, error) {
	r, err := w.inline(style)
	if err != nil {
		return nil, err
	}
	return w.finish(r, doc.ListItem, depth, label)
}

// listCounters keeps the running numbers of lists and of the outline.
type listCounters struct {
	byStyle map[string]*[11]int
	heading [11]int
}

func newListCounters() listCounters {
	return listCounters{byStyle: map[string]*[11]int{}}
}

func (c *listCounters) reset(style string) { delete(c.byStyle, style) }

// next advances the counter of a list item at depth and returns its label,
// "" for bullets and unknown styles.
func (c *listCounters) next(st *styles, style string, depth int, start string) string {
	ls := st.lists[style]
	if ls == nil {
		return ""
	}
	counts := c.byStyle[style]
	if counts == nil {
		counts = new([11]int)
		c.byStyle[style] = counts
	}
	lvl := min(depth+1, len(ls)-1)
	if start != "" {
		counts[lvl] = clamp(start, 0, 1<<20) - 1
	}
	return advance(ls, counts, lvl)
}

// outline advances the heading counters for a text:h at level.
func (c *listCounters) outline(st *styles, level int, header bool) string {
	if st.outline == nil || header {
		return ""
	}
	return advance(st.outline, &c.heading, min(level, len(st.outline)-1))
}

// advance counts one item at lvl, resets deeper levels and renders the
// label with the level's prefix, suffix and displayed levels.
func advance(ls *listStyle, counts *[11]int, lvl int) string {
	lv := ls[lvl]
	if counts[lvl] == 0 && lv.start > 0 {
		counts[lvl] = lv.start
	} else {
		counts[lvl]++
	}
	for i := lvl + 1; i < len(counts); i++ {
		counts[i] = 0
	}
	if !lv.numbered {
		return ""
	}
	var parts []string
	for i := max(lvl-lv.display+1, 1); i <= lvl; i++ {
		v := counts[i]
		if v == 0 {
			v = ls[i].start
		}
		parts = append(parts, zipxml.FormatNumber(v, ls[i].format))
	}
	return lv.prefix + strings.Join(parts, ".") + lv.suffix
}
