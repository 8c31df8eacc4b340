package ooxml

import (
	"fmt"
	"path"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`

const relsHead = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`

// docRelTypes maps extra word/ parts to their relationship types.
var docRelTypes = map[string]string{
	"styles.xml": relStyles, "numbering.xml": relNumbering, "footnotes.xml": relFootnotes,
	"endnotes.xml": relEndnotes, "comments.xml": relComments, "header1.xml": relHeader, "footer1.xml": relFooter,
}

// buildDOCX zips a minimal Word document whose w:body holds body; extra
// holds further word/ parts (name, XML) linked from the document.
func buildDOCX(t testing.TB, body string, extra ...string) []byte {
	t.Helper()
	return ziptest.BuildZip(t, testDOCXParts(body, extra...)...)
}

// testDOCXParts are the parts of buildDOCX's document, name and content
// alternating.
func testDOCXParts(body string, extra ...string) []string {
	var rels strings.Builder
	rels.WriteString(relsHead)
	parts := []string{
		"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels", relsHead + `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
		"word/document.xml", `<w:document ` + nsW + `><w:body>` + body + `</w:body></w:document>`,
	}
	for i := 0; i+1 < len(extra); i += 2 {
		name := extra[i]
		if kind, ok := docRelTypes[path.Base(name)]; ok {
			fmt.Fprintf(&rels, `<Relationship Id="rX%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>`, i, kind, path.Base(name))
		}
		parts = append(parts, name, extra[i+1])
	}
	rels.WriteString(`</Relationships>`)
	return append(parts, "word/_rels/document.xml.rels", rels.String())
}

// wp wraps runs in a paragraph with optional properties.
func wp(pPr, runs string) string {
	return `<w:p><w:pPr>` + pPr + `</w:pPr>` + runs + `</w:p>`
}

// wr is a run with text.
func wr(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func readDOCXBytes(data []byte) (*doc.Document, error) {
	return ziptest.ReadBytes(ReadDOCX, data, doc.DefaultLimits)
}
