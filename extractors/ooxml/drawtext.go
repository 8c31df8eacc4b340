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
	return zipxml.Collect(r.d, func(se xml.StartElement) ([]txPara, error) {
		switch se.Name.Local {
		case "p":
			p, err := r.para()
			return []txPara{p}, err
		case "lstStyle", "bodyPr":
			return nil, r.d.Skip()
		}
		return nil, nil
	})
}

// para reads an a:p just opened.
func (r shapeReader) para() (txPara, error) {
	var p txPara
	var sb strings.Builder
	err := r.d.Children(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "pPr":
			p.level = atoiClamp(zipxml.Attr(se, "lvl"), 0, 8)
		case "buNone":
			p.bullet = -1
		case "buChar", "buAutoNum", "buBlip":
			p.bullet = 1
		case "t":
			s, err := r.d.Text()
			sb.WriteString(s)
			return err
		case "br":
			sb.WriteString("\n")
		case "rPr", "endParaRPr", "extLst":
			return r.d.Skip()
		}
		return nil
	})
	p.text = strings.TrimSpace(sb.String())
	return p, err
}

// table reads an a:tbl just opened: one TableRow per a:tr with text.
// Cells merged into their neighbours (hMerge, vMerge) are empty.
func (r shapeReader) table() ([]doc.Block, error) {
	var rows []doc.Block
	var cells []string
	err := r.d.Content(func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "tc" {
				text, err := r.cell(t)
				cells = append(cells, text)
				return err
			}
		case xml.EndElement:
			if t.Name.Local == "tr" {
				rows = appendRow(rows, cells)
				cells = nil
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// cell reads an a:tc just opened.
func (r shapeReader) cell(se xml.StartElement) (string, error) {
	if zipxml.Attr(se, "hMerge") != "" || zipxml.Attr(se, "vMerge") != "" {
		return "", r.d.Skip()
	}
	var texts []string
	err := r.d.Children(func(se xml.StartElement) error {
		if se.Name.Local != "txBody" {
			return nil
		}
		ps, err := r.txBody()
		for _, p := range ps {
			if p.text != "" {
				texts = append(texts, p.text)
			}
		}
		return err
	})
	if err != nil {
		return "", err
	}
	return strings.Join(texts, "\n"), nil
}

// appendRow adds a TableRow unless all its cells are empty.
func appendRow(rows []doc.Block, cells []string) []doc.Block {
	if b, ok := zipxml.TableRow(cells); ok {
		rows = append(rows, b)
	}
	return rows
}
