package synth

import (
	"fmt"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// ItemKind is the role of an Item in the flow of a document.
type ItemKind int

// The kinds of items.
const (
	TitleItem ItemKind = iota
	HeadingItem
	ParaItem
	BulletItem
	RowItem
)

// Item is one unit of a document's flow, the input of every writer.
// Consecutive RowItems form one table.
type Item struct {
	Kind   ItemKind
	Level  int    // heading level, 1 = top
	Label  string // a lead-in such as "Vedtak:", set in bold when the style says so
	Text   string
	Cells  []string  // RowItem: one text a cell; "\n" separates paragraphs in a cell
	Head   bool      // RowItem: the table's header row
	Widths []float64 // RowItem: column widths as fractions of the text width
}

// Plain is the item's text with its label, as a plain-text reader sees it.
func (it Item) Plain() string {
	if it.Kind == RowItem {
		return strings.Join(it.Cells, "\t")
	}
	if it.Label == "" {
		return it.Text
	}
	if it.Text == "" {
		return it.Label
	}
	return it.Label + " " + it.Text
}

// Items lays the document out as a flow of items in its layout, or
// returns its Flow when it has one.
func (m Meeting) Items() []Item {
	if m.Flow != nil {
		return m.Flow
	}
	switch m.Kind {
	case doc.KindMinutes:
		return minutesItems(m)
	case doc.KindPresentation:
		return sectionItems(m, nil)
	}
	lang := langIndex(m.Lang)
	intro := []Item{
		para("", fmt.Sprintf("%s 1.%d – %s", labelSets[lang].version, m.Date.Day()%7, longDate(m.Date))),
		para("", m.Body),
	}
	return sectionItems(m, intro)
}

// sectionItems lays out a guide or a deck: title, intro, then per section a
// heading, paragraphs and points.
func sectionItems(m Meeting, intro []Item) []Item {
	items := append([]Item{{Kind: TitleItem, Text: m.Title}}, intro...)
	for i, s := range m.Sections {
		if i > 0 || m.Kind != doc.KindPresentation {
			items = append(items, Item{Kind: HeadingItem, Level: 1, Text: s.Heading})
		}
		for _, p := range s.Paras {
			items = append(items, para("", p))
		}
		for _, b := range s.Bullets {
			items = append(items, Item{Kind: BulletItem, Text: b})
		}
	}
	return items
}

func para(label, text string) Item { return Item{Kind: ParaItem, Label: label, Text: text} }

func row(widths []float64, head bool, cells ...string) Item {
	return Item{Kind: RowItem, Cells: cells, Head: head, Widths: widths}
}
