package ooxml

import (
	"testing"

	"github.com/motebok/motebok/internal/ziptest"
)

func TestReadDOCXParts(t *testing.T) {
	footnotes := `<w:footnotes ` + nsW + `><w:footnote w:type="separator" w:id="-1">` + wp("", `<w:r><w:separator/></w:r>`) + `</w:footnote><w:footnote w:id="1">` + wp("", `<w:r><w:footnoteRef/></w:r>`+wr(" Se vedlegg.")) + `</w:footnote></w:footnotes>`
	comments := `<w:comments ` + nsW + `><w:comment w:id="0" w:author="Kari">` + wp("", wr("Sjekk dato")) + `</w:comment></w:comments>`
	header := `<w:hdr ` + nsW + `>` + wp("", wr("Styringsgruppen")) + `</w:hdr>`
	footer := `<w:ftr ` + nsW + `>` + wp("", wr("Side")) + `</w:ftr>`
	body := wp("", wr("Tekst")+`<w:r><w:footnoteReference w:id="1"/></w:r>`)
	d, err := readDOCXBytes(buildDOCX(t, body,
		"word/footnotes.xml", footnotes, "word/comments.xml", comments,
		"word/header1.xml", header, "word/footer1.xml", footer,
		"docProps/core.xml", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Referat</dc:title><dc:creator>Kari Nordmann</dc:creator><dcterms:created>2025-09-16T08:00:00Z</dcterms:created><dcterms:modified>2025-09-17T08:00:00Z</dcterms:modified></cp:coreProperties>`))
	if err != nil {
		t.Fatal(err)
	}
	want := "paragraph/0/:Tekst\nparagraph/0/note:Se vedlegg.\nparagraph/0/comment:Sjekk dato\nparagraph/0/header:Styringsgruppen\nparagraph/0/footer:Side\n"
	if got := ziptest.Summary(d.Blocks); got != want {
		t.Fatalf("blocks:\n%s\nwant:\n%s", got, want)
	}
	m := d.Meta
	if m.Title != "Referat" || m.Author != "Kari Nordmann" || m.Created == nil || m.Created.Day() != 16 || m.Modified == nil || m.Modified.Day() != 17 {
		t.Fatalf("meta = %+v", m)
	}
}
