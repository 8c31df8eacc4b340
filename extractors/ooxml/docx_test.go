package ooxml

import (
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/internal/ziptest"
)

const testStyles = `<w:styles ` + nsW + `>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Sakstittel"><w:name w:val="Sakstittel"/><w:basedOn w:val="Overskrift1"/></w:style>
<w:style w:type="paragraph" w:styleId="Punktliste"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>
<w:style w:type="character" w:styleId="Skjult"><w:name w:val="Skjult"/><w:rPr><w:vanish/></w:rPr></w:style>
<w:style w:type="character" w:styleId="SkjultFet"><w:name w:val="Skjult fet"/><w:basedOn w:val="Skjult"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Synlig"><w:name w:val="Synlig"/><w:basedOn w:val="Skjult"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Internt"><w:name w:val="Internt"/><w:rPr><w:vanish/></w:rPr></w:style>
</w:styles>`

const testNumbering = `<w:numbering ` + nsW + `>
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`

func TestReadDOCXBody(t *testing.T) {
	num := func(id, lvl string) string {
		return `<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`
	}
	tests := []struct {
		name string
		body string
		want string
	}{
		{"heading by localised style id", wp(`<w:pStyle w:val="Overskrift1"/>`, wr("Saksliste")), "heading/1/:Saksliste\n"},
		{"heading by style name", wp(`<w:pStyle w:val="Overskrift2"/>`, wr("Deltakere")), "heading/2/:Deltakere\n"},
		{"title", wp(`<w:pStyle w:val="Tittel"/>`, wr("Referat")), "heading/1/:Referat\n"},
		{"heading inherited through basedOn", wp(`<w:pStyle w:val="Sakstittel"/>`, wr("Sak 1/25")), "heading/1/:Sak 1/25\n"},
		{"direct outline level", wp(`<w:outlineLvl w:val="2"/>`, wr("Del")), "heading/3/:Del\n"},
		{"unknown style is a paragraph", wp(`<w:pStyle w:val="Nope"/>`, wr("Tekst")), "paragraph/0/:Tekst\n"},
		{"runs joined", wp("", wr("Ved")+wr("tak: ")+wr("ja")), "paragraph/0/:Vedtak: ja\n"},
		{"break and tab", wp("", `<w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:tab/><w:t>c</w:t></w:r>`), "paragraph/0/:a\nb\tc\n"},
		{"tracked changes", wp("", wr("keep ")+`<w:ins><w:r><w:t>new </w:t></w:r></w:ins><w:del><w:r><w:delText>old </w:delText></w:r></w:del><w:moveFrom><w:r><w:t>moved </w:t></w:r></w:moveFrom>`+wr("end")), "paragraph/0/:keep new end\n"},
		{"field result kept, code dropped", wp("", `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \@ "d. MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`+wr("2. mai 2025")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`), "paragraph/0/:2. mai 2025\n"},
		{"hyperlink and sdt", `<w:sdt><w:sdtPr><w:alias w:val="Dato"/></w:sdtPr><w:sdtContent>` + wp("", `<w:hyperlink r:id="rId9">`+wr("lenke")+`</w:hyperlink>`) + `</w:sdtContent></w:sdt>`, "paragraph/0/:lenke\n"},
		{"numbered list", wp(num("1", "0"), wr("En")) + wp(num("1", "1"), wr("Under")) + wp(num("1", "0"), wr("To")), "item/0/:1. En\nitem/1/:1.a) Under\nitem/0/:2. To\n"},
		{"start override", wp(num("3", "0"), wr("Fem")), "item/0/:5. Fem\n"},
		{"bullets by style", wp(`<w:pStyle w:val="Punktliste"/>`, wr("Punkt")), "item/0/:Punkt\n"},
		{"numId 0 switches numbering off", wp(`<w:pStyle w:val="Punktliste"/>`+num("0", "0"), wr("Ikke")), "paragraph/0/:Ikke\n"},
		{"hidden text dropped", wp("", wr("synlig ")+`<w:r><w:rPr><w:b/><w:vanish/></w:rPr><w:t>skjult </w:t><w:tab/></w:r>`+`<w:hyperlink><w:r><w:rPr><w:vanish w:val="true"/></w:rPr><w:t>lenke </w:t></w:r></w:hyperlink>`+`<w:r><w:rPr><w:vanish w:val="0"/><w:rPrChange><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>vist</w:t></w:r>`), "paragraph/0/:synlig vist\n"},
		{"hidden by a character style", wp("", wr("synlig ")+`<w:r><w:rPr><w:rStyle w:val="Skjult"/></w:rPr><w:t>skjult </w:t></w:r>`+`<w:r><w:rPr><w:rStyle w:val="SkjultFet"/></w:rPr><w:t>arvet </w:t></w:r>`+wr("vist")), "paragraph/0/:synlig vist\n"},
		{"a style turning vanish off shows", wp("", `<w:r><w:rPr><w:rStyle w:val="Synlig"/></w:rPr><w:t>vist</w:t></w:r>`), "paragraph/0/:vist\n"},
		{"the run's own vanish off beats its style", wp("", `<w:r><w:rPr><w:rStyle w:val="Skjult"/><w:vanish w:val="false"/></w:rPr><w:t>vist</w:t></w:r>`), "paragraph/0/:vist\n"},
		{"a character style without vanish hides nothing", wp("", `<w:r><w:rPr><w:rStyle w:val="Heading1Char"/></w:rPr><w:t>vist</w:t></w:r>`), "paragraph/0/:vist\n"},
		{"hidden by the paragraph style", wp(`<w:pStyle w:val="Internt"/>`, wr("Intern merknad")) + wp("", wr("Neste")), "paragraph/0/:Neste\n"},
		{"hidden paragraph leaves nothing", wp("", `<w:r><w:rPr><w:vanish/></w:rPr><w:t>Intern merknad</w:t></w:r>`) + wp("", wr("Neste")), "paragraph/0/:Neste\n"},
		{"empty paragraphs dropped", wp("", "") + wp("", wr("  ")), ""},
		{"text box after its paragraph, choice only", wp("", wr("Før")+`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>`+wp("", wr("Boks"))+`</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>`+wp("", wr("Boks"))+`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`), "paragraph/0/:Før\nparagraph/0/:Boks\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := readDOCXBytes(buildDOCX(t, tt.body, "word/styles.xml", testStyles, "word/numbering.xml", testNumbering))
			if err != nil {
				t.Fatal(err)
			}
			if got := ziptest.Summary(d.Blocks); got != tt.want {
				t.Fatalf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestReadDOCXTables(t *testing.T) {
	tc := func(pr, text string) string {
		return `<w:tc><w:tcPr>` + pr + `</w:tcPr>` + wp("", wr(text)) + `</w:tc>`
	}
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	tests := []struct {
		name string
		body string
		want []string // row texts
	}{
		{"plain", `<w:tbl>` + row(tc("", "Navn"), tc("", "Rolle")) + row(tc("", "Kari"), tc("", "Leder")) + `</w:tbl>`, []string{"Navn | Rolle", "Kari | Leder"}},
		{"gridSpan pads", `<w:tbl>` + row(tc(`<w:gridSpan w:val="2"/>`, "Felles"), tc("", "C")) + `</w:tbl>`, []string{"Felles |  | C"}},
		{"vMerge continuation empty", `<w:tbl>` + row(tc(`<w:vMerge w:val="restart"/>`, "Sak"), tc("", "a")) + row(tc(`<w:vMerge/>`, "Sak"), tc("", "b")) + `</w:tbl>`, []string{"Sak | a", " | b"}},
		{"paragraphs in a cell", `<w:tbl><w:tr><w:tc>` + wp("", wr("en")) + wp("", wr("to")) + `</w:tc></w:tr></w:tbl>`, []string{"en\n\nto"}},
		{"nested table flattened", `<w:tbl><w:tr><w:tc><w:tbl>` + row(tc("", "x"), tc("", "y")) + `</w:tbl></w:tc>` + tc("", "z") + `</w:tr></w:tbl>`, []string{"x | y | z"}},
		{"deleted and empty rows dropped", `<w:tbl><w:tr><w:trPr><w:del/></w:trPr>` + tc("", "borte") + `</w:tr>` + row(tc("", "")) + row(tc("", "her")) + `</w:tbl>`, []string{"her"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := readDOCXBytes(buildDOCX(t, tt.body))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range d.Blocks {
				if b.Kind != "row" || b.Text != strings.Join(b.Cells, " | ") {
					t.Fatalf("bad row block %+v", b)
				}
				got = append(got, b.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Fatalf("rows %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadDOCXPages(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		pages []int
		total int
	}{
		{"no breaks", wp("", wr("a")) + wp("", wr("b")), []int{0, 0}, 0},
		{"hard break", wp("", wr("a")+`<w:r><w:br w:type="page"/></w:r>`) + wp("", wr("b")), []int{1, 2}, 2},
		{"rendered break after hard break counted once", wp("", wr("a")+`<w:r><w:br w:type="page"/></w:r>`) + wp("", `<w:r><w:lastRenderedPageBreak/><w:t>b</w:t></w:r>`), []int{1, 2}, 2},
		{"rendered breaks", wp("", wr("a")) + wp("", `<w:r><w:lastRenderedPageBreak/><w:t>b</w:t></w:r>`) + wp("", `<w:r><w:lastRenderedPageBreak/><w:t>c</w:t></w:r>`), []int{1, 2, 3}, 3},
		{"page break before", wp("", wr("a")) + wp(`<w:pageBreakBefore/>`, wr("b")), []int{1, 2}, 2},
		{"section break", wp(`<w:sectPr><w:type w:val="nextPage"/></w:sectPr>`, wr("a")) + wp("", wr("b")), []int{1, 2}, 2},
		{"continuous section", wp(`<w:sectPr><w:type w:val="continuous"/></w:sectPr>`, wr("a")) + wp("", wr("b")), []int{0, 0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := readDOCXBytes(buildDOCX(t, tt.body))
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, b := range d.Blocks {
				got = append(got, b.Page)
			}
			if !slices.Equal(got, tt.pages) || d.Pages != tt.total {
				t.Fatalf("pages %v of %d, want %v of %d", got, d.Pages, tt.pages, tt.total)
			}
		})
	}
}
