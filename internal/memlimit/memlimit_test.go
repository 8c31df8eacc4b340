package memlimit

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestLimit(t *testing.T) {
	const mb = 1 << 20
	b := Budget{Total: 460 * mb, HeapMax: 256 * mb, HeapMin: 128 * mb}
	tests := []struct {
		name       string
		rss, goRes int64
		want       int64
	}{
		{"little outside the heap: the heap's own limit", 200 * mb, 180 * mb, 256 * mb},
		{"a merge maps 240 MB of segments", 500 * mb, 220 * mb, 180 * mb},
		{"more outside than the budget: the floor", 700 * mb, 100 * mb, 128 * mb},
		{"Go holds more than is resident", 100 * mb, 150 * mb, 256 * mb},
		{"exactly the budget outside the heap", 460*mb + 10*mb, 10 * mb, 128 * mb},
	}
	for _, tt := range tests {
		if got := b.Limit(tt.rss, tt.goRes); got != tt.want {
			t.Errorf("%s: Limit(%d, %d) = %d MB, want %d MB", tt.name, tt.rss/mb, tt.goRes/mb, got/mb, tt.want/mb)
		}
	}
}

func TestParseStatm(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"612345 51234 3000 5000 0 400000 0\n", 51234 * 4096, true},
		{"1 2", 2 * 4096, true},
		{"1", 0, false},
		{"", 0, false},
		{"1 x 3", 0, false},
	}
	for _, tt := range tests {
		got, err := parseStatm(tt.in, 4096)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseStatm(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestStart governs with a budget the process cannot meet: the limit goes
// to the floor, and back to what it was when governing stops.
func TestStart(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the resident size is read from /proc")
	}
	const before = 3 << 40
	old := debug.SetMemoryLimit(before)
	defer debug.SetMemoryLimit(old)
	b := Budget{Total: 1, HeapMax: 2 << 40, HeapMin: 1 << 40}
	stop := Start(b)
	deadline := time.Now().Add(10 * time.Second)
	for debug.SetMemoryLimit(-1) != b.HeapMin {
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("limit %d, want the floor %d", debug.SetMemoryLimit(-1), b.HeapMin)
		}
		time.Sleep(time.Millisecond)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after stop = %d, want %d restored", got, before)
	}

	// Without a total the limit is the heap's, and stays so.
	stop = Start(Budget{HeapMax: b.HeapMax, HeapMin: b.HeapMin})
	time.Sleep(5 * interval)
	if got := debug.SetMemoryLimit(-1); got != b.HeapMax {
		t.Errorf("limit without a total = %d, want HeapMax %d", got, b.HeapMax)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after stop = %d, want %d restored", got, before)
	}
}

// TestStartCollector checks that Start turns the proportional collector
// off until stop, unless GOGC is set in the environment.
func TestStartCollector(t *testing.T) {
	const before = 150
	old := debug.SetGCPercent(before)
	defer debug.SetGCPercent(old)
	for _, c := range []struct {
		gogc   string
		during int
	}{{"", -1}, {"300", before}} {
		t.Setenv("GOGC", c.gogc)
		stop := Start(Budget{HeapMax: 1 << 40, HeapMin: 1 << 39})
		got := debug.SetGCPercent(-1)
		debug.SetGCPercent(got)
		stop()
		if got != c.during {
			t.Errorf("GOGC=%q: GC percent %d while governing, want %d", c.gogc, got, c.during)
		}
		if after := debug.SetGCPercent(before); after != before {
			t.Errorf("GOGC=%q: GC percent %d after stop, want %d restored", c.gogc, after, before)
		}
	}
}

func FuzzParseStatm(f *testing.F) {
	for _, s := range []string{"612345 51234 3000 5000 0 400000 0\n", "1 2", "", "1 x", "1 -2", "1 99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseStatm(s, 4096)
		if err != nil {
			return
		}
		if n%4096 != 0 {
			t.Errorf("parseStatm(%q) = %d, not a whole number of pages", s, n)
		}
	})
}
