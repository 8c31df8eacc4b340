package pdf

import (
	"fmt"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/motebok/motebok/extractors/doc"
)

// maxTreeDepth bounds the page tree; a /Kids cycle ends here or at the
// node count limit, since Values carry no object identity to compare.
const maxTreeDepth = 64

// pageRef is one leaf of the page tree with its inherited resources.
type pageRef struct {
	v   lpdf.Value
	res lpdf.Value
	box lpdf.Value // MediaBox, or CropBox when given
}

type treeNode struct {
	pageRef
	depth int
}

// pageList walks the page tree once, in order. Unlike the library's
// r.Page(i) it is O(n) and stops on cycles, deep trees and more than
// maxPages pages (an error wrapping doc.ErrLimit).
func pageList(root lpdf.Value, maxPages int) ([]pageRef, error) {
	if maxPages <= 0 {
		maxPages = doc.DefaultLimits.MaxPages
	}
	var pages []pageRef
	stack := []treeNode{{pageRef: pageRef{v: root}}}
	for visits := 0; len(stack) > 0; visits++ {
		if visits > 2*maxPages+1024 {
			return pages, fmt.Errorf("%w: page tree has too many nodes (cycle?)", doc.ErrCorrupt)
		}
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n.inherit()
		kids := n.v.Key("Kids")
		if kids.Kind() != lpdf.Array {
			if n.v.Kind() == lpdf.Dict {
				pages = append(pages, n.pageRef)
			}
			if len(pages) > maxPages {
				return pages, fmt.Errorf("more than %d pages: %w", maxPages, doc.ErrLimit)
			}
			continue
		}
		if n.depth >= maxTreeDepth {
			return pages, fmt.Errorf("%w: page tree deeper than %d", doc.ErrCorrupt, maxTreeDepth)
		}
		if len(stack)+kids.Len() > 2*maxPages+1024 {
			return pages, fmt.Errorf("%w: page tree has too many nodes", doc.ErrCorrupt)
		}
		for i := kids.Len() - 1; i >= 0; i-- {
			kid := n.pageRef
			kid.v = kids.Index(i)
			stack = append(stack, treeNode{pageRef: kid, depth: n.depth + 1})
		}
	}
	return pages, nil
}

// inherit takes the node's own resources and page box over its parent's.
func (p *pageRef) inherit() {
	if r := p.v.Key("Resources"); r.Kind() == lpdf.Dict {
		p.res = r
	}
	for _, k := range []string{"MediaBox", "CropBox"} {
		if b := p.v.Key(k); b.Kind() == lpdf.Array && b.Len() == 4 {
			p.box = b
		}
	}
}

// bounds returns the page box as x0, y0, x1, y1 (x0 <= x1, y0 <= y1), with
// ok false when the box is missing or degenerate.
func (p pageRef) bounds() (b [4]float64, ok bool) {
	for i := range b {
		b[i] = p.box.Index(i).Float64()
	}
	if b[2] < b[0] {
		b[0], b[2] = b[2], b[0]
	}
	if b[3] < b[1] {
		b[1], b[3] = b[3], b[1]
	}
	return b, b[2]-b[0] > 10 && b[3]-b[1] > 10 && finite(b[:]...)
}
