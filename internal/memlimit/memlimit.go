// Package memlimit keeps a process's resident memory under a budget by
// moving the Go runtime's soft memory limit. What the process holds outside
// the Go heap comes off what the heap may use: Bleve's segment files, which
// it maps and which a merge reads whole, and SQLite's pages, which its
// pure-Go port allocates outside the Go heap.
package memlimit

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// Budget is what a process may keep resident.
type Budget struct {
	Total   int64 // resident bytes of the whole process; 0: no bound but HeapMax (see Start)
	HeapMax int64 // the Go limit never rises above this
	HeapMin int64 // nor falls below this: under it the collector would run without end
}

// Limit is the Go memory limit under b for a process with rss bytes
// resident, goRes of them the Go runtime's own.
func (b Budget) Limit(rss, goRes int64) int64 {
	l := b.Total - max(rss-goRes, 0)
	return max(min(l, b.HeapMax), b.HeapMin)
}

// interval is how often the limit follows the resident size: a merge
// maps its segments within a second or two.
const interval = 25 * time.Millisecond

// Start sets the Go memory limit from b now and every interval after,
// until stop is called; stop restores the limit and the collector's
// setting Start found. Without a total, or where the resident size cannot
// be read (no /proc), the limit stays at b.HeapMax.
//
// The collector then runs only as the heap nears the limit: Start turns
// its proportional trigger (GOGC) off, unless the environment sets GOGC.
// Collecting whenever the heap had doubled since the last collection took
// a seventh of an ingest's CPU, for a heap the limit bounds anyway.
func Start(b Budget) (stop func()) {
	prev := debug.SetMemoryLimit(b.HeapMax)
	prevGC := debug.SetGCPercent(-1)
	if os.Getenv("GOGC") != "" {
		debug.SetGCPercent(prevGC) // the user's setting stands
	}
	restore := func() {
		debug.SetMemoryLimit(prev)
		debug.SetGCPercent(prevGC)
	}
	if _, err := resident(); b.Total == 0 || err != nil {
		return restore
	}
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		govern(b, quit)
	}()
	return func() {
		close(quit)
		<-done
		restore()
	}
}

// govern sets the limit from b every interval until quit closes.
func govern(b Budget, quit <-chan struct{}) {
	samples := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		rss, err := resident()
		if err == nil {
			metrics.Read(samples)
			goRes := int64(samples[0].Value.Uint64() - samples[1].Value.Uint64())
			debug.SetMemoryLimit(b.Limit(rss, goRes))
		}
		select {
		case <-quit:
			return
		case <-t.C:
		}
	}
}

// resident reads the process's resident size from /proc/self/statm.
func resident() (int64, error) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, err
	}
	return parseStatm(string(b), int64(os.Getpagesize()))
}

// parseStatm reads the resident size, the second field of statm (in
// pages).
func parseStatm(s string, page int64) (int64, error) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return 0, strconv.ErrSyntax
	}
	n, err := strconv.ParseInt(f[1], 10, 64)
	return n * page, err
}
