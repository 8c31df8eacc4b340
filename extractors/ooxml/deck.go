package ooxml

import (
	"encoding/xml"
	"math"
	"sort"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// deck reads the slides of one presentation, caching the placeholder
// positions of layouts and masters.
type deck struct {
	a       *zipxml.Archive
	layouts map[string]placeholders
}

// placeholders maps "idx:N" and "type:T" to placeholder positions.
type placeholders map[string][2]int64

// slide reads the slide part name as slide n, followed by its notes.
func (k *deck) slide(name string, n int) ([]doc.Block, error) {
	shapes, err := k.shapes(name)
	if err != nil {
		return nil, err
	}
	rs, err := rels(k.a, name)
	if err != nil {
		return nil, err
	}
	ph, err := k.placeholders(firstOfKind(rs, relSlideLayout, ""))
	if err != nil {
		return nil, err
	}
	ph.place(shapes)
	order(shapes)
	out := shapeBlocks(shapes, n, doc.Body)
	notes, err := k.notes(firstOfKind(rs, relNotesSlide, ""), n)
	return append(out, notes...), err
}

// notes reads the body placeholder of a notes slide.
func (k *deck) notes(name string, n int) ([]doc.Block, error) {
	if name == "" {
		return nil, nil
	}
	shapes, err := k.shapes(name)
	var body []shape
	for _, s := range shapes {
		if s.isPH && s.phType == "body" {
			body = append(body, s)
		}
	}
	return shapeBlocks(body, n, doc.Notes), err
}

// shapes reads the shape tree of a slide, layout, master or notes part.
func (k *deck) shapes(name string) ([]shape, error) {
	var out []shape
	err := k.a.Walk(name, func(d *zipxml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "spTree" {
			return nil
		}
		s, err := shapeReader{d: d}.tree()
		out = append(out, s...)
		return err
	})
	return out, err
}

// order puts titles first, then shapes top to bottom and left to right;
// shapes without a position keep their order at the end.
func order(shapes []shape) {
	key := func(s shape) (bool, int64, int64) {
		if !s.hasPos {
			return !isTitleShape(s), math.MaxInt64, 0
		}
		return !isTitleShape(s), s.y, s.x
	}
	sort.SliceStable(shapes, func(i, j int) bool {
		ti, yi, xi := key(shapes[i])
		tj, yj, xj := key(shapes[j])
		if ti != tj {
			return !ti
		}
		if yi != yj {
			return yi < yj
		}
		return xi < xj
	})
}

func isTitleShape(s shape) bool { return s.isPH && phKind(s.phType) == "title" }

// shapeBlocks turns ordered shapes into blocks of slide n in part.
func shapeBlocks(shapes []shape, n int, part doc.Part) []doc.Block {
	var out []doc.Block
	for _, s := range shapes {
		switch {
		case s.isPH && s.phType == "sldNum":
			continue
		case s.isPH && (s.phType == "ftr" || s.phType == "hdr") && part == doc.Body:
			out = append(out, furniture(s, n)...)
			continue
		case isTitleShape(s) && part == doc.Body:
			if t := paraText(s.paras); t != "" {
				out = append(out, doc.Block{Kind: doc.Heading, Level: 1, Text: t, Page: n})
			}
			continue
		}
		bulleted := s.isPH && phKind(s.phType) == "body" && s.phType != "subTitle" && part == doc.Body
		for _, p := range s.paras {
			if p.text == "" {
				continue
			}
			b := doc.Block{Kind: doc.Paragraph, Text: p.text, Page: n, Part: part}
			if p.bullet > 0 || (p.bullet == 0 && bulleted) {
				b.Kind, b.Level = doc.ListItem, p.level
			}
			out = append(out, b)
		}
		for _, r := range s.rows {
			r.Page, r.Part = n, part
			out = append(out, r)
		}
	}
	return out
}

// furniture gives the text of a slide's footer or header placeholder as
// one block in Part Footer or Header.
func furniture(s shape, n int) []doc.Block {
	t := paraText(s.paras)
	if t == "" {
		return nil
	}
	part := doc.Footer
	if s.phType == "hdr" {
		part = doc.Header
	}
	return []doc.Block{{Kind: doc.Paragraph, Text: t, Page: n, Part: part}}
}

// paraText joins the non-empty paragraphs of a shape with "\n".
func paraText(ps []txPara) string {
	var texts []string
	for _, p := range ps {
		if p.text != "" {
			texts = append(texts, p.text)
		}
	}
	return strings.Join(texts, "\n")
}
