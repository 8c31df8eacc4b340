package odf

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// readMeta reads meta.xml: title, the initial creator (else the last
// editor), creation and modification dates.
func readMeta(a *zipxml.Archive) (doc.Meta, error) {
	var m doc.Meta
	var editor string
	err := a.Walk("meta.xml", func(d *zipxml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "title", "initial-creator", "creator", "creation-date", "date":
		default:
			return nil
		}
		s, err := d.Text()
		s = strings.TrimSpace(s)
		switch se.Name.Local {
		case "title":
			m.Title = s
		case "initial-creator":
			m.Author = s
		case "creator":
			editor = s
		case "creation-date":
			m.Created = zipxml.ParseTime(s)
		case "date":
			m.Modified = zipxml.ParseTime(s)
		}
		return err
	})
	if m.Author == "" {
		m.Author = editor
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return m, fmt.Errorf("meta.xml: %w", err)
	}
	return m, nil
}
