package odf

import (
	"errors"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

const testStyles = `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Overskrift" style:family="paragraph" style:default-outline-level="2"/>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/><text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")" text:display-levels="2"/></text:list-style>
<style:style style:name="Skjult" style:family="paragraph"><style:text-properties text:display="none"/></style:style>
<style:style style:name="SkjultUnder" style:family="paragraph" style:parent-style-name="Skjult"/>
<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T1" style:family="paragraph"/>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>`

func TestReadODT(t *testing.T) {
	item := func(s string) string { return `<text:list-item><text:p>` + s + `</text:p></text:list-item>` }
	tests := []struct {
		name string
		body string
		want string
	}{
		{"heading levels", `<text:h text:outline-level="2">Saksliste</text:h><text:h>Uten nivå</text:h>`, "heading/2/:Saksliste\nheading/1/:Uten nivå\n"},
		{"title style through parent", `<text:p text:style-name="P1">Referat</text:p>`, "heading/1/:Referat\n"},
		{"heading style on text:p", `<text:p text:style-name="Overskrift">Del</text:p>`, "heading/2/:Del\n"},
		{"white space", `<text:p>  a   b<text:s text:c="2"/>c<text:tab/>d<text:line-break/>e <text:span> f</text:span></text:p>`, "paragraph/0/:a b  c\td\ne f\n"},
		{"numbered list", `<text:list text:style-name="L1">` + item("En") + `<text:list-item><text:p>To</text:p><text:list>` + item("Under") + `</text:list></text:list-item></text:list>`, "item/0/:1. En\nitem/0/:2. To\nitem/1/:2.a) Under\n"},
		{"bullet list", `<text:list text:style-name="L2">` + item("Punkt") + `</text:list>`, "item/0/:Punkt\n"},
		{"rendered number wins", `<text:list text:style-name="L1"><text:list-item><text:p><text:number>7.</text:number>Sju</text:p></text:list-item></text:list>`, "item/0/:7. Sju\n"},
		{"table with covered cells", `<table:table><table:table-column table:number-columns-repeated="3"/><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Felles</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>C</text:p><text:p>D</text:p></table:table-cell></table:table-row></table:table>`, "row/0/:Felles |  | C\n\nD\n"},
		{"nested table flattened", `<table:table><table:table-row><table:table-cell><table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell><table:table-cell><text:p>y</text:p></table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table>`, "row/0/:x | y\n"},
		{"tracked deletion dropped", `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info/><text:p>slettet</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>beholdt<text:change text:change-id="c1"/></text:p>`, "paragraph/0/:beholdt\n"},
		{"footnote and annotation apart", `<text:p>Tekst<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnote</text:p></text:note-body></text:note><office:annotation><dc:creator>Kari</dc:creator><dc:date>2025-01-01</dc:date><text:p>Kommentar</text:p></office:annotation> videre</text:p>`, "paragraph/0/:Tekst videre\nparagraph/0/note:Fotnote\nparagraph/0/comment:Kommentar\n"},
		{"text box after its paragraph", `<text:p>Før<draw:frame><draw:text-box><text:p>Boks</text:p></draw:text-box></draw:frame></text:p>`, "paragraph/0/:Før\nparagraph/0/:Boks\n"},
		{"paragraph style hiding text, and its child", `<text:p text:style-name="Skjult">Intern</text:p><text:p text:style-name="SkjultUnder">Arvet</text:p><text:p>Vist</text:p>`, "paragraph/0/:Vist\n"},
		{"hidden list item", `<text:list text:style-name="L2"><text:list-item><text:p text:style-name="Skjult">Intern</text:p></text:list-item>` + item("Vist") + `</text:list>`, "item/0/:Vist\n"},
		{"text style hiding a span", `<text:p>Vist <text:span text:style-name="T1">skjult </text:span><text:span text:style-name="T2">fet</text:span></text:p>`, "paragraph/0/:Vist fet\n"},
		{"a paragraph style of a hidden text style's name hides nothing", `<text:p text:style-name="T1">Vist</text:p>`, "paragraph/0/:Vist\n"},
		{"hidden paragraph and hidden text fields", `<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Intern</text:p><text:p><text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>Vist <text:hidden-text text:condition="ooow:1" text:string-value="skjult" text:is-hidden="true">skjult</text:hidden-text>tekst</text:p>`, "paragraph/0/:Vist tekst\n"},
		{"hidden section", `<text:section text:name="S1" text:display="none"><text:p>Intern</text:p></text:section><text:section text:name="S2"><text:p>Vist</text:p></text:section>`, "paragraph/0/:Vist\n"},
		{"section and index read through", `<text:section><text:table-of-content><text:table-of-content-source><text:index-title-template>Innhold</text:index-title-template></text:table-of-content-source><text:index-body><text:p>Sak 1</text:p></text:index-body></text:table-of-content></text:section>`, "paragraph/0/:Sak 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := readBytes(buildODT(t, testStyles, tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if got := ziptest.Summary(d.Blocks); got != tt.want {
				t.Fatalf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
			if d.Format != "odt" {
				t.Fatalf("format %q", d.Format)
			}
		})
	}
}

