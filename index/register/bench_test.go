package register

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/cputime"
)

// Benchmark sizes: a large archive's worth of minutes, stored the way the
// pipeline does.
const (
	benchRecords   = 10000
	benchCases     = 10
	benchAttendees = 15
	benchBatch     = 500
)

func putBatches(b *testing.B, r *Register, recs []*doc.Record) {
	b.Helper()
	for batch := range slices.Chunk(recs, benchBatch) {
		if err := r.Put(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPut stores 10,000 records (10 cases, 15 attendees each) in
// batches of 500 into an empty register.
func BenchmarkPut(b *testing.B) {
	recs := synthRecords(benchRecords, benchCases, benchAttendees, 1)
	cpu := time.Duration(0)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		r, err := Open(filepath.Join(b.TempDir(), "register.sqlite"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := cputime.Process()
		putBatches(b, r, recs)
		cpu += cputime.Process() - cpu0
		b.StopTimer()
		r.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(recs)*b.N)/b.Elapsed().Seconds(), "records/s")
	if cpu > 0 {
		b.ReportMetric(float64(len(recs)*b.N)/cpu.Seconds(), "records/cpu-s")
	}
}

// reportCPU reports the CPU time per operation since cpu0: on a busy
// machine wall time does not hold up, CPU time does.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkReput stores the same 10,000 records again: a nightly run after
// an extractor upgrade.
func BenchmarkReput(b *testing.B) {
	recs := synthRecords(benchRecords, benchCases, benchAttendees, 1)
	r, _ := openTemp(b)
	putBatches(b, r, recs)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		putBatches(b, r, recs)
	}
	b.ReportMetric(float64(len(recs)*b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkDecisions measures query latency on a register of 10,000
// records (about 100,000 cases).
func BenchmarkDecisions(b *testing.B) {
	r, _ := openTemp(b)
	putBatches(b, r, synthRecords(benchRecords, benchCases, benchAttendees, 1))
	filters := []struct {
		name string
		f    Filter
	}{
		{"all", Filter{}},
		{"limit50", Filter{Limit: 50}},
		{"query", Filter{Query: "informasjonssikkerhet"}},
		{"query-2-words", Filter{Query: "skolebruksplan godkjennes", Limit: 50}},
		{"query-short", Filter{Query: "om", Limit: 50}},
		{"body", Filter{Body: "kontrollutvalget"}},
		{"case", Filter{Case: "Sak 123/15"}},
		{"year-decided", Filter{From: day("2016-01-01"), To: day("2016-12-31"), Decided: true}},
	}
	for _, tt := range filters {
		b.Run(tt.name, func(b *testing.B) {
			rows, cpu0 := 0, cputime.Process()
			for i := 0; i < b.N; i++ {
				ds, err := r.Decisions(context.Background(), tt.f)
				if err != nil {
					b.Fatal(err)
				}
				rows = len(ds)
			}
			reportCPU(b, cpu0)
			b.ReportMetric(float64(rows), "rows")
		})
	}
}

// BenchmarkCheck measures the start-of-run check of a register of 10,000
// records: SQLite's structure check and the row checksums, which Check
// adds, apart.
func BenchmarkCheck(b *testing.B) {
	r, path := openTemp(b)
	putBatches(b, r, synthRecords(benchRecords, benchCases, benchAttendees, 1))
	if fi, err := os.Stat(path); err == nil {
		b.Logf("register: %d MB", fi.Size()>>20)
	}
	for _, c := range []struct {
		name  string
		check func(context.Context) error
	}{{"quick_check", r.quickCheck}, {"rows", r.checkRows}} {
		b.Run(c.name, func(b *testing.B) {
			cpu0 := cputime.Process()
			for i := 0; i < b.N; i++ {
				if err := c.check(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu0)
		})
	}
}
