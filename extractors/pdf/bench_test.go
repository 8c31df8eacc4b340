package pdf

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// BenchmarkRead reads each corpus PDF, reporting MB/s and pages/s.
func BenchmarkRead(b *testing.B) {
	for _, path := range corpusPDFs(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), ".pdf"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			pages := 0
			for b.Loop() {
				d, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), doc.DefaultLimits)
				if err != nil {
					b.Fatal(err)
				}
				pages += d.Pages
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
