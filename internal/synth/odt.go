package synth

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

const (
	odtMime = "application/vnd.oasis.opendocument.text"
	nsODF   = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
		`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
		`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
		`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
		`xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"`
	odtManifest = xmlHead + `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">` +
		`<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="` + odtMime + `"/>` +
		`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
		`<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>` +
		`</manifest:manifest>`
)

// WriteODT writes m as a minimal valid OpenDocument text: mimetype,
// manifest, content and metadata.
func WriteODT(w io.Writer, m Meeting) error {
	created := m.Date.AddDate(0, 0, 1).Add(9 * time.Hour)
	return writeZip(w, created,
		zipEntry{name: "mimetype", data: []byte(odtMime), store: true},
		zipEntry{name: "META-INF/manifest.xml", data: []byte(odtManifest), fixed: true},
		zipEntry{name: "content.xml", data: odtContent(m)},
		zipEntry{name: "meta.xml", data: []byte(odtMeta(m, created))},
	)
}

func odtMeta(m Meeting, created time.Time) string {
	ts := created.Format("2006-01-02T15:04:05")
	return xmlHead + `<office:document-meta ` + nsODF + `><office:meta><dc:title>` + xmlText(m.Title) + `</dc:title>` +
		`<meta:initial-creator>` + xmlText(m.Author) + `</meta:initial-creator><dc:creator>` + xmlText(m.Author) + `</dc:creator>` +
		`<meta:creation-date>` + ts + `</meta:creation-date><dc:date>` + ts + `</dc:date>` +
		`<dc:language>` + m.Lang + `-NO</dc:language></office:meta></office:document-meta>`
}

// odtContent is content.xml: the flow, with runs of rows as tables and runs
// of points as lists.
func odtContent(m Meeting) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<office:document-content ` + nsODF + `><office:automatic-styles>` +
		`<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>` +
		`</office:automatic-styles><office:body><office:text>`)
	items := m.Items()
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].Kind == items[i].Kind {
			j++
		}
		switch items[i].Kind {
		case RowItem:
			odtTable(&b, items[i:j])
		case BulletItem:
			odtList(&b, items[i:j])
		default:
			odtItem(&b, m.Style, items[i])
			j = i + 1
		}
		i = j
	}
	b.WriteString(`</office:text></office:body></office:document-content>`)
	return b.Bytes()
}

func odtItem(b *bytes.Buffer, s Style, it Item) {
	switch {
	case it.Kind == TitleItem:
		b.WriteString(`<text:p text:style-name="Title">` + xmlText(it.Text) + `</text:p>`)
	case it.Kind == HeadingItem && !s.PlainHeads:
		fmt.Fprintf(b, `<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>`, it.Level, it.Level, xmlText(it.Text))
	case it.Kind == HeadingItem:
		b.WriteString(`<text:p text:style-name="Standard"><text:span text:style-name="T1">` + xmlText(it.Text) + `</text:span></text:p>`)
	case s.BoldLabels && it.Label != "":
		b.WriteString(`<text:p text:style-name="Standard"><text:span text:style-name="T1">` + xmlText(it.Label) +
			`</text:span> ` + xmlText(it.Text) + `</text:p>`)
	default:
		b.WriteString(`<text:p text:style-name="Standard">` + xmlText(it.Plain()) + `</text:p>`)
	}
}

func odtList(b *bytes.Buffer, items []Item) {
	b.WriteString(`<text:list>`)
	for _, it := range items {
		b.WriteString(`<text:list-item><text:p>` + xmlText(it.Text) + `</text:p></text:list-item>`)
	}
	b.WriteString(`</text:list>`)
}

func odtTable(b *bytes.Buffer, rows []Item) {
	fmt.Fprintf(b, `<table:table><table:table-column table:number-columns-repeated="%d"/>`, len(rows[0].Cells))
	for _, r := range rows {
		if r.Head {
			b.WriteString(`<table:table-header-rows>`)
		}
		b.WriteString(`<table:table-row>`)
		for _, c := range r.Cells {
			b.WriteString(`<table:table-cell office:value-type="string">`)
			for _, p := range strings.Split(c, "\n") {
				b.WriteString(`<text:p>` + xmlText(p) + `</text:p>`)
			}
			b.WriteString(`</table:table-cell>`)
		}
		b.WriteString(`</table:table-row>`)
		if r.Head {
			b.WriteString(`</table:table-header-rows>`)
		}
	}
	b.WriteString(`</table:table>`)
}
