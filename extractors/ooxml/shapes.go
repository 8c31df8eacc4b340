package ooxml

import (
	"encoding/xml"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// shape is one text-bearing element of a slide's shape tree.
type shape struct {
	phType, phIdx string // placeholder type and index; phType "" with phIdx set is a content placeholder
	isPH          bool
	x, y          int64
	hasPos        bool
	paras         []txPara
	rows          []doc.Block
}

// shapeReader reads a DrawingML shape tree (p:spTree).
type shapeReader struct {
	d *zipxml.Decoder
}

// tree reads the children of a p:spTree or p:grpSp just opened.
func (r shapeReader) tree() ([]shape, error) {
	var gx, gy, cx, cy int64 // group offset and child offset
	out, err := zipxml.Collect(r.d, func(se xml.StartElement) ([]shape, error) {
		switch se.Name.Local {
		case "sp", "graphicFrame", "cxnSp":
			s, err := r.shape()
			return []shape{s}, err
		case "grpSp":
			return r.tree()
		case "off":
			gx, gy = attrInt(se, "x"), attrInt(se, "y")
		case "chOff":
			cx, cy = attrInt(se, "x"), attrInt(se, "y")
		case "pic", "Fallback", "extLst", "contentPart":
			return nil, r.d.Skip()
		}
		return nil, nil
	})
	if err != nil {
		return nil, err
	}
	return shiftGroup(out, gx-cx, gy-cy), nil
}

// shiftGroup moves the shapes of a group from child to slide coordinates
// (scaling is ignored: only the order matters).
func shiftGroup(shapes []shape, dx, dy int64) []shape {
	for i := range shapes {
		if shapes[i].hasPos {
			shapes[i].x += dx
			shapes[i].y += dy
		}
	}
	return shapes
}

// shape reads a p:sp, p:graphicFrame or p:cxnSp just opened.
func (r shapeReader) shape() (shape, error) {
	var s shape
	err := r.d.Children(func(se xml.StartElement) error { return r.shapeElement(&s, se) })
	return s, err
}

func (r shapeReader) shapeElement(s *shape, se xml.StartElement) error {
	var err error
	switch se.Name.Local {
	case "ph":
		s.isPH, s.phType, s.phIdx = true, zipxml.Attr(se, "type"), zipxml.Attr(se, "idx")
	case "off":
		if !s.hasPos {
			s.x, s.y, s.hasPos = attrInt(se, "x"), attrInt(se, "y"), true
		}
	case "txBody":
		var ps []txPara
		ps, err = r.txBody()
		s.paras = append(s.paras, ps...)
	case "tbl":
		var rows []doc.Block
		rows, err = r.table()
		s.rows = append(s.rows, rows...)
	case "Fallback", "extLst", "style":
		err = r.d.Skip()
	}
	return err
}

// attrInt reads an integer attribute (EMU coordinates); bad values give 0.
func attrInt(se xml.StartElement, local string) int64 {
	var n int64
	neg := false
	for i, c := range zipxml.Attr(se, local) {
		switch {
		case i == 0 && c == '-':
			neg = true
		case c >= '0' && c <= '9' && n < 1<<50:
			n = n*10 + int64(c-'0')
		default:
			return 0
		}
	}
	if neg {
		return -n
	}
	return n
}
