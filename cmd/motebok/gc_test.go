package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestCollectOnlyNear checks that a short command turns the collector off
// up to its heap limit, unless the environment sets the collector.
func TestCollectOnlyNear(t *testing.T) {
	percent, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetGCPercent(percent); debug.SetMemoryLimit(limit) })
	for _, c := range []struct {
		gogc, gomemlimit string
		wantPercent      int
		wantLimit        int64
	}{
		{"", "", -1, 64 << 20},
		{"200", "", 100, math.MaxInt64},
		{"", "1GiB", 100, math.MaxInt64},
	} {
		t.Setenv("GOGC", c.gogc)
		t.Setenv("GOMEMLIMIT", c.gomemlimit)
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		collectOnlyNear(64 << 20)
		if p, l := debug.SetGCPercent(100), debug.SetMemoryLimit(-1); p != c.wantPercent || l != c.wantLimit {
			t.Errorf("GOGC=%q GOMEMLIMIT=%q: GC percent %d, limit %d; want %d, %d", c.gogc, c.gomemlimit, p, l, c.wantPercent, c.wantLimit)
		}
	}
}
