package odf

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/zipxml"
)

// paraStyle is what motebok needs of a paragraph or text style.
type paraStyle struct {
	parent, display string
	outline         int  // style:default-outline-level
	breakBefore     bool // fo:break-before="page"
	hidden          bool // text:display="none" in its text properties
}

// The style families kept, with the prefix of their keys in styles.para.
const (
	familyParagraph = ""
	familyText      = "text:"
)

// listLevel is one level of a list or outline style.
type listLevel struct {
	format, prefix, suffix string
	display, start         int
	numbered               bool
}

// listStyle holds the levels (1-10) of a text:list-style.
type listStyle [11]listLevel

// styles holds paragraph, text and list styles from styles.xml and
// content.xml.
type styles struct {
	para    map[string]*paraStyle // by family prefix and name
	lists   map[string]*listStyle
	outline *listStyle // text:outline-style: numbering of headings
}

func newStyles() *styles {
	return &styles{para: map[string]*paraStyle{}, lists: map[string]*listStyle{}}
}

// read reads the style definitions inside the element just opened
// (office:styles or office:automatic-styles).
func (st *styles) read(d *zipxml.Decoder) error {
	var cur *paraStyle
	var list *listStyle
	return d.Children(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "style":
			cur = st.paraStyle(se)
		case "paragraph-properties":
			if cur != nil && zipxml.Attr(se, "break-before") == "page" {
				cur.breakBefore = true
			}
		case "text-properties":
			if cur != nil && zipxml.Attr(se, "display") == "none" {
				cur.hidden = true
			}
		case "list-style", "outline-style":
			list = st.listStyle(se)
		case "list-level-style-number", "outline-level-style", "list-level-style-bullet", "list-level-style-image":
			if list != nil {
				setLevel(list, se)
			}
		}
		return nil
	})
}

func (st *styles) paraStyle(se xml.StartElement) *paraStyle {
	var family string
	switch zipxml.Attr(se, "family") {
	case "paragraph":
		family = familyParagraph
	case "text":
		family = familyText
	default:
		return nil
	}
	s := &paraStyle{
		parent:  family + zipxml.Attr(se, "parent-style-name"),
		display: zipxml.Attr(se, "display-name"),
	}
	s.outline, _ = strconv.Atoi(zipxml.Attr(se, "default-outline-level"))
	st.para[family+zipxml.Attr(se, "name")] = s
	return s
}

// hides reports whether the style of family called name, or one it
// inherits from, hides its text (text:display="none").
func (st *styles) hides(family, name string) bool {
	key := family + name
	for range 32 { // parent loops are possible in damaged files
		s := st.para[key]
		switch {
		case s == nil:
			return false
		case s.hidden:
			return true
		}
		key = s.parent
	}
	return false
}

func (st *styles) listStyle(se xml.StartElement) *listStyle {
	l := new(listStyle)
	if se.Name.Local == "outline-style" {
		st.outline = l
	} else {
		st.lists[zipxml.Attr(se, "name")] = l
	}
	return l
}

func setLevel(l *listStyle, se xml.StartElement) {
	n, err := strconv.Atoi(zipxml.Attr(se, "level"))
	if err != nil || n < 1 || n >= len(l) {
		return
	}
	lv := listLevel{start: 1, display: 1}
	if strings.HasPrefix(se.Name.Local, "list-level-style-number") || se.Name.Local == "outline-level-style" {
		lv.format = zipxml.Attr(se, "num-format")
		lv.numbered = lv.format != ""
		lv.prefix, lv.suffix = zipxml.Attr(se, "num-prefix"), zipxml.Attr(se, "num-suffix")
		lv.display = clamp(zipxml.Attr(se, "display-levels"), 1, n)
		lv.start = clamp(zipxml.Attr(se, "start-value"), 0, 1<<20)
		if zipxml.Attr(se, "start-value") == "" {
			lv.start = 1
		}
	}
	l[n] = lv
}

// clamp parses s, clamped to [lo, hi]; unreadable values give lo.
func clamp(s string, lo, hi int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return lo
	}
	return min(max(n, lo), hi)
}

// titleNames are style names of a document title.
var titleNames = map[string]bool{"title": true, "tittel": true, "titel": true, "titre": true}

// headingLevel returns the heading level a paragraph style gives: 1 for a
// title style, the default outline level for heading styles, else 0.
func (st *styles) headingLevel(name string) int {
	for range 32 { // parent loops are possible in damaged files
		s := st.para[name]
		switch {
		case titleNames[strings.ToLower(name)] || (s != nil && titleNames[strings.ToLower(s.display)]):
			return 1
		case s == nil:
			return 0
		case s.outline > 0:
			return min(s.outline, 10)
		}
		name = s.parent
	}
	return 0
}

// breaksPage reports whether a paragraph style starts a new page.
func (st *styles) breaksPage(name string) bool {
	s := st.para[name]
	return s != nil && s.breakBefore
}
