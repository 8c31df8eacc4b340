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
const (
	segmentsPerMerge = 4
	segmentsPerTier  = 6
)

// mergePlan is the plan as Open's configuration spells it.
var mergePlan = map[string]interface{}{"SegmentsPerMergeTask": segmentsPerMerge, "MaxSegmentsPerTier": segmentsPerTier}

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
	opts.SegmentsPerMergeTask, opts.MaxSegmentsPerTier = segmentsPerMerge, segmentsPerTier
	for range compactRounds {
		before := segmentCount(sc)
		if err := sc.ForceMerge(ctx, &opts); err != nil {
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
