package odf

import (
	"encoding/xml"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// run collects the text of one text:p or text:h.
type run struct {
	sb       strings.Builder
	space    bool   // last character written was collapsible white space
	page     int    // page where the text starts
	number   string // text:number: the list label as rendered
	deferred []doc.Block
	hidden   bool // by its style or a text:hidden-paragraph: no block
}

// chars writes character data with ODF white-space rules: runs of white
// space collapse to one space and leading space is dropped.
func (r *run) chars(w *walker, s string) {
	for _, c := range s {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if !r.space && r.sb.Len() > 0 {
				r.sb.WriteByte(' ')
			}
			r.space = true
			continue
		}
		r.literal(w, string(c))
	}
}

// literal writes s as is (text:s, text:tab, text:line-break, content).
func (r *run) literal(w *walker, s string) {
	if r.sb.Len() == 0 {
		r.page = w.page()
	}
	r.sb.WriteString(w.count.Take(r.sb.Len(), s))
	r.space = false
	if w.count.Full() {
		w.d.Stop()
	}
}

// inline reads the content of the paragraph element of style just opened.
func (w *walker) inline(style string) (*run, error) {
	r := &run{page: w.page(), hidden: w.st.hides(familyParagraph, style)}
	err := w.d.Content(func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.CharData:
			r.chars(w, string(t))
		case xml.StartElement:
			return w.inlineElement(r, t)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (w *walker) inlineElement(r *run, se xml.StartElement) error {
	switch se.Name.Local {
	case "s":
		r.literal(w, strings.Repeat(" ", clamp(zipxml.Attr(se, "c"), 1, 1000)))
	case "tab":
		r.literal(w, "\t")
	case "line-break":
		r.literal(w, "\n")
	case "soft-page-break":
		w.pages.soft++
	case "number":
		s, err := w.d.Text()
		r.number = strings.TrimSpace(s)
		return err
	case "span":
		if w.st.hides(familyText, zipxml.Attr(se, "style-name")) {
			return w.d.Skip()
		}
	case "hidden-text":
		if zipxml.Attr(se, "is-hidden") == "true" {
			return w.d.Skip()
		}
	case "hidden-paragraph":
		r.hidden = r.hidden || zipxml.Attr(se, "is-hidden") == "true"
		return w.d.Skip()
	case "note":
		return w.note()
	case "annotation":
		return w.apart(&w.comments, doc.Comment)
	case "p", "h", "list", "table":
		bs, err := w.block(se)
		r.deferred = append(r.deferred, bs...)
		return err
	default:
		if isSkipped(se) {
			return w.d.Skip()
		}
	}
	return nil
}

// note reads a text:note: its body goes to the footnotes.
func (w *walker) note() error {
	return w.d.Children(func(se xml.StartElement) error {
		switch {
		case se.Name.Local == "note-body":
			return w.apart(&w.notes, doc.Footnote)
		case isSkipped(se):
			return w.d.Skip()
		}
		return nil
	})
}

// apart reads the blocks of the element just opened into dst, in part.
func (w *walker) apart(dst *[]doc.Block, part doc.Part) error {
	bs, err := w.blocks()
	for i := range bs {
		if bs[i].Part == doc.Body {
			bs[i].Part = part
		}
	}
	*dst = append(*dst, bs...)
	return err
}
