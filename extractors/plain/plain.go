// Package plain reads plain text and Markdown files into blocks:
// paragraphs split on blank lines (lines joined with "\n"), list items,
// and for Markdown ATX and setext headings, fenced code, pipe tables and
// front matter. Form feeds separate pages.
//
// Text is decoded from UTF-8 (a BOM is dropped) or UTF-16 with a BOM;
// anything else that is not valid UTF-8 is read as Windows-1252.
package plain

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// Read reads a text file; markdown selects Markdown syntax and Format "md"
// instead of "txt".
func Read(ctx context.Context, r io.Reader, lim doc.Limits, markdown bool) (*doc.Document, error) {
	lim = zipxml.WithDefaults(lim)
	data, cut, err := readHead(r, lim)
	if err != nil {
		return nil, fmt.Errorf("reading text: %w", err)
	}
	text, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("reading text: %w", err)
	}
	d := &doc.Document{Format: "txt"}
	if markdown {
		d.Format = "md"
	}
	if cut {
		d.Warn(doc.TextCut(lim.MaxText))
	}
	p := &parser{ctx: ctx, lim: lim, md: markdown, d: d}
	if err := p.run(text); err != nil {
		return nil, fmt.Errorf("reading text: %w", err)
	}
	return d, nil
}

// readHead reads r up to lim.MaxText bytes, never further: a longer file is
// cut after its last line break within the limit, or UTF-16 after its last
// whole code unit (cut is true). A file over the file or stream limit, when
// that is the smaller, is an error.
func readHead(r io.Reader, lim doc.Limits) (data []byte, cut bool, err error) {
	keep := min(lim.MaxText, lim.MaxFileSize, lim.MaxUncompressed)
	data, err = io.ReadAll(io.LimitReader(r, keep+1))
	switch {
	case err != nil:
		return nil, false, err
	case int64(len(data)) <= keep:
		return data, false, nil
	case keep < lim.MaxText:
		return nil, false, fmt.Errorf("more than %d bytes: %w", keep, doc.ErrLimit)
	}
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return data[:keep&^1], true, nil
	}
	if i := bytes.LastIndexByte(data[:keep], '\n'); i > 0 {
		return data[:i+1], true, nil
	}
	return []byte(doc.ClipUTF8(string(data), int(keep))), true, nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns the bytes of a text file into a string.
func decode(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		u, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("utf-16: %v: %w", err, doc.ErrCorrupt)
		}
		return string(u), nil
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	u, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		u, err = charmap.ISO8859_1.NewDecoder().Bytes(b)
	}
	return string(u), err
}
