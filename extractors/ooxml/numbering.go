package ooxml

import (
	"encoding/xml"
	"errors"
	"io/fs"

	"github.com/motebok/motebok/extractors/zipxml"
)

// numRef points a paragraph at a list: w:numPr's numId and ilvl.
type numRef struct {
	id    string
	level int
	set   bool // numPr present (numId 0 switches numbering off)
}

// numLevel is one level of an abstract numbering.
type numLevel struct {
	format, text string // w:numFmt and w:lvlText ("%1.%2.")
	start        int    // w:start, 0 when absent
	legal        bool   // w:isLgl: show every level as decimal
	// restart is w:lvlRestart: the level starts again when one of the
	// levels 1..restart (1-based) is numbered; 0 never. Without it, any
	// higher level restarts it (restart 9).
	restart int
}

// newLevel is a level before its elements are read.
func newLevel() numLevel { return numLevel{restart: 9} }

// numInstance is a w:num: an abstract numbering plus level overrides.
type numInstance struct {
	abstract  string
	overrides map[int]*numLevel
	restarts  map[int]int // w:startOverride per level
	used      bool
}

// numbering holds numbering.xml and the running list counters.
type numbering struct {
	abstract  map[string]*[9]numLevel
	instances map[string]*numInstance
	counters  map[string]*counters // per abstract numbering
}

// counters are the running numbers of the nine levels of a list.
type counters struct {
	v   [9]int
	set [9]bool // level counted since its parent last advanced
}

// readNumbering reads numbering.xml; a missing part gives no numbering.
func readNumbering(a *zipxml.Archive, name string) (*numbering, error) {
	n := &numbering{abstract: map[string]*[9]numLevel{}, instances: map[string]*numInstance{}, counters: map[string]*counters{}}
	p := numParser{n: n}
	err := a.Walk(name, p.element)
	if errors.Is(err, fs.ErrNotExist) {
		return n, nil
	}
	return n, err
}

// numParser tracks where in numbering.xml the walk is.
type numParser struct {
	n        *numbering
	levels   *[9]numLevel // current abstractNum
	inst     *numInstance // current num
	lvl      *numLevel    // current lvl
	override int          // level of the current lvlOverride
}

func (p *numParser) element(d *zipxml.Decoder, se xml.StartElement) error {
	val := zipxml.Attr(se, "val")
	switch se.Name.Local {
	case "abstractNum":
		p.levels, p.inst = new([9]numLevel), nil
		p.n.abstract[zipxml.Attr(se, "abstractNumId")] = p.levels
	case "num":
		p.inst = &numInstance{overrides: map[int]*numLevel{}, restarts: map[int]int{}}
		p.levels = nil
		p.n.instances[zipxml.Attr(se, "numId")] = p.inst
	case "abstractNumId":
		if p.inst != nil {
			p.inst.abstract = val
		}
	case "lvlOverride":
		p.override = atoiClamp(zipxml.Attr(se, "ilvl"), 0, 8)
	case "startOverride":
		if p.inst != nil {
			p.inst.restarts[p.override] = atoiClamp(val, 0, 1<<20)
		}
	case "lvl":
		p.startLevel(se)
	case "numFmt", "lvlText", "start", "isLgl", "lvlRestart":
		if p.lvl != nil {
			p.lvl.set(se.Name.Local, val)
		}
	case "pPr", "rPr":
		return d.Skip()
	}
	return nil
}

func (p *numParser) startLevel(se xml.StartElement) {
	i := atoiClamp(zipxml.Attr(se, "ilvl"), 0, 8)
	p.lvl = nil
	switch {
	case p.levels != nil:
		p.levels[i] = newLevel()
		p.lvl = &p.levels[i]
	case p.inst != nil:
		lv := newLevel()
		p.lvl = &lv
		p.inst.overrides[i] = p.lvl
	}
}

func (l *numLevel) set(field, val string) {
	switch field {
	case "numFmt":
		l.format = val
	case "lvlText":
		l.text = val
	case "start":
		l.start = atoiClamp(val, 0, 1<<20)
	case "isLgl":
		l.legal = val != "0" && val != "false"
	case "lvlRestart":
		l.restart = atoiClamp(val, 0, 9)
	}
}
