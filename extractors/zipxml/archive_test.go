package zipxml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

func TestOpen(t *testing.T) {
	small := ziptest.BuildZip(t, "a.xml", "<a/>", "b.xml", "<b/>", "c.xml", "<c/>")
	tests := []struct {
		name string
		data []byte
		lim  doc.Limits
		want error
	}{
		{"valid", small, doc.Limits{}, nil},
		{"empty file", nil, doc.Limits{}, doc.ErrCorrupt},
		{"not a zip", []byte("%PDF-1.7 hello"), doc.Limits{}, doc.ErrCorrupt},
		{"truncated", small[:len(small)/2], doc.Limits{}, doc.ErrCorrupt},
		{"too many entries", small, doc.Limits{MaxZipEntries: 2}, doc.ErrLimit},
		{"file too large", small, doc.Limits{MaxFileSize: 10}, doc.ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(bytes.NewReader(tt.data), int64(len(tt.data)), tt.lim)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("Open: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestArchiveOpenLimits(t *testing.T) {
	zeros := strings.Repeat("0", 4<<20) // compresses about 1000:1
	tests := []struct {
		name  string
		parts []string
		read  []string
		lim   doc.Limits
		want  error
	}{
		{"normal entry", []string{"a", "hello"}, []string{"a"}, doc.Limits{}, nil},
		{"zip bomb ratio", []string{"bomb", zeros}, []string{"bomb"}, doc.Limits{MaxRatio: 100}, doc.ErrLimit},
		{"total expansion", []string{"a", zeros[:600<<10], "b", zeros[:600<<10]}, []string{"a", "b"}, doc.Limits{MaxUncompressed: 1 << 20}, doc.ErrLimit},
		{"missing entry", []string{"a", "x"}, []string{"nope"}, doc.Limits{}, fs.ErrNotExist},
		{"case-insensitive name", []string{"Word/Document.xml", "x"}, []string{"word/document.xml"}, doc.Limits{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := ziptest.BuildZip(t, tt.parts...)
			a, err := Open(bytes.NewReader(data), int64(len(data)), tt.lim)
			if err != nil {
				t.Fatal(err)
			}
			err = readAll(a, tt.read)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("reading: %v, want %v", err, tt.want)
			}
		})
	}
}

func readAll(a *Archive, names []string) error {
	for _, n := range names {
		rc, err := a.Open(n)
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, rc)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func TestContainerType(t *testing.T) {
	ct := func(main string) string {
		return fmt.Sprintf(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/x.xml" ContentType="%s"/></Types>`, main)
	}
	tests := []struct {
		name  string
		parts []string
		want  string
		err   error
	}{
		{"docx", []string{"[Content_Types].xml", ct("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")}, "docx", nil},
		{"docm", []string{"[Content_Types].xml", ct("application/vnd.ms-word.document.macroEnabled.main+xml")}, "docx", nil},
		{"pptx", []string{"[Content_Types].xml", ct("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")}, "pptx", nil},
		{"xlsx", []string{"[Content_Types].xml", ct("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")}, "xlsx", nil},
		{"odt", []string{"mimetype", "application/vnd.oasis.opendocument.text"}, "odt", nil},
		{"odp", []string{"mimetype", "application/vnd.oasis.opendocument.presentation"}, "odp", nil},
		{"odt by manifest", []string{"META-INF/manifest.xml", `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>`}, "odt", nil},
		{"plain zip", []string{"readme.txt", "hi"}, "", doc.ErrUnsupported},
		{"broken content types", []string{"[Content_Types].xml", "<Types><Override"}, "", doc.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := ziptest.BuildZip(t, tt.parts...)
			got, err := ContainerType(bytes.NewReader(data), int64(len(data)))
			if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("ContainerType = %q, %v; want %q, %v", got, err, tt.want, tt.err)
			}
		})
	}
}
