package extractors

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/odf"
	"github.com/motebok/motebok/extractors/ooxml"
	"github.com/motebok/motebok/extractors/pdf"
	"github.com/motebok/motebok/extractors/plain"
)

// ReadFunc reads one file of a known format into the document model.
type ReadFunc func(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error)

// Format is one format motebok reads: its name, as Sniff returns it and
// records carry it; the file name extensions that make a file a candidate
// (lower case, with the dot); its reader; and whether the pipeline reads
// it in a child process by default (a PDF can drive a parser into
// unbounded work).
type Format struct {
	Name    string
	Exts    []string
	Read    ReadFunc
	Isolate bool
}

// formats are the registered formats, in registration order.
var formats []Format

// Register makes a format available. Registering a name or an extension
// twice panics: it is a programming error.
func Register(f Format) {
	for _, g := range formats {
		if g.Name == f.Name || slices.ContainsFunc(f.Exts, func(e string) bool { return slices.Contains(g.Exts, e) }) {
			panic("extractors: format registered twice: " + f.Name)
		}
	}
	formats = append(formats, f)
}

func init() {
	Register(Format{Name: "pdf", Exts: []string{".pdf"}, Read: pdf.Read, Isolate: true})
	Register(Format{Name: "docx", Exts: []string{".docx"}, Read: ooxml.ReadDOCX})
	Register(Format{Name: "pptx", Exts: []string{".pptx"}, Read: ooxml.ReadPPTX})
	Register(Format{Name: "odt", Exts: []string{".odt"}, Read: odf.Read})
	Register(Format{Name: "odp", Exts: []string{".odp"}, Read: odf.Read})
	Register(Format{Name: "txt", Exts: []string{".txt"}, Read: readPlain(false)})
	Register(Format{Name: "md", Exts: []string{".md", ".markdown"}, Read: readPlain(true)})
}

// Formats returns the registered formats.
func Formats() []Format { return slices.Clone(formats) }

// FormatNamed returns the format of a name, as Sniff returns it.
func FormatNamed(name string) (Format, bool) {
	i := slices.IndexFunc(formats, func(f Format) bool { return f.Name == name })
	if i < 0 {
		return Format{}, false
	}
	return formats[i], true
}

// FormatOfFile returns the format a file name's extension (any case)
// names. The content decides in the end (Sniff); the extension only picks
// candidates and tells Markdown from plain text.
func FormatOfFile(name string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	i := slices.IndexFunc(formats, func(f Format) bool { return slices.Contains(f.Exts, ext) })
	if i < 0 {
		return Format{}, false
	}
	return formats[i], true
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
	f, ok := FormatNamed(format)
	if !ok {
		return nil, fmt.Errorf("%s: %w", format, doc.ErrUnsupported)
	}
	d, err := f.Read(ctx, r, size, lim)
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
