package index

import (
	"context"
	"testing"
	"time"
)

func BenchmarkDbg(b *testing.B) {
	recs := synthRecords(b, 2000)
	ix := newTestIndex(b, motebokProfile)
	ctx := context.Background()
	for i := 0; i < 2000; i += 500 {
		t0 := time.Now()
		paths := []string{}
		for _, r := range recs[i : i+500] {
			paths = append(paths, r.Path)
		}
		ix.idsOf(ctx, paths)
		t1 := time.Now()
		b2 := ix.bi.NewBatch()
		n := 0
		for _, r := range recs[i : i+500] {
			for _, e := range entries(r) {
				b2.Index(e.id, e.fields)
				n++
			}
		}
		t2 := time.Now()
		ix.bi.Batch(b2)
		b.Logf("ids %v build %v (%d docs) batch %v", t1.Sub(t0), t2.Sub(t1), n, time.Since(t2))
	}
}
