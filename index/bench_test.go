package index

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/cputime"
)

// synthVocabulary is the words of the test records, plus compounds of
// pairs of them, so synthetic text has Norwegian inflections and compounds.
func synthVocabulary(b testing.TB) []string {
	seen := map[string]bool{}
	var words []string
	for _, r := range loadRecords(b) {
		for _, w := range strings.FieldsFunc(strings.ToLower(r.Text), func(r rune) bool { return !('a' <= r && r <= 'z' || r >= 0xc0) }) {
			if len(w) > 2 && !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	slices.Sort(words)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		words = append(words, words[rng.IntN(len(words))]+words[rng.IntN(len(words))])
	}
	return words
}

// synthRecords generates n records of about 3 KB: minutes with cases,
// guides and presentations, with Zipf-distributed words.
func synthRecords(b testing.TB, n int) []*doc.Record {
	words := synthVocabulary(b)
	rng := rand.New(rand.NewPCG(3, 4))
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(words)-1))
	sentence := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[zipf.Uint64()]
		}
		return strings.Join(ws, " ") + "."
	}
	kinds := []string{doc.KindMinutes, doc.KindMinutes, doc.KindGuide, doc.KindPresentation, doc.KindOther}
	recs := make([]*doc.Record, n)
	for i := range recs {
		date := time.Date(2015+rng.IntN(11), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		r := &doc.Record{Path: fmt.Sprintf("arkiv/%04d/dok-%05d.pdf", date.Year(), i), Format: "pdf", Kind: kinds[rng.IntN(len(kinds))], Language: "nb", Title: sentence(6)}
		var text strings.Builder
		for text.Len() < 3000 {
			text.WriteString(sentence(12) + "\n")
		}
		r.Text = text.String()
		if r.Kind == doc.KindMinutes {
			r.Meeting = &doc.Meeting{Body: fmt.Sprintf("Utvalg %d", rng.IntN(20)), Date: date.Format(time.DateOnly)}
			for c := range rng.IntN(8) {
				r.Cases = append(r.Cases, doc.Case{Number: fmt.Sprintf("%d/%02d", c+1, date.Year()%100), Title: sentence(5), Decision: sentence(15)})
			}
		}
		recs[i] = r
	}
	return recs
}

const benchBatch = 500

// BenchmarkPut indexes batches of 500 synthetic records of ~3 KB.
func BenchmarkPut(b *testing.B) {
	recs := synthRecords(b, 10*benchBatch)
	ix := newTestIndex(b)
	ctx := context.Background()
	n, cpu0 := 0, cputime.Process()
	for i := 0; b.Loop(); i++ {
		start := (i * benchBatch) % len(recs)
		if err := ix.Put(ctx, recs[start:start+benchBatch]); err != nil {
			b.Fatal(err)
		}
		n += benchBatch
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "records/cpu-s")
	}
}

// BenchmarkSearch measures query latency and reports p50, p95 and p99: on the
// index of an ingested data directory when MOTEBOK_BENCH_DATA names one
// (make bench), else on 10,000 synthetic records (MOTEBOK_BENCH_RECORDS
// overrides the count).
func BenchmarkSearch(b *testing.B) {
	var ix *Index
	var err error
	if data := os.Getenv("MOTEBOK_BENCH_DATA"); data != "" {
		ix, err = OpenReadOnly(filepath.Join(data, "bleve"))
	} else {
		ix, _, err = syntheticIndex(b)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	queries := benchQueries(b)
	// listing is what `motebok search` prints; json adds the facets; date
	// orders the listing by date.
	for _, m := range []struct {
		name           string
		facets, byDate bool
	}{{"listing", false, false}, {"json", true, false}, {"date", false, true}} {
		b.Run(m.name, func(b *testing.B) {
			var lat []time.Duration
			ctx := context.Background()
			cpu0 := cputime.Process()
			for i := 0; b.Loop(); i++ {
				t0 := time.Now()
				if _, err := ix.Search(ctx, Query{Text: queries[i%len(queries)], Limit: 30, Facets: m.facets, ByDate: m.byDate}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(lat)), "cpu-ms/query")
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}

// syntheticIndex builds an index of synthetic records in a temporary
// directory.
func syntheticIndex(b *testing.B) (*Index, string, error) {
	n := 10000
	if v := os.Getenv("MOTEBOK_BENCH_RECORDS"); v != "" {
		fmt.Sscan(v, &n)
	}
	recs := synthRecords(b, n)
	dir := b.TempDir()
	ix, err := Open(dir)
	if err != nil {
		return nil, "", err
	}
	start := time.Now()
	for i := 0; i < len(recs); i += benchBatch {
		if err := ix.Put(context.Background(), recs[i:min(i+benchBatch, len(recs))]); err != nil {
			ix.Close()
			return nil, "", err
		}
	}
	b.Logf("indexed %d records in %v, %d MB on disk", n, time.Since(start), dirSize(dir)>>20)
	return ix, dir, nil
}

// BenchmarkCheckSegments measures the segment checksums on the synthetic
// index: check verifies all, the start of a run only what no run listed.
func BenchmarkCheckSegments(b *testing.B) {
	ix, dir, err := syntheticIndex(b)
	if err != nil {
		b.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		b.Fatal(err)
	}
	segs, err := segmentFiles(dir)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, s := range segs {
		size += s.size
	}
	for _, c := range []struct {
		name  string
		check func(string) error
	}{{"all", CheckSegments}, {"listed", checkNewSegments}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(size)
			cpu0 := cputime.Process()
			for b.Loop() {
				if err := c.check(dir); err != nil {
					b.Fatal(err)
				}
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// benchQueries are the queries of testdata/bench-queries.txt, one a line,
// which scripts/bench.sh also sends through the command line and recollq.
func benchQueries(b *testing.B) []string {
	data, err := os.ReadFile(filepath.Join("testdata", "bench-queries.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}
