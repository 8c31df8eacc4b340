package zipxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// This file reads the content of the element whose start the Decoder has
// just returned: the loops every ODF and OOXML reader is built from.

// Skip consumes tokens up to and including the end of the element whose
// start was just read.
func (d *Decoder) Skip() error {
	return eofIsCorrupt(d.Content(func(xml.Token) error { return nil }))
}

// Text returns the character data up to the end of the element whose start
// was just read, descending into children.
func (d *Decoder) Text() (string, error) {
	var sb strings.Builder
	err := d.Content(func(tok xml.Token) error {
		if cd, ok := tok.(xml.CharData); ok {
			sb.Write(cd)
		}
		return nil
	})
	if err != nil {
		return "", eofIsCorrupt(err)
	}
	return sb.String(), nil
}

// Content calls fn for every token up to the end of the element whose
// start was just read (its end element excluded). It stops at fn's first
// error and returns it.
func (d *Decoder) Content(fn func(xml.Token) error) error {
	for end := d.depth; ; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		if d.depth < end {
			return nil
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// Children calls fn for every start element up to the end of the element
// whose start was just read. Elements fn leaves unread (wrappers) are read
// through: their own children are reported next. fn may consume an element
// with Skip, Text, Content or Children.
func (d *Decoder) Children(fn func(xml.StartElement) error) error {
	return d.Content(func(tok xml.Token) error {
		if se, ok := tok.(xml.StartElement); ok {
			return fn(se)
		}
		return nil
	})
}

// Collect gathers what fn returns for the start elements up to the end of
// the element whose start was just read, as Children reports them.
func Collect[T any](d *Decoder, fn func(xml.StartElement) ([]T, error)) ([]T, error) {
	var out []T
	err := d.Children(func(se xml.StartElement) error {
		items, err := fn(se)
		out = append(out, items...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func eofIsCorrupt(err error) error {
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("xml ends inside an element: %w", doc.ErrCorrupt)
	}
	return err
}
