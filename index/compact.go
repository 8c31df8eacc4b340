package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// compactMarker is the id of the document Compact adds and deletes again.
const compactMarker = "\x00compact"

// Compact merges the index into one segment. Bleve only marks deleted and
// replaced documents in the segments that hold them, so their text stays in
// those files until a merge rewrites them; after Compact it is in no file
// of the index. It costs a rewrite of the whole index, which is why the
// pipeline calls it only after a run that removed text.
//
// Bleve merges only segments it has written to disk, never a lone one, and
// drops a segment without live documents on its own: Compact first indexes
// an empty marker document, which closing the index writes as a second
// segment, merges, and then deletes the marker (which leaves nothing but
// its id behind). The marker has no fields: no search or Paths sees it.
func (w *Writer) Compact(ctx context.Context) error {
	err := w.with(func(ix *Index) error { return ix.bi.Index(compactMarker, map[string]interface{}{}) })
	if err == nil {
		err = w.with(func(ix *Index) error { return ix.mergeAll(ctx) })
	}
	if err != nil {
		return fmt.Errorf("compacting index: %w", err)
	}
	return nil
}

// mergeAll merges the segments on disk into one and deletes the marker.
func (ix *Index) mergeAll(ctx context.Context) error {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return fmt.Errorf("not a scorch index (%T)", adv)
	}
	if err := s.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return err
	}
	return ix.bi.Delete(compactMarker)
}
