package zipxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/motebok/motebok/extractors/doc"
)

// Walk decodes the entry called name and calls fn for every start element.
// fn may consume the element's content through d (for example d.Text or
// d.Skip).
func (a *Archive) Walk(name string, fn func(d *Decoder, se xml.StartElement) error) error {
	rc, err := a.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := NewDecoder(rc, a.lim)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(d, se); err != nil {
				return fmt.Errorf("reading %s: %w", name, err)
			}
		}
	}
}

// Limits returns the limits the archive was opened with, defaults filled in.
func (a *Archive) Limits() doc.Limits { return a.lim }
