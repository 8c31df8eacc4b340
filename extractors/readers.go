package extractors

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/odf"
	"github.com/motebok/motebok/extractors/ooxml"
	"github.com/motebok/motebok/extractors/pdf"
	"github.com/motebok/motebok/extractors/plain"
)

// ReadFunc reads one file of a known format into the document model.
type ReadFunc func(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error)

var readers = map[string]ReadFunc{}

// Register makes a reader available under a format name, as Sniff returns
// it. Registering a name twice panics: it is a programming error.
func Register(format string, fn ReadFunc) {
	if _, dup := readers[format]; dup {
		panic("extractors: reader registered twice: " + format)
	}
	readers[format] = fn
}

func init() {
	Register("pdf", pdf.Read)
	Register("docx", ooxml.ReadDOCX)
	Register("pptx", ooxml.ReadPPTX)
	Register("odt", odf.Read)
	Register("odp", odf.Read)
	Register("txt", readPlain(false))
	Register("md", readPlain(true))
}

func readPlain(markdown bool) ReadFunc {
	return func(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error) {
		return plain.Read(ctx, io.NewSectionReader(r, 0, size), lim, markdown)
	}
}

// Read sniffs the format of r and reads it with the registered reader.
func Read(ctx context.Context, r io.ReaderAt, size int64, name string, lim doc.Limits) (*doc.Document, error) {
	if size > lim.MaxFileSize {
		return nil, fmt.Errorf("file of %d bytes is over the %d-byte limit: %w", size, lim.MaxFileSize, doc.ErrLimit)
	}
	format, err := Sniff(r, size, name)
	if err != nil {
		return nil, err
	}
	read, ok := readers[format]
	if !ok {
		return nil, fmt.Errorf("%s: %w", format, doc.ErrUnsupported)
	}
	d, err := read(ctx, r, size, lim)
	if err != nil {
		return nil, err
	}
	capText(d, lim.MaxText)
	return d, nil
}

// capText holds any document to max bytes of text (the default when max is
// not positive), whichever reader read it: readers that stream stop early
// and warn themselves, the others are cut here.
func capText(d *doc.Document, max int64) {
	if max <= 0 {
		max = doc.DefaultLimits.MaxText
	}
	kept, cut := doc.CapText(d.Blocks, max)
	if !cut {
		return
	}
	d.Blocks = kept
	if w := doc.TextCut(max); !slices.Contains(d.Warnings, w) {
		d.Warn(w)
	}
}
