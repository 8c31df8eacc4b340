package extractors

import (
	"bytes"
	"fmt"
	"io"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// sniffLen is how much of a file's head Sniff looks at.
const sniffLen = 4096

var (
	magicPDF = []byte("%PDF-")
	magicZIP = []byte("PK\x03\x04")
	magicCFB = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") // OLE2: legacy Office or encrypted OOXML

	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Sniff names the format of a file from its content: the magic bytes and,
// for ZIP containers, [Content_Types].xml or the ODF mimetype entry. The
// extension only tells plain text from Markdown.
func Sniff(r io.ReaderAt, size int64, name string) (string, error) {
	if size == 0 {
		return "", fmt.Errorf("empty file: %w", doc.ErrUnsupported)
	}
	head := make([]byte, min(size, sniffLen))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return "", fmt.Errorf("reading file head: %w", err)
	}
	switch {
	case bytes.Contains(head, magicPDF):
		return "pdf", nil
	case bytes.HasPrefix(head, magicZIP):
		return zipxml.ContainerType(r, size)
	case bytes.HasPrefix(head, magicCFB):
		return "", fmt.Errorf("OLE2 container (legacy Office file or password-protected OOXML): %w", doc.ErrEncrypted)
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE), looksLikeText(head):
		if f, ok := FormatOfFile(name); ok && f.Name == "md" {
			return "md", nil
		}
		return "txt", nil
	}
	return "", fmt.Errorf("unrecognised content (not PDF, OOXML, ODF or text): %w", doc.ErrUnsupported)
}

// looksLikeText reports whether head is text in some encoding the plain
// reader decodes (UTF-8 or a single-byte Latin encoding): no NUL bytes and
// few control characters.
func looksLikeText(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*50 < len(head)
}
