package extractors

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniff(t *testing.T) {
	docx := zipOf(t, map[string]string{"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`})
	odt := zipOf(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text"})
	tests := []struct {
		name, file string
		data       []byte
		want       string
		err        error
	}{
		{"pdf", "a.pdf", []byte("%PDF-1.7\n..."), "pdf", nil},
		{"pdf with junk before the header", "a.bin", []byte("\x00\x01junk%PDF-1.4\n"), "pdf", nil},
		{"pdf named docx", "a.docx", []byte("%PDF-1.4\n"), "pdf", nil},
		{"docx named pdf", "a.pdf", docx, "docx", nil},
		{"odt", "a.odt", odt, "odt", nil},
		{"text", "a.txt", []byte("Referat fra møtet\n"), "txt", nil},
		{"markdown by extension", "a.md", []byte("# Referat\n"), "md", nil},
		{"latin-1 text", "a.txt", []byte("M\xf8te i styret\n"), "txt", nil},
		{"utf-16 text", "a.txt", []byte("\xff\xfeM\x00"), "txt", nil},
		{"empty", "a.pdf", nil, "", doc.ErrUnsupported},
		{"binary", "a.docx", []byte{0, 1, 2, 3, 0, 0xff, 0x10}, "", doc.ErrUnsupported},
		{"ole2 container", "a.docx", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), "", doc.ErrEncrypted},
		{"zip of something else", "a.docx", zipOf(t, map[string]string{"x.txt": "x"}), "", doc.ErrUnsupported},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Sniff(bytes.NewReader(tc.data), int64(len(tc.data)), tc.file)
			if got != tc.want || !errors.Is(err, tc.err) {
				t.Errorf("Sniff = %q, %v; want %q, %v", got, err, tc.want, tc.err)
			}
		})
	}
}
