package zipxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/motebok/motebok/extractors/doc"
)

// Decoder streams XML tokens with a nesting limit. encoding/xml does not
// read DTDs, so no external or custom entity is ever expanded.
type Decoder struct {
	d        *xml.Decoder
	depth    int
	maxDepth int
	stopped  bool
}

// NewDecoder reads XML from r within lim.MaxXMLDepth.
func NewDecoder(r io.Reader, lim doc.Limits) *Decoder {
	d := xml.NewDecoder(r)
	d.Strict = true
	d.CharsetReader = charsetReader
	return &Decoder{d: d, maxDepth: WithDefaults(lim).MaxXMLDepth}
}

// charsetReader decodes the encodings an XML declaration may name (old
// generators write windows-1252 or iso-8859-1).
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("xml encoding %q: %w", label, doc.ErrUnsupported)
	}
	return enc.NewDecoder().Reader(r), nil
}

// Depth is the number of elements open after the last token.
func (d *Decoder) Depth() int { return d.depth }

// Token returns the next token, io.EOF at the end of the document, an error
// wrapping doc.ErrLimit when elements nest too deep and one wrapping
// doc.ErrCorrupt for malformed XML. Errors of the underlying reader (such as
// a ZIP limit) are passed through.
func (d *Decoder) Token() (xml.Token, error) {
	if d.stopped {
		return d.closing()
	}
	tok, err := d.d.Token()
	if err != nil {
		return nil, d.wrap(err)
	}
	switch tok.(type) {
	case xml.StartElement:
		d.depth++
		if d.depth > d.maxDepth {
			return nil, fmt.Errorf("xml nesting deeper than %d: %w", d.maxDepth, doc.ErrLimit)
		}
	case xml.EndElement:
		d.depth--
	}
	return tok, nil
}

// Stop ends reading: from the next token on, the document reads as if every
// open element ended here. A reader that has all it may keep stops this way
// without reading, or holding, the rest.
func (d *Decoder) Stop() { d.stopped = true }

// closing is the next token after Stop: an end element while any is open,
// then io.EOF.
func (d *Decoder) closing() (xml.Token, error) {
	if d.depth == 0 {
		return nil, io.EOF
	}
	d.depth--
	return xml.EndElement{}, nil
}

func (d *Decoder) wrap(err error) error {
	if errors.Is(err, io.EOF) {
		if d.depth > 0 {
			return fmt.Errorf("xml ends inside an element: %w", doc.ErrCorrupt)
		}
		return io.EOF
	}
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Errorf("xml line %d: %s: %w", syn.Line, syn.Msg, doc.ErrCorrupt)
	}
	return err
}

// Attr returns the value of the attribute with the given local name, or "".
func Attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
