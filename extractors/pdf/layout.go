package pdf

import "github.com/motebok/motebok/extractors/doc"

// item is one block of a page before document-wide classification.
type item struct {
	kind      doc.BlockKind // Paragraph, ListItem or TableRow
	para      para
	cells     []string
	continued bool // a row that goes on from the previous page
	header    bool // a running header, which does not end the table
}

// layout turns the segments of one text direction into items in reading
// order. hint describes a table that ended the previous page; a table that
// ends this page is described in turn.
func layout(segs []*seg, rules []ruling, hint *tableHint) ([]item, *tableHint) {
	bs := boxes(segs, rules)
	var us []unit
	for _, t := range tables(bs, rules, hint) {
		us = append(us, unit{x0: t.cols[0].x0, x1: t.cols[len(t.cols)-1].x1, top: t.top, bot: t.bot, tab: t})
	}
	for _, b := range bs {
		if !b.consumed {
			us = append(us, unit{x0: b.x0, x1: b.x1, top: b.top, bot: b.bot, box: b})
		}
	}
	var items []item
	var end *tableHint
	for _, u := range readingOrder(us) {
		end = nil
		if u.tab != nil {
			items = append(items, rowItems(u.tab, rules)...)
			end = &tableHint{cols: u.tab.cols, titles: u.tab.titles, size: u.tab.bodySize()}
			continue
		}
		for _, p := range splitParas(lineUp(u.box.segs), u.box.pitch) {
			kind := doc.Paragraph
			if p.list {
				kind = doc.ListItem
			}
			items = append(items, item{kind: kind, para: p, header: u.box.header})
		}
	}
	return items, end
}

func rowItems(t *table, rules []ruling) []item {
	var out []item
	for _, row := range t.cells(rules) {
		out = append(out, item{kind: doc.TableRow, cells: row.cells, continued: t.continued && row.pre})
	}
	return out
}
