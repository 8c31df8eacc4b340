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

// readStyles reads styles.xml: the common and automatic styles into w.st
// and the headers and footers of the master pages into w.furniture. A
// package without styles.xml has none.
func readStyles(a *zipxml.Archive, w *walker) error {
	err := a.Walk("styles.xml", func(d *zipxml.Decoder, se xml.StartElement) error {
		w.d = d
		switch se.Name.Local {
		case "styles", "automatic-styles":
			if isOffice(se) {
				return w.st.read(d)
			}
		case "master-page":
			return w.masterPage()
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("styles.xml: %w", err)
	}
	return nil
}

// masterPage reads the headers and footers of a style:master-page just
// opened: style:header*/style:footer* in text documents, frames of class
// header or footer in presentations.
func (w *walker) masterPage() error {
	return w.d.Children(func(se xml.StartElement) error {
		part := furniturePart(se)
		switch {
		case part != doc.Body:
			return w.apart(&w.furniture, part)
		case se.Name.Local != "master-page":
			return w.d.Skip()
		}
		return nil
	})
}

// furniturePart tells whether an element of a master page holds a header
// or a footer; doc.Body means neither.
func furniturePart(se xml.StartElement) doc.Part {
	name := se.Name.Local
	if name == "frame" {
		name = zipxml.Attr(se, "class")
	}
	switch {
	case strings.HasPrefix(name, "header") && !strings.HasSuffix(name, "-style"):
		return doc.Header
	case strings.HasPrefix(name, "footer") && !strings.HasSuffix(name, "-style"):
		return doc.Footer
	}
	return doc.Body
}

// dedupe drops repeated (part, text) blocks, as left, right and first-page
// variants of a header usually repeat the same text.
func dedupe(bs []doc.Block) []doc.Block {
	seen := map[[2]string]bool{}
	out := bs[:0]
	for _, b := range bs {
		key := [2]string{string(b.Part), b.Text}
		if !seen[key] {
			seen[key] = true
			out = append(out, b)
		}
	}
	return out
}
