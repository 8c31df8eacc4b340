package ooxml

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// fuzzLimits keep fuzzing fast and memory bounded.
var fuzzLimits = doc.Limits{MaxFileSize: 1 << 20, MaxZipEntries: 100, MaxUncompressed: 8 << 20, MaxRatio: 100, MaxXMLDepth: 64, MaxPages: 100, MaxBlocks: 10000}

func seedCorpus(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, pattern))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// checkDocument fails on blocks that break the model's invariants.
func checkDocument(t *testing.T, d *doc.Document) {
	for _, b := range d.Blocks {
		switch b.Kind {
		case doc.Heading, doc.Paragraph, doc.ListItem:
		case doc.TableRow:
			if b.Text != strings.Join(b.Cells, " | ") {
				t.Fatalf("row text %q does not join its cells %q", b.Text, b.Cells)
			}
		default:
			t.Fatalf("unknown kind %q", b.Kind)
		}
		if b.Page < 0 || (d.Pages > 0 && b.Page > d.Pages) {
			t.Fatalf("page %d of %d", b.Page, d.Pages)
		}
	}
}

func FuzzReadDOCX(f *testing.F) {
	seedCorpus(f, "*.docx")
	f.Add(buildDOCX(f, wp(`<w:pStyle w:val="Overskrift1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`, wr("a")), "word/styles.xml", testStyles, "word/numbering.xml", testNumbering))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadDOCX(context.Background(), bytes.NewReader(data), int64(len(data)), fuzzLimits)
		if err == nil {
			checkDocument(t, d)
		}
	})
}

func FuzzReadPPTX(f *testing.F) {
	seedCorpus(f, "*.pptx")
	f.Add(buildPPTX(f, slideXML(sp(`type="title"`, nil, ap(`>`, "T"))), sp("", []int{1, 2}, ap(`lvl="1">`, "x")), ap(`>`, "n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadPPTX(context.Background(), bytes.NewReader(data), int64(len(data)), fuzzLimits)
		if err == nil {
			checkDocument(t, d)
		}
	})
}