func TestReadODTPagesAndParts(t *testing.T) {
	body := `<text:p>a</text:p><text:p>b<text:soft-page-break/>c</text:p><text:p text:style-name="P2">d</text:p>`
	styles := `<office:document-styles ` + nsODF + `><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Topptekst</text:p></style:header><style:footer><text:p>Bunntekst</text:p></style:footer><style:footer-left><text:p>Bunntekst</text:p></style:footer-left></style:master-page></office:master-styles></office:document-styles>`
	meta := `<office:document-meta ` + nsODF + `><office:meta><dc:title>Referat</dc:title><meta:initial-creator>Kari</meta:initial-creator><dc:creator>Ola</dc:creator><meta:creation-date>2025-09-16T10:00:00</meta:creation-date><dc:date>2025-09-17T10:00:00</dc:date></office:meta></office:document-meta>`
	d, err := readBytes(buildODT(t, testStyles, body, "styles.xml", styles, "meta.xml", meta))
	if err != nil {
		t.Fatal(err)
	}
	want := "paragraph/0/:a\nparagraph/0/:bc\nparagraph/0/:d\nparagraph/0/header:Topptekst\nparagraph/0/footer:Bunntekst\n"
	if got := ziptest.Summary(d.Blocks); got != want {
		t.Fatalf("blocks:\n%s\nwant:\n%s", got, want)
	}
	if d.Pages != 3 || d.Blocks[1].Page != 1 || d.Blocks[2].Page != 3 {
		t.Fatalf("pages: %d, blocks %+v", d.Pages, d.Blocks)
	}
	if d.Meta.Title != "Referat" || d.Meta.Author != "Kari" || d.Meta.Created == nil || d.Meta.Modified == nil {
		t.Fatalf("meta %+v", d.Meta)
	}
}

func TestReadODP(t *testing.T) {
	frame := func(class, x, y, content string) string {
		return `<draw:frame presentation:class="` + class + `" svg:x="` + x + `" svg:y="` + y + `"><draw:text-box>` + content + `</draw:text-box></draw:frame>`
	}
	pages := `<presentation:footer-decl presentation:name="ftr1">Normen</presentation:footer-decl>` +
		`<draw:page draw:name="s1">` +
		frame("outline", "1cm", "5cm", `<text:list><text:list-item><text:p>Punkt</text:p><text:list><text:list-item><text:p>Under</text:p></text:list-item></text:list></text:list-item></text:list>`) +
		frame("", "1cm", "2in", `<text:p>Boks</text:p>`) +
		frame("title", "1cm", "20cm", `<text:p>Tittel</text:p>`) +
		frame("page-number", "1cm", "1cm", `<text:p>1</text:p>`) +
		`<presentation:notes><draw:page-thumbnail/>` + frame("notes", "0cm", "0cm", `<text:p>Husk</text:p>`) + `</presentation:notes></draw:page>` +
		`<draw:page draw:name="s2">` + frame("title", "0cm", "0cm", `<text:p>To</text:p>`) + `</draw:page>`
	d, err := readBytes(buildODP(t, pages))
	if err != nil {
		t.Fatal(err)
	}
	want := "heading/1/:Tittel\nitem/0/:Punkt\nitem/1/:Under\nparagraph/0/:Boks\nparagraph/0/notes:Husk\nheading/1/:To\nparagraph/0/footer:Normen\n"
	if got := ziptest.Summary(d.Blocks); got != want {
		t.Fatalf("blocks:\n%s\nwant:\n%s", got, want)
	}
	if d.Format != "odp" || d.Pages != 2 || d.Blocks[4].Page != 1 || d.Blocks[5].Page != 2 {
		t.Fatalf("format %q, pages %d, blocks %+v", d.Format, d.Pages, d.Blocks)
	}
}

func TestReadODFErrors(t *testing.T) {
	encrypted := ziptest.BuildZip(t, "mimetype", "application/vnd.oasis.opendocument.text",
		"META-INF/manifest.xml", `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`,
		"content.xml", "garbage")
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty file", nil, doc.ErrCorrupt},
		{"not a zip", []byte("hello"), doc.ErrCorrupt},
		{"encrypted", encrypted, doc.ErrEncrypted},
		{"spreadsheet", ziptest.BuildZip(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet"), doc.ErrUnsupported},
		{"no content", ziptest.BuildZip(t, "mimetype", "application/vnd.oasis.opendocument.text"), doc.ErrCorrupt},
		{"broken content", ziptest.BuildZip(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content><office:body><office:text><text:p>"), doc.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := readBytes(tt.data); !errors.Is(err, tt.want) {
				t.Fatalf("Read: %v, want %v", err, tt.want)
			}
		})
	}
}
