package ooxml

import (
	"testing"

	"github.com/motebok/motebok/extractors/zipxml"
)

func FuzzReadDOCX(f *testing.F) {
	zipxml.SeedCorpus(f, corpusDir, "*.docx")
	f.Add(buildDOCX(f, wp(`<w:pStyle w:val="Overskrift1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`, wr("a")), "word/styles.xml", testStyles, "word/numbering.xml", testNumbering))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := zipxml.ReadBytes(ReadDOCX, data, zipxml.FuzzLimits); err == nil {
			zipxml.CheckDocument(t, d)
		}
	})
}

func FuzzReadPPTX(f *testing.F) {
	zipxml.SeedCorpus(f, corpusDir, "*.pptx")
	f.Add(buildPPTX(f, slideXML(sp(`type="title"`, nil, ap(`>`, "T"))), sp("", []int{1, 2}, ap(`lvl="1">`, "x")), ap(`>`, "n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := zipxml.ReadBytes(ReadPPTX, data, zipxml.FuzzLimits); err == nil {
			zipxml.CheckDocument(t, d)
		}
	})
}
