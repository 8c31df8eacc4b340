package synth

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// readZip opens a ZIP container, checks that every .xml and .rels member is
// well-formed, and returns the members' contents by name.
func readZip(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("opening ZIP: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("opening %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("reading %s: %v", f.Name, err)
		}
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			if _, err := xmlChars(b); err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
		}
		parts[f.Name] = b
	}
	return parts
}

// xmlChars decodes an XML document and returns its character data, with a
// newline after every element whose local name is one of paras.
func xmlChars(data []byte, paras ...string) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.CharData:
			if depth > 0 {
				b.Write(tok)
			}
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
			if slices.Contains(paras, tok.Name.Local) {
				b.WriteByte('\n')
			}
		}
	}
}

// documentText is what a reader of the format should find in data.
func documentText(t testing.TB, format string, data []byte) string {
	t.Helper()
	var part string
	switch format {
	case "pdf":
		return pdfText(t, data)
	case "txt":
		return string(data)
	case "md":
		return strings.NewReplacer("**", "", `\|`, "|", " | ", " ", "| ", "", " |", "", "| --- ", "").Replace(string(data))
	case "docx":
		part = "word/document.xml"
	case "odt":
		part = "content.xml"
	}
	parts := readZip(t, data)
	s, err := xmlChars(parts[part], "p", "h")
	if err != nil {
		t.Fatalf("%s: %v", part, err)
	}
	return s
}
