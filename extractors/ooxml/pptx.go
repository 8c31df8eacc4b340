package ooxml

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

// nsRelationships is the namespace of r:id attributes.
const nsRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

// ReadPPTX reads a PowerPoint presentation (pptx, pptm, ppsx, potx): slides
// in presentation order, Page = slide number. On each slide the title comes
// first as a level-1 heading, then the other shapes top to bottom, left to
// right; speaker notes follow the slide with Part Notes.
func ReadPPTX(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error) {
	return zipxml.ReadPackage(ctx, r, size, lim, "pptx", readPPTX)
}

func readPPTX(ctx context.Context, a *zipxml.Archive) (*doc.Document, error) {
	pkg, err := rels(a, "")
	if err != nil {
		return nil, err
	}
	main := firstOfKind(pkg, relOfficeDocument, "ppt/presentation.xml")
	slides, err := slideParts(a, main)
	if err != nil {
		return nil, err
	}
	if len(slides) > a.Limits().MaxPages {
		return nil, fmt.Errorf("%d slides: %w", len(slides), doc.ErrLimit)
	}
	d := &doc.Document{Format: "pptx", Pages: len(slides)}
	deck := &deck{a: a, layouts: map[string]placeholders{}}
	for i, name := range slides {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		bs, err := deck.slide(name, i+1)
		if err != nil {
			return nil, fmt.Errorf("slide %d: %w", i+1, err)
		}
		d.Blocks = append(d.Blocks, bs...)
		if len(d.Blocks) > a.Limits().MaxBlocks {
			return nil, fmt.Errorf("more than %d blocks: %w", a.Limits().MaxBlocks, doc.ErrLimit)
		}
		var cut bool
		if d.Blocks, cut = doc.CapText(d.Blocks, a.Limits().MaxText); cut {
			d.Warn(doc.TextCut(a.Limits().MaxText))
			break
		}
	}
	d.Blocks = moveFurniture(d.Blocks)
	d.Meta, err = readCore(a, pkg)
	return d, err
}

// moveFurniture moves slide footers and headers after the slides, each
// text once (the first slide showing it gives the page).
func moveFurniture(bs []doc.Block) []doc.Block {
	var body, apart []doc.Block
	seen := map[string]bool{}
	for _, b := range bs {
		switch {
		case b.Part != doc.Header && b.Part != doc.Footer:
			body = append(body, b)
		case !seen[string(b.Part)+"\x00"+b.Text]:
			seen[string(b.Part)+"\x00"+b.Text] = true
			apart = append(apart, b)
		}
	}
	return append(body, apart...)
}

// slideParts lists the slide parts in the order of p:sldIdLst.
func slideParts(a *zipxml.Archive, main string) ([]string, error) {
	rs, err := rels(a, main)
	if err != nil {
		return nil, err
	}
	ids := byID(rs)
	var slides []string
	err = a.Walk(main, func(d *zipxml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "sldId" {
			return nil
		}
		if r, ok := ids[attrNS(se, nsRelationships, "id")]; ok && r.kind == relSlide {
			slides = append(slides, r.target)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("presentation %s: %v: %w", main, err, doc.ErrCorrupt)
	}
	return slides, nil
}

// attrNS returns the attribute in namespace space with the local name.
func attrNS(se xml.StartElement, space, local string) string {
	for _, a := range se.Attr {
		if a.Name.Space == space && a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
