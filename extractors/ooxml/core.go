package ooxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// readCore reads the core properties (title, creator, dates) of the part
// named in the package relationships.
func readCore(a *zipxml.Archive, pkg []rel) (doc.Meta, error) {
	var m doc.Meta
	name := firstOfKind(pkg, relCore, "docProps/core.xml")
	err := a.Walk(name, func(d *zipxml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "title", "creator", "created", "modified":
		default:
			return nil
		}
		s, err := d.Text()
		if err != nil {
			return err
		}
		setCore(&m, se.Name.Local, strings.TrimSpace(s))
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, fmt.Errorf("core properties: %w", err)
	}
	return m, nil
}

func setCore(m *doc.Meta, field, s string) {
	switch field {
	case "title":
		m.Title = s
	case "creator":
		m.Author = s
	case "created":
		m.Created = zipxml.ParseTime(s)
	case "modified":
		m.Modified = zipxml.ParseTime(s)
	}
}
