package synth

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

// textWidthTwips is the text width of an A4 page with 2.5 cm margins.
const textWidthTwips = 9072

// WriteDOCX writes m as a minimal valid Office Open XML document: the body,
// styles, bullet numbering, a header part and core properties.
func WriteDOCX(w io.Writer, m Meeting) error {
	created := m.Date.AddDate(0, 0, 1).Add(9 * time.Hour)
	return writeZip(w, created,
		zipEntry{name: "[Content_Types].xml", data: []byte(docxContentTypes), fixed: true},
		zipEntry{name: "_rels/.rels", data: []byte(docxRels), fixed: true},
		zipEntry{name: "word/document.xml", data: docxBody(m)},
		zipEntry{name: "word/_rels/document.xml.rels", data: []byte(docxDocumentRels), fixed: true},
		zipEntry{name: "word/styles.xml", data: []byte(docxStyles(m.Lang)), fixed: true},
		zipEntry{name: "word/numbering.xml", data: []byte(docxNumbering), fixed: true},
		zipEntry{name: "word/header1.xml", data: []byte(docxHeader(m))},
		zipEntry{name: "docProps/core.xml", data: []byte(docxCore(m, created))},
	)
}

// docxBody is word/document.xml.
func docxBody(m Meeting) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<w:document ` + nsW + `><w:body>`)
	items := m.Items()
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.Kind == RowItem {
			j := i
			for j < len(items) && items[j].Kind == RowItem {
				j++
			}
			docxTable(&b, items[i:j])
			i = j - 1
			continue
		}
		docxItem(&b, m.Style, it)
	}
	b.WriteString(docxSectPr + `</w:body></w:document>`)
	return b.Bytes()
}

// docxItem writes one paragraph in the style of its kind.
func docxItem(b *bytes.Buffer, s Style, it Item) {
	switch it.Kind {
	case TitleItem:
		docxPara(b, `<w:pStyle w:val="Title"/>`, false, it.Text)
	case HeadingItem:
		if s.PlainHeads {
			docxPara(b, `<w:keepNext/>`, true, it.Text)
			return
		}
		docxPara(b, fmt.Sprintf(`<w:pStyle w:val="Heading%d"/>`, it.Level), false, it.Text)
	case BulletItem:
		docxPara(b, `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`, false, it.Text)
	default:
		if s.BoldLabels && it.Label != "" {
			b.WriteString(`<w:p>`)
			docxRun(b, true, it.Label)
			docxRuns(b, false, " "+it.Text)
			b.WriteString(`</w:p>`)
			return
		}
		docxPara(b, "", false, it.Plain())
	}
}

// docxPara writes a paragraph with properties pPr.
func docxPara(b *bytes.Buffer, pPr string, bold bool, text string) {
	b.WriteString(`<w:p>`)
	if pPr != "" {
		b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
	}
	docxRuns(b, bold, text)
	b.WriteString(`</w:p>`)
}

// docxRuns writes text as runs; long text is split in two at a space, as
// word processors split runs on editing.
func docxRuns(b *bytes.Buffer, bold bool, text string) {
	if cut := strings.IndexByte(text[len(text)/2:], ' '); len(text) > 80 && cut >= 0 {
		cut += len(text) / 2
		docxRun(b, bold, text[:cut])
		text = text[cut:]
	}
	docxRun(b, bold, text)
}

func docxRun(b *bytes.Buffer, bold bool, text string) {
	if text == "" {
		return
	}
	b.WriteString(`<w:r>`)
	if bold {
		b.WriteString(`<w:rPr><w:b/></w:rPr>`)
	}
	b.WriteString(`<w:t xml:space="preserve">`)
	escape(b, text)
	b.WriteString(`</w:t></w:r>`)
}

// docxTable writes consecutive rows as one table; a header row repeats on
// each page and is bold.
func docxTable(b *bytes.Buffer, rows []Item) {
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
	for _, f := range rows[0].Widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, int(f*textWidthTwips))
	}
	b.WriteString(`</w:tblGrid>`)
	for _, r := range rows {
		b.WriteString(`<w:tr>`)
		if r.Head {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for i, c := range r.Cells {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, int(r.Widths[i]*textWidthTwips))
			for _, p := range strings.Split(c, "\n") {
				docxPara(b, "", r.Head, p)
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}
