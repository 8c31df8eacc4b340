package odf

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// Read reads an ODF text or presentation package. Format is "odt" or "odp"
// as the package's mimetype entry says; other ODF kinds give
// doc.ErrUnsupported, encrypted packages doc.ErrEncrypted.
func Read(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error) {
	return zipxml.ReadPackage(ctx, r, size, lim, "odf", read)
}

func read(ctx context.Context, a *zipxml.Archive) (*doc.Document, error) {
	format, ok := a.ODFType()
	if !ok || (format != "odt" && format != "odp") {
		return nil, fmt.Errorf("package type %q: %w", format, doc.ErrUnsupported)
	}
	if err := checkEncryption(a); err != nil {
		return nil, err
	}
	st := newStyles()
	w := newWalker(ctx, a.Limits(), st)
	if err := readStyles(a, w); err != nil {
		return nil, err
	}
	d := &doc.Document{Format: format}
	if err := readContent(a, w, d); err != nil {
		return nil, err
	}
	d.Blocks = append(d.Blocks, w.notes...)
	d.Blocks = append(d.Blocks, w.comments...)
	d.Blocks = append(d.Blocks, dedupe(w.furniture)...)
	w.count.Cut(d)
	var err error
	d.Meta, err = readMeta(a)
	return d, err
}

// checkEncryption fails with doc.ErrEncrypted when the manifest lists
// encryption data for any entry.
func checkEncryption(a *zipxml.Archive) error {
	err := a.Walk("META-INF/manifest.xml", func(d *zipxml.Decoder, se xml.StartElement) error {
		if se.Name.Local == "encryption-data" {
			return doc.ErrEncrypted
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// readContent reads the body of content.xml into d.
func readContent(a *zipxml.Archive, w *walker, d *doc.Document) error {
	found := false
	err := a.Walk("content.xml", func(dec *zipxml.Decoder, se xml.StartElement) error {
		w.d = dec
		switch se.Name.Local {
		case "automatic-styles":
			return w.st.read(dec)
		case "text", "presentation":
			if found || !isOffice(se) {
				return nil
			}
			found = true
			return w.body(se.Name.Local, d)
		}
		return nil
	})
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no content.xml: %w", doc.ErrCorrupt)
	case err != nil:
		return err
	case !found:
		return fmt.Errorf("content.xml has no office:text or office:presentation: %w", doc.ErrCorrupt)
	}
	return nil
}

const nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

func isOffice(se xml.StartElement) bool { return se.Name.Space == nsOffice }
