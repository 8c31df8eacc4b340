package index

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// Bleve's merge plan: fewer segments at a time than its default (10). On
// 10,000 minutes it cut peak memory of an ingest and made indexing faster.
// A merge maps every segment it reads, so the largest merge sets the peak
// memory of an ingest: no merge makes a segment of more than
// maxSegmentDocs documents (files and cases; about 110 MB), where Bleve's
// default lets segments grow to 5 million. At 100,000 files 40,000 took
// the peak from 1,032 to 562 MB, with 24 segments instead of 14 and
// searches as fast; 30,000 gave 536–570 MB over three runs against
// 567–582 MB on the same day, 34 segments against 26 and searches as
// fast; 20,000 gave 537 MB and 42 segments, searches 10 % slower.
const (
	segmentsPerMerge = 4
	segmentsPerTier  = 6
	maxSegmentDocs   = 30000
)

// mergePlan is the plan as Open's configuration spells it.
var mergePlan = map[string]interface{}{"SegmentsPerMergeTask": segmentsPerMerge, "MaxSegmentsPerTier": segmentsPerTier,
	"MaxSegmentSize": maxSegmentDocs}

// compactRounds bounds the merge rounds compact runs; each round merges
// up to segmentsPerMerge segments per task, so a few suffice.
const compactRounds = 8

// persistWait bounds how long compact waits for Bleve to record the last
// merge on disk.
const persistWait = 30 * time.Second

// compact runs the merge plan until it leaves the segments as they are,
// then waits until the result is on disk. Bleve merges in the background
// and drops a merge in progress at Close, and its last merged snapshot is
// recorded on disk asynchronously: without compact an index written by
// many batches keeps hundreds of small segments, which every search and
// every later ingest pays for.
func (ix *Index) compact(ctx context.Context) error {
	sc, err := ix.scorch()
	if err != nil {
		return err
	}
	opts := mergeplan.DefaultMergePlanOptions
	opts.SegmentsPerMergeTask, opts.MaxSegmentsPerTier, opts.MaxSegmentSize = segmentsPerMerge, segmentsPerTier, maxSegmentDocs
	for range compactRounds {
		before := segmentCount(sc)
		if err := forceMerge(ctx, sc, &opts); err != nil {
			return fmt.Errorf("merging segments: %w", err)
		}
		if segmentCount(sc) >= before {
			break
		}
	}
	return waitPersisted(ctx, sc)
}

// waitPersisted waits until Bleve has recorded its current snapshot on disk.
func waitPersisted(ctx context.Context, sc *scorch.Scorch) error {
	deadline := time.Now().Add(persistWait)
	for stat(sc, "LastPersistedEpoch") < stat(sc, "CurRootEpoch") {
		if time.Now().After(deadline) {
			return errors.New("merged segments not recorded on disk in time")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	return nil
}

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
	err := w.write(func(ix *Index) error { return ix.bi.Index(compactMarker, map[string]interface{}{}) })
	if err == nil {
		err = w.Close() // writes the marker as a segment of its own; the next write opens the index again
	}
	if err == nil {
		err = w.write(func(ix *Index) error { return ix.mergeAll(ctx) })
	}
	if err != nil {
		return fmt.Errorf("compacting index: %w", err)
	}
	return nil
}

// mergeAll merges the segments on disk into one and deletes the marker.
func (ix *Index) mergeAll(ctx context.Context) error {
	s, err := ix.scorch()
	if err != nil {
		return err
	}
	if err := forceMerge(ctx, s, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return err
	}
	return ix.bi.Delete(compactMarker)
}

// ErrMergeFailed is the error of a forced merge that Bleve could not
// carry out.
var ErrMergeFailed = errors.New("a merge of index segments failed (is the disk full?)")

// mergeCheck is how often forceMerge looks for failed merges.
const mergeCheck = 50 * time.Millisecond

// forceMerge runs a merge of sc by opts and waits for it. Bleve retries a
// merge that fails, a full disk or a removed file, for as long as a forced
// merge waits for it, which is for ever: a run that filled the disk hung
// at its end, still merging. forceMerge gives up at the first merge error
// Bleve counts and returns ErrMergeFailed; the forced merge then ends when
// the index is closed.
func forceMerge(ctx context.Context, sc *scorch.Scorch, opts *mergeplan.MergePlanOptions) error {
	failed := stat(sc, "TotFileMergeLoopErr")
	done := make(chan error, 1)
	go func() { done <- sc.ForceMerge(ctx, opts) }()
	tick := time.NewTicker(mergeCheck)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			return err
		case <-tick.C:
			if stat(sc, "TotFileMergeLoopErr") > failed {
				return ErrMergeFailed
			}
		}
	}
}

func (ix *Index) scorch() (*scorch.Scorch, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, err
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil, fmt.Errorf("index is %T, not scorch", adv)
	}
	return sc, nil
}

// stat reads one of scorch's counters (Stats, not StatsMap: that one
// also walks the index directory).
func stat(sc *scorch.Scorch, name string) uint64 {
	st, ok := sc.Stats().(*scorch.Stats)
	if !ok {
		return 0
	}
	v, _ := st.ToMap()[name].(uint64)
	return v
}

// segmentCount is how many segments the index has: a search reads each.
func segmentCount(sc *scorch.Scorch) uint64 {
	return stat(sc, "TotFileSegmentsAtRoot") + stat(sc, "TotMemorySegmentsAtRoot")
}
