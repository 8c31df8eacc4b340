package ooxml

import (
	"encoding/xml"
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/motebok/motebok/extractors/zipxml"
)

// Relationship types, matched on their last path element so that both the
// transitional and the strict namespaces work.
const (
	relOfficeDocument = "officeDocument"
	relCore           = "core-properties"
	relHeader         = "header"
	relFooter         = "footer"
	relFootnotes      = "footnotes"
	relEndnotes       = "endnotes"
	relComments       = "comments"
	relStyles         = "styles"
	relNumbering      = "numbering"
	relSlide          = "slide"
	relSlideLayout    = "slideLayout"
	relSlideMaster    = "slideMaster"
	relNotesSlide     = "notesSlide"
)

// rel is one relationship of a part.
type rel struct {
	id, kind, target string // target is an archive path
}

// rels lists the relationships of the part at partPath. A part without a
// relationships entry has none.
func rels(a *zipxml.Archive, partPath string) ([]rel, error) {
	dir, file := path.Split(partPath)
	var out []rel
	err := a.Walk(dir+"_rels/"+file+".rels", func(d *zipxml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "Relationship" || zipxml.Attr(se, "TargetMode") == "External" {
			return nil
		}
		out = append(out, rel{
			id:     zipxml.Attr(se, "Id"),
			kind:   path.Base(zipxml.Attr(se, "Type")),
			target: resolve(dir, zipxml.Attr(se, "Target")),
		})
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return out, err
}

// resolve turns a relationship target into an archive path.
func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+dir+target), "/")
}

// byKind returns the targets of the relationships of one kind, sorted so
// that output does not depend on the order of the .rels file.
func byKind(rs []rel, kind string) []string {
	var out []string
	for _, r := range rs {
		if r.kind == kind {
			out = append(out, r.target)
		}
	}
	sort.Strings(out)
	return out
}

// firstOfKind returns the first target of one kind, or fallback.
func firstOfKind(rs []rel, kind, fallback string) string {
	if t := byKind(rs, kind); len(t) > 0 {
		return t[0]
	}
	return fallback
}

// byID maps relationship ids to targets.
func byID(rs []rel) map[string]rel {
	m := make(map[string]rel, len(rs))
	for _, r := range rs {
		m[r.id] = r
	}
	return m
}
