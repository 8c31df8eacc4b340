package odf

import (
	"encoding/xml"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// shape is one drawing object of a presentation page.
type shape struct {
	class  string // presentation:class: title, subtitle, outline, notes, ...
	x, y   float64
	notes  bool // inside presentation:notes
	blocks []doc.Block
}

// drawShapes are the drawing elements that may hold text.
var drawShapes = map[string]bool{
	"frame": true, "custom-shape": true, "rect": true, "ellipse": true, "circle": true,
	"polygon": true, "polyline": true, "path": true, "line": true, "connector": true,
	"caption": true, "regular-polygon": true, "measure": true,
}

// drawPage reads a draw:page just opened: the title first as a heading,
// then the other shapes top to bottom and left to right, then the notes.
func (w *walker) drawPage() ([]doc.Block, error) {
	shapes, err := w.shapes(false)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(shapes, func(i, j int) bool { return before(shapes[i], shapes[j]) })
	var out []doc.Block
	for _, s := range shapes {
		out = append(out, s.toBlocks(w.slide)...)
	}
	return out, nil
}

// shapes reads the shapes inside the element just opened, groups
// flattened.
func (w *walker) shapes(notes bool) ([]shape, error) {
	return zipxml.Collect(w.d, func(se xml.StartElement) ([]shape, error) {
		switch {
		case se.Name.Local == "g" || se.Name.Local == "notes":
			return w.shapes(notes || se.Name.Local == "notes")
		case drawShapes[se.Name.Local]:
			s := shape{class: zipxml.Attr(se, "class"), x: length(zipxml.Attr(se, "x")), y: length(zipxml.Attr(se, "y")), notes: notes}
			var err error
			s.blocks, err = w.blocks()
			return []shape{s}, err
		case isSkipped(se):
			return nil, w.d.Skip()
		}
		return nil, nil
	})
}

// before orders notes last, titles first, then by position.
func before(a, b shape) bool {
	if a.notes != b.notes {
		return b.notes
	}
	if ta, tb := a.class == "title", b.class == "title"; ta != tb {
		return ta
	}
	if a.y != b.y {
		return a.y < b.y
	}
	return a.x < b.x
}

// toBlocks gives a title shape as one level-1 heading and other shapes'
// blocks as they are; notes go to Part Notes, page numbers are dropped.
func (s shape) toBlocks(page int) []doc.Block {
	if s.class == "page-number" || s.class == "page" || (s.notes && s.class != "notes") {
		return nil
	}
	bs := s.blocks
	if s.class == "title" && !s.notes && len(bs) > 0 {
		bs = []doc.Block{{Kind: doc.Heading, Level: 1, Text: zipxml.JoinText(bs, "\n")}}
	}
	for i := range bs {
		bs[i].Page = page
		if s.notes {
			bs[i].Part = doc.Notes
		}
	}
	return bs
}

// unitsMM are the ODF length units in millimetres.
var unitsMM = map[string]float64{"mm": 1, "cm": 10, "in": 25.4, "pt": 25.4 / 72, "pc": 25.4 / 6, "px": 25.4 / 96}

// length reads an ODF length ("2.5cm", "1in") in millimetres; a missing
// or unreadable length sorts last.
func length(s string) float64 {
	for unit, mm := range unitsMM {
		if num, ok := strings.CutSuffix(s, unit); ok {
			if v, err := strconv.ParseFloat(num, 64); err == nil && !math.IsNaN(v) {
				return v * mm
			}
		}
	}
	return math.MaxFloat64
}

// declBlock makes a header or footer block from a declaration's text.
func declBlock(text string, part doc.Part) (doc.Block, bool) {
	text = strings.TrimSpace(text)
	return doc.Block{Kind: doc.Paragraph, Text: text, Part: part}, text != ""
}
