package ooxml

import (
	"encoding/xml"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// para collects one w:p.
type para struct {
	sb        strings.Builder
	style     string
	num       numRef
	outline   int // from the paragraph's own outlineLvl; see paraStyle.outline
	page      int // page where the text starts
	sectBreak bool
	deferred  []doc.Block // text boxes and tables met inside the paragraph
}

func (p *para) write(w *walker, s string) {
	if p.sb.Len() == 0 {
		p.page = w.pages.current()
	}
	p.sb.WriteString(w.count.Take(p.sb.Len(), s))
	if w.count.Full() {
		w.d.Stop()
	}
}

// paragraph reads a w:p whose start was just read. It returns the
// paragraph's block (none when it has no text) followed by the blocks of
// any text box inside it.
func (w *walker) paragraph() ([]doc.Block, error) {
	var p para
	err := w.d.Children(func(se xml.StartElement) error { return w.inline(&p, se) })
	if err != nil {
		return nil, err
	}
	return w.finish(&p)
}

// inline handles one element inside a paragraph.
func (w *walker) inline(p *para, se xml.StartElement) error {
	switch se.Name.Local {
	case "pPr":
		return w.paraProps(p)
	case "r":
		return w.run(p)
	case "t":
		s, err := w.d.Text()
		p.write(w, s)
		return err
	case "tab", "ptab":
		p.write(w, "\t")
	case "br", "cr":
		if zipxml.Attr(se, "type") == "page" {
			w.pages.hard++
		}
		p.write(w, "\n")
	case "noBreakHyphen":
		p.write(w, "\u2011")
	case "softHyphen":
		p.write(w, "\u00ad")
	case "lastRenderedPageBreak":
		w.pages.rendered++
	case "p", "tbl":
		bs, err := w.block(se)
		p.deferred = append(p.deferred, bs...)
		return err
	default:
		if skipped[se.Name.Local] {
			return w.d.Skip()
		}
	}
	return nil
}

// run reads a w:r. Text hidden with w:vanish (in the run's properties, its
// character style or its paragraph's style) is not in the document as
// shown or printed, and may be what the author meant to keep out: it is
// dropped.
func (w *walker) run(p *para) error {
	hidden := w.styles.hides(p.style)
	return w.d.Children(func(se xml.StartElement) error {
		switch {
		case se.Name.Local == "rPr":
			var err error
			hidden, err = w.hides(p.style)
			return err
		case hidden:
			return w.d.Skip()
		}
		return w.inline(p, se)
	})
}

// hides reads a w:rPr and reports whether it hides its run in a paragraph
// of style pStyle.
func (w *walker) hides(pStyle string) (bool, error) {
	own, rStyle, err := runProps(w.d)
	if own != 0 {
		return own > 0, err
	}
	return w.styles.hides(rStyle, pStyle), err
}

// on reads an ST_OnOff value; an absent one is on.
func on(val string) bool { return val != "0" && val != "false" && val != "off" }

// paraProps reads a w:pPr.
func (w *walker) paraProps(p *para) error {
	return w.d.Children(func(se xml.StartElement) error {
		val := zipxml.Attr(se, "val")
		switch se.Name.Local {
		case "pStyle":
			p.style = val
		case "numId":
			p.num.id, p.num.set = val, true
		case "ilvl":
			p.num.level, p.num.set = atoiClamp(val, 0, 8), true
		case "outlineLvl":
			p.outline = outlineLevel(val)
		case "pageBreakBefore":
			if on(val) {
				w.pages.hard++
			}
		case "sectPr":
			p.sectBreak = true
		case "type":
			p.sectBreak = p.sectBreak && val != "continuous"
		case "rPr", "pPrChange", "tabs", "framePr":
			return w.d.Skip()
		}
		return nil
	})
}

// finish turns a collected paragraph into blocks.
func (w *walker) finish(p *para) ([]doc.Block, error) {
	if p.sectBreak {
		defer func() { w.pages.hard++ }()
	}
	text := strings.TrimSpace(p.sb.String())
	level := w.styles.headingLevel(p.style)
	if p.outline != 0 {
		level = max(p.outline, 0)
	}
	ref := w.listRef(p)
	label, isList := w.num.label(ref)
	if text == "" {
		return p.deferred, nil
	}
	if label != "" {
		text = label + " " + text
	}
	b := doc.Block{Kind: doc.Paragraph, Text: text, Page: p.page}
	switch {
	case level > 0:
		b.Kind, b.Level = doc.Heading, level
	case isList:
		b.Kind, b.Level = doc.ListItem, ref.level
	}
	if err := w.count.Add(len(text)); err != nil {
		return nil, err
	}
	return append([]doc.Block{b}, p.deferred...), nil
}

// listRef merges the paragraph's own numPr with its style's.
func (w *walker) listRef(p *para) numRef {
	style := w.styles.numbering(p.style)
	switch {
	case !p.num.set:
		return style
	case p.num.id == "":
		style.level = p.num.level
		return style
	}
	return p.num
}
