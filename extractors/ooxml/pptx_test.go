package ooxml

import (
	"fmt"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

const nsP = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"`

// sp is a shape: placeholder attributes ph ("" for a text box), position
// (nil for none) and paragraphs.
func sp(ph string, pos []int, paras ...string) string {
	nv := `<p:nvPr/>`
	if ph != "" {
		nv = `<p:nvPr><p:ph ` + ph + `/></p:nvPr>`
	}
	pr := `<p:spPr/>`
	if pos != nil {
		pr = fmt.Sprintf(`<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="10" cy="10"/></a:xfrm></p:spPr>`, pos[0], pos[1])
	}
	body := ""
	for _, p := range paras {
		body += p
	}
	return `<p:sp><p:nvSpPr><p:cNvPr id="1" name=""/><p:cNvSpPr/>` + nv + `</p:nvSpPr>` + pr + `<p:txBody><a:bodyPr/>` + body + `</p:txBody></p:sp>`
}

// ap is a DrawingML paragraph with optional pPr content and attributes.
func ap(pPr, text string) string {
	return `<a:p><a:pPr ` + pPr + `</a:pPr><a:r><a:t>` + text + `</a:t></a:r></a:p>`
}

func slideXML(shapes ...string) string {
	s := `<p:sld ` + nsP + `><p:cSld><p:spTree><p:nvGrpSpPr/><p:grpSpPr/>`
	for _, x := range shapes {
		s += x
	}
	return s + `</p:spTree></p:cSld></p:sld>`
}

func relXML(id, kind, target string) string {
	return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + kind + `" Target="` + target + `"/>`
}

// buildPPTX zips a presentation whose slide order (sldIdLst) is the
// reverse of the slide file names, to check that the list decides.
func buildPPTX(t testing.TB, slide1, slide2, notes1 string) []byte {
	t.Helper()
	return ziptest.BuildZip(t, pptxParts(slide1, slide2, notes1)...)
}

// pptxParts are the parts of buildPPTX's presentation, name and content
// alternating.
func pptxParts(slide1, slide2, notes1 string) []string {
	table := `<p:graphicFrame><p:nvGraphicFramePr/><p:xfrm><a:off x="0" y="9000"/></p:xfrm><a:graphic><a:graphicData><a:tbl><a:tr><a:tc><a:txBody><a:p><a:r><a:t>Navn</a:t></a:r></a:p></a:txBody></a:tc><a:tc hMerge="1"><a:txBody><a:p><a:r><a:t>x</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>Rolle</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
	return []string{
		"_rels/.rels", relsHead + relXML("r1", "officeDocument", "ppt/presentation.xml") + `</Relationships>`,
		"ppt/presentation.xml", `<p:presentation ` + nsP + `><p:sldIdLst><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId1"/></p:sldIdLst></p:presentation>`,
		"ppt/_rels/presentation.xml.rels", relsHead + relXML("rId1", "slide", "slides/slide1.xml") + relXML("rId2", "slide", "slides/slide2.xml") + `</Relationships>`,
		"ppt/slides/slide1.xml", slide1,
		"ppt/slides/slide2.xml", slideXML(slide2, table),
		"ppt/slides/_rels/slide1.xml.rels", relsHead + relXML("r1", "slideLayout", "../slideLayouts/slideLayout1.xml") + relXML("r2", "notesSlide", "../notesSlides/notesSlide1.xml") + `</Relationships>`,
		"ppt/slideLayouts/slideLayout1.xml", slideXML(sp(`type="title"`, []int{0, 100}), sp(`idx="1"`, nil)),
		"ppt/slideLayouts/_rels/slideLayout1.xml.rels", relsHead + relXML("r1", "slideMaster", "../slideMasters/slideMaster1.xml") + `</Relationships>`,
		"ppt/slideMasters/slideMaster1.xml", slideXML(sp(`type="body"`, []int{0, 2000})),
		"ppt/notesSlides/notesSlide1.xml", slideXML(sp(`type="sldImg"`, nil), sp(`type="body" idx="1"`, nil, notes1)),
	}
}

func TestReadPPTX(t *testing.T) {
	slide1 := slideXML(
		sp("", []int{0, 5000}, ap(`>`, "Tekstboks nederst")),
		sp(`idx="1"`, nil, ap(`lvl="0">`, "Punkt"), ap(`lvl="1">`, "Underpunkt"), ap(`><a:buNone/>`, "Ingen kule")),
		sp(`type="title"`, nil, ap(`>`, "Tittel"), ap(`>`, "linje to")),
		sp(`type="sldNum"`, []int{0, 9}, ap(`>`, "1")),
		sp(`type="ftr"`, []int{0, 9999}, ap(`>`, "Bunntekst")),
	)
	slide2 := sp(`type="ctrTitle"`, []int{0, 0}, ap(`>`, "Første"))
	data := buildPPTX(t, slide1, slide2, ap(`>`, "Husk å nevne fristen"))
	d, err := ziptest.ReadBytes(ReadPPTX, data, doc.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := "heading/1/:Første\nrow/0/:Navn |  | Rolle\n" +
		"heading/1/:Tittel\nlinje to\nitem/0/:Punkt\nitem/1/:Underpunkt\nparagraph/0/:Ingen kule\nparagraph/0/:Tekstboks nederst\n" +
		"paragraph/0/notes:Husk å nevne fristen\nparagraph/0/footer:Bunntekst\n"
	if got := ziptest.Summary(d.Blocks); got != want {
		t.Fatalf("blocks:\n%s\nwant:\n%s", got, want)
	}
	if d.Pages != 2 || d.Blocks[0].Page != 1 || d.Blocks[2].Page != 2 || d.Blocks[6].Page != 2 {
		t.Fatalf("pages wrong: %d slides, %+v", d.Pages, d.Blocks)
	}
}
