package synth

import (
	"io"
	"testing"
)

// BenchmarkGenerate writes archives of 500 DOCX and PDF documents.
func BenchmarkGenerate(b *testing.B) {
	dir := b.TempDir()
	const n = 500
	for b.Loop() {
		if err := Stream(dir, Options{N: n, Seed: 1}, func(Truth) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkWrite draws and writes documents in each format, without disk.
func BenchmarkWrite(b *testing.B) {
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			var bytes int64
			i := 0
			for b.Loop() {
				m, _ := Document(Options{Seed: 1}, i)
				w := &countWriter{}
				if err := Write(w, m, format); err != nil {
					b.Fatal(err)
				}
				bytes += w.n
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(bytes)/float64(b.N), "B/doc")
		})
	}
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

var _ io.Writer = (*countWriter)(nil)
