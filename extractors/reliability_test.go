package extractors

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

// Issue 12, point 2: a large legitimate document costs bounded memory. Its
// text is cut at Limits.MaxText with a warning and the reader stops there,
// so a 44 MB text file and a DOCX holding 100 MB of text grow the heap by
// a small multiple of the limit, not by gigabytes.
func TestReliabilityLargeDocumentBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 60 MB of files")
	}
	tests := []struct {
		name  string
		write func(w io.Writer, size int) error
		size  int
	}{
		{"stor.txt", writeLongText, 44 << 20},
		{"stor.md", writeLongText, 44 << 20},
		{"stor.docx", writeLongDOCX, 100 << 20},
	}
	const maxGrowth = 256 << 20
	limit := DefaultOptions().Limits.MaxText
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			writeFile(t, path, func(w io.Writer) error { return tt.write(w, tt.size) })
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			rec, err := ExtractFile(context.Background(), path, DefaultOptions())
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if grown := int64(after.HeapSys) - int64(before.HeapSys); grown > maxGrowth {
				t.Errorf("extracting grew the heap by %d MiB, want under %d MiB", grown>>20, maxGrowth>>20)
			}
			// The record's text adds a line break between blocks.
			if n := int64(len(rec.Text)); n > limit*11/10 || n < limit/2 {
				t.Errorf("text of %d bytes, want about the first %d", n, limit)
			}
			if !slices.Contains(rec.Warnings, doc.TextCut(limit)) {
				t.Errorf("warnings %q lack %q", rec.Warnings, doc.TextCut(limit))
			}
		})
	}
}

// writeFile writes a file through fn, buffered.
func writeFile(t *testing.T, path string, fn func(io.Writer) error) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	if err := fn(bw); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// longParagraph is the n-th paragraph of a long document.
func longParagraph(n int) string {
	return fmt.Sprintf("Sak %d/24 Budsjett for avdeling %d. Styret drøftet forslaget og vedtok det enstemmig med de endringer som kom fram i møtet.", n, n%97)
}

// writeLongText writes size bytes of paragraphs separated by blank lines.
func writeLongText(w io.Writer, size int) error {
	for n, i := 0, 0; n < size; i++ {
		k, err := fmt.Fprintf(w, "%s\n\n", longParagraph(i))
		if err != nil {
			return err
		}
		n += k
	}
	return nil
}

// writeLongDOCX writes a DOCX whose body holds size bytes of paragraph
// text, streamed through the compressor.
func writeLongDOCX(w io.Writer, size int) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels"} {
		pw, err := zw.Create(name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(pw, parts[name]); err != nil {
			return err
		}
	}
	pw, err := zw.Create("word/document.xml")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(pw, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`); err != nil {
		return err
	}
	for n, i := 0, 0; n < size; i++ {
		p := longParagraph(i)
		if _, err := fmt.Fprintf(pw, "<w:p><w:r><w:t>%s</w:t></w:r></w:p>", p); err != nil {
			return err
		}
		n += len(p)
	}
	if _, err := io.WriteString(pw, `</w:body></w:document>`); err != nil {
		return err
	}
	return zw.Close()
}

// Issue 12, point 7: text a document hides (Word's w:vanish through a
// character or paragraph style, ODF's text:display="none" styles, hidden
// paragraphs and sections) stays out of the record.
func TestReliabilityHiddenText(t *testing.T) {
	const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	const relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	const nsODF = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"`
	docx := ziptest.BuildZip(t,
		"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels", rels+`<Relationship Id="rId1" Type="`+relType+`officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels", rels+`<Relationship Id="rId2" Type="`+relType+`styles" Target="styles.xml"/></Relationships>`,
		"word/styles.xml", `<w:styles `+nsW+`><w:style w:type="character" w:styleId="Skjult"><w:rPr><w:vanish/></w:rPr></w:style>`+
			`<w:style w:type="paragraph" w:styleId="Internt"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`,
		"word/document.xml", `<w:document `+nsW+`><w:body><w:p><w:r><w:t>Referat fra styret. </w:t></w:r>`+
			`<w:r><w:rPr><w:rStyle w:val="Skjult"/></w:rPr><w:t>Tegnstilhemmelighet.</w:t></w:r></w:p>`+
			`<w:p><w:pPr><w:pStyle w:val="Internt"/></w:pPr><w:r><w:t>Avsnittshemmelighet.</w:t></w:r></w:p></w:body></w:document>`)
	odt := ziptest.BuildZip(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
		`<office:document-content `+nsODF+`><office:automatic-styles>`+
			`<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>`+
			`<style:style style:name="P1" style:family="paragraph"><style:text-properties text:display="none"/></style:style>`+
			`</office:automatic-styles><office:body><office:text><text:p>Referat fra styret. <text:span text:style-name="T1">Tegnstilhemmelighet.</text:span></text:p>`+
			`<text:p text:style-name="P1">Avsnittshemmelighet.</text:p>`+
			`<text:p><text:hidden-paragraph text:is-hidden="true"/>Feltshemmelighet.</text:p>`+
			`<text:section text:name="S" text:display="none"><text:p>Seksjonshemmelighet.</text:p></text:section>`+
			`</office:text></office:body></office:document-content>`)
	for name, data := range map[string][]byte{"skjult.docx": docx, "skjult.odt": odt} {
		path := filepath.Join(t.TempDir(), name)
		writeFile(t, path, func(w io.Writer) error { _, err := w.Write(data); return err })
		rec, err := ExtractFile(context.Background(), path, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(rec.Text, "Referat fra styret.") || strings.Contains(rec.Text, "hemmelighet") {
			t.Errorf("%s: text %q, want the shown text only", name, rec.Text)
		}
	}
}
