package ooxml

import (
	"testing"

	"github.com/motebok/motebok/internal/ziptest"
)

func FuzzReadDOCX(f *testing.F) {
	ziptest.SeedCorpus(f, corpusDir, "*.docx")
	f.Add(buildDOCX(f, wp(`<w:pStyle w:val="Overskrift1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`, wr("a")), "word/styles.xml", testStyles, "word/numbering.xml", testNumbering))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := ziptest.ReadBytes(ReadDOCX, data, ziptest.FuzzLimits); err == nil {
			ziptest.CheckDocument(t, d)
		}
	})
}

func FuzzReadPPTX(f *testing.F) {
	ziptest.SeedCorpus(f, corpusDir, "*.pptx")
	f.Add(buildPPTX(f, slideXML(sp(`type="title"`, nil, ap(`>`, "T"))), sp("", []int{1, 2}, ap(`lvl="1">`, "x")), ap(`>`, "n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := ziptest.ReadBytes(ReadPPTX, data, ziptest.FuzzLimits); err == nil {
			ziptest.CheckDocument(t, d)
		}
	})
}

// FuzzDOCXBody fuzzes the markup of w:body inside a valid package, with
// styles and numbering.
func FuzzDOCXBody(f *testing.F) {
	ziptest.SeedInner(f, corpusDir, "*.docx", "word/document.xml", "<w:body>", "</w:body>")
	f.Add(wp(`<w:pStyle w:val="Overskrift1"/>`, wr("a")) + `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + wp("", wr("x")) + `</w:tc></w:tr></w:tbl>`)
	f.Fuzz(func(t *testing.T, body string) {
		data := ziptest.StoreZip(t, testDOCXParts(body, "word/styles.xml", testStyles, "word/numbering.xml", testNumbering)...)
		if d, err := ziptest.ReadBytes(ReadDOCX, data, ziptest.FuzzLimits); err == nil {
			ziptest.CheckDocument(t, d)
		}
	})
}

// FuzzPPTXSlide fuzzes the markup of a slide's shape tree inside a valid
// presentation.
func FuzzPPTXSlide(f *testing.F) {
	ziptest.SeedInner(f, corpusDir, "*.pptx", "ppt/slides/slide2.xml", "<p:spTree>", "</p:spTree>")
	f.Add(sp(`type="title"`, nil, ap(`>`, "T")) + sp("", []int{1, 2}, ap(`lvl="1">`, "x")))
	f.Fuzz(func(t *testing.T, shapes string) {
		data := ziptest.StoreZip(t, pptxParts(slideXML(shapes), "", "")...)
		if d, err := ziptest.ReadBytes(ReadPPTX, data, ziptest.FuzzLimits); err == nil {
			ziptest.CheckDocument(t, d)
		}
	})
}
