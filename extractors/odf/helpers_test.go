package odf

import (
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

const nsODF = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"`

// buildODT zips a text document with the given automatic styles and body;
// extra holds further parts (name, content).
func buildODT(t testing.TB, autoStyles, body string, extra ...string) []byte {
	t.Helper()
	return ziptest.BuildZip(t, odtParts(autoStyles, body, extra...)...)
}

// odtParts are the parts of buildODT's document, name and content
// alternating.
func odtParts(autoStyles, body string, extra ...string) []string {
	content := `<office:document-content ` + nsODF + `><office:automatic-styles>` + autoStyles +
		`</office:automatic-styles><office:body><office:text>` + body + `</office:text></office:body></office:document-content>`
	return append([]string{"mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content}, extra...)
}

// buildODP zips a presentation whose office:presentation holds pages.
func buildODP(t testing.TB, pages string) []byte {
	t.Helper()
	content := `<office:document-content ` + nsODF + `><office:body><office:presentation>` + pages + `</office:presentation></office:body></office:document-content>`
	return ziptest.BuildZip(t, "mimetype", "application/vnd.oasis.opendocument.presentation", "content.xml", content)
}

func readBytes(data []byte) (*doc.Document, error) {
	return ziptest.ReadBytes(Read, data, doc.DefaultLimits)
}
