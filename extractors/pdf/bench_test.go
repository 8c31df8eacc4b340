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

// BenchmarkTrueTypeGlyphs inverts the cmap of a font covering Latin-1 and
// Latin Extended-A, once in segments of their own and once through the
// glyph id array.
func BenchmarkTrueTypeGlyphs(b *testing.B) {
	chars := map[rune]uint16{}
	for r := rune(0x20); r < 0x180; r++ {
		chars[r] = uint16(r - 0x1d)
	}
	for _, viaArray := range []bool{false, true} {
		font := sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 1, format4(chars, viaArray)})})
		b.Run(map[bool]string{false: "delta", true: "array"}[viaArray], func(b *testing.B) {
			b.SetBytes(int64(len(font)))
			for b.Loop() {
				if len(trueTypeGlyphs(font)) != len(chars) {
					b.Fatal("glyphs lost")
				}
			}
		})
	}
}
