package ooxml

import (
	"encoding/xml"
	"errors"
	"io/fs"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/zipxml"
	"github.com/motebok/motebok/internal/lazy"
)

// paraStyle is what motebok needs of a Word paragraph or character style.
type paraStyle struct {
	name, basedOn string
	outline       int // outlineLvl+1, 0 when unset, -1 for body text (outlineLvl 9)
	num           numRef
	vanish        int // w:vanish of the style's run properties: 1 hides, -1 shows, 0 unset
}

// styleSet resolves paragraph and character styles through their basedOn
// chains.
type styleSet map[string]*paraStyle

// headingName matches built-in and localised heading style names and ids
// (Heading 1, Overskrift1, Überschrift 1, Rubrik 1, Titre 1, Kop 1, Otsikko 1).
var headingName = lazy.Regexp(`^(heading|overskrift|überschrift|berschrift|rubrik|titre|kop|otsikko|encabezado|titolo)\s*([1-9])$`)

// titleNames are style names and ids of a document title.
var titleNames = map[string]bool{"title": true, "tittel": true, "titel": true, "titre": true, "otsikko": true, "titolo": true}

// readStyles reads the paragraph and character styles of styles.xml; a
// missing part gives an empty set.
func readStyles(a *zipxml.Archive, name string) (styleSet, error) {
	set := styleSet{}
	var cur *paraStyle
	err := a.Walk(name, func(d *zipxml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "style":
			cur = nil
			if t := zipxml.Attr(se, "type"); t == "paragraph" || t == "character" || t == "" {
				cur = &paraStyle{}
				set[zipxml.Attr(se, "styleId")] = cur
			}
		case "name", "basedOn", "outlineLvl", "numId", "ilvl":
			if cur != nil {
				cur.set(se.Name.Local, zipxml.Attr(se, "val"))
			}
		case "rPr":
			if cur != nil {
				var err error
				cur.vanish, _, err = runProps(d)
				return err
			}
			return d.Skip()
		case "tblPr", "trPr", "tcPr", "tblStylePr", "docDefaults":
			return d.Skip()
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return set, nil
	}
	return set, err
}

func (s *paraStyle) set(field, val string) {
	switch field {
	case "name":
		s.name = val
	case "basedOn":
		s.basedOn = val
	case "outlineLvl":
		s.outline = outlineLevel(val)
	case "numId":
		s.num.id, s.num.set = val, true
	case "ilvl":
		s.num.level = atoiClamp(val, 0, 8)
	}
}

// outlineLevel turns a w:outlineLvl value into a heading level, -1 for body.
func outlineLevel(val string) int {
	n, err := strconv.Atoi(val)
	if err != nil || n < 0 || n > 8 {
		return -1
	}
	return n + 1
}

// chain calls fn for the style id and its ancestors until fn returns true.
func (set styleSet) chain(id string, fn func(*paraStyle) bool) {
	for range 32 { // basedOn loops are possible in damaged files
		s := set[id]
		if s == nil || fn(s) {
			return
		}
		id = s.basedOn
	}
}

// headingLevel returns the heading level a style gives, 0 for none.
func (set styleSet) headingLevel(id string) int {
	level := 0
	if isTitle(id) || headingFromName(id) > 0 {
		level = max(headingFromName(id), 1)
	}
	set.chain(id, func(s *paraStyle) bool {
		switch {
		case s.outline != 0:
			level = max(s.outline, 0)
		case isTitle(s.name):
			level = 1
		case headingFromName(s.name) > 0:
			level = headingFromName(s.name)
		default:
			return false
		}
		return true
	})
	return level
}

// hides reports whether the first of the styles ids (a run's character
// style, its paragraph's style) that sets w:vanish, itself or through its
// ancestors, hides text.
func (set styleSet) hides(ids ...string) bool {
	for _, id := range ids {
		v := 0
		set.chain(id, func(s *paraStyle) bool {
			v = s.vanish
			return v != 0
		})
		if v != 0 {
			return v > 0
		}
	}
	return false
}

// runProps reads a w:rPr just opened: vanish is 1 when w:vanish hides its
// text, -1 when it is turned off, 0 when absent; rStyle is the character
// style.
func runProps(d *zipxml.Decoder) (vanish int, rStyle string, err error) {
	err = d.Children(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "vanish":
			vanish = -1
			if on(zipxml.Attr(se, "val")) {
				vanish = 1
			}
		case "rStyle":
			rStyle = zipxml.Attr(se, "val")
		}
		return d.Skip() // a w:rPrChange holds the formatting before a tracked change
	})
	return vanish, rStyle, err
}

// numbering returns the list numbering a style carries.
func (set styleSet) numbering(id string) numRef {
	var ref numRef
	set.chain(id, func(s *paraStyle) bool {
		ref = s.num
		return s.num.set
	})
	return ref
}

func isTitle(name string) bool {
	return titleNames[strings.ToLower(strings.TrimSpace(name))]
}

func headingFromName(name string) int {
	m := headingName().FindStringSubmatch(strings.ToLower(strings.TrimSpace(name)))
	if m == nil {
		return 0
	}
	return int(m[2][0] - '0')
}

// atoiClamp parses s, clamped to [lo, hi]; unreadable values give lo.
func atoiClamp(s string, lo, hi int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return lo
	}
	return min(max(n, lo), hi)
}
