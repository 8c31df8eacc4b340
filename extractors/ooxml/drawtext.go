package ooxml

import (
	"encoding/xml"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// txPara is one DrawingML paragraph (a:p).
type txPara struct {
	text   string
	level  int // a:pPr lvl
	bullet int // -1 a:buNone, 1 a:buChar or a:buAutoNum, 0 inherited
}

// txBody reads the paragraphs of a txBody (p:txBody or a:txBody) just opened.
func (r shapeReader) txBody() ([]txPara, error) {
	var out []txPara
	end := r.d.Depth()
	for {
		tok, err := r.d.Token()
		if err != nil {
			return nil, err
		}
		if r.d.Depth() < end {
			return out, nil
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "p":
			p, err := r.para()
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		case "lstStyle", "bodyPr":
			if err := r.d.Skip(); err != nil {
				return nil, err
			}
		}
	}
}

// para reads an a:p just opened.
func (r shapeReader) para() (txPara, error) {
	var p txPara
	var sb strings.Builder
	end := r.d.Depth()
	for {
		tok, err := r.d.Token()
		if err != nil {
			return p, err
		}
		if r.d.Depth() < end {
			p.text = strings.TrimSpace(sb.String())
			return p, nil
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "pPr":
			p.level = atoiClamp(zipxml.Attr(se, "lvl"), 0, 8)
		case "buNone":
			p.bullet = -1
		case "buChar", "buAutoNum", "buBlip":
			p.bullet = 1
		case "t":
			s, err := r.d.Text()
			if err != nil {
				return p, err
			}
			sb.WriteString(s)
		case "br":
			sb.WriteString("\n")
		case "rPr", "endParaRPr", "extLst":
			if err := r.d.Skip(); err != nil {
				return p, err
			}
		}
	}
}

// table reads an a:tbl just opened: one TableRow per a:tr with text.
// Cells merged into their neighbours (hMerge, vMerge) are empty.
func (r shapeReader) table() ([]doc.Block, error) {
	var rows []doc.Block
	var cells []string
	end := r.d.Depth()
	for {
		tok, err := r.d.Token()
		if err != nil {
			return nil, err
		}
		if r.d.Depth() < end {
			return rows, nil
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "tc" {
				text, err := r.cell(t)
				if err != nil {
					return nil, err
				}
				cells = append(cells, text)
			}
		case xml.EndElement:
			if t.Name.Local == "tr" {
				rows = appendRow(rows, cells)
				cells = nil
			}
		}
	}
}

// cell reads an a:tc just opened.
func (r shapeReader) cell(se xml.StartElement) (string, error) {
	if zipxml.Attr(se, "hMerge") != "" || zipxml.Attr(se, "vMerge") != "" {
		return "", r.d.Skip()
	}
	var texts []string
	end := r.d.Depth()
	for {
		tok, err := r.d.Token()
		if err != nil {
			return "", err
		}
		if r.d.Depth() < end {
			return strings.Join(texts, "\n"), nil
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "txBody" {
			ps, err := r.txBody()
			if err != nil {
				return "", err
			}
			for _, p := range ps {
				if p.text != "" {
					texts = append(texts, p.text)
				}
			}
		}
	}
}

// appendRow adds a TableRow unless all its cells are empty.
func appendRow(rows []doc.Block, cells []string) []doc.Block {
	if b, ok := rowBlock(cells); ok {
		rows = append(rows, b)
	}
	return rows
}

// rowBlock makes a TableRow of cells; ok is false when all are empty.
func rowBlock(cells []string) (b doc.Block, ok bool) {
	if strings.TrimSpace(strings.Join(cells, "")) == "" {
		return b, false
	}
	return doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Cells: cells}, true
}
