package minutes

import (
	"testing"
	"time"
)

func BenchmarkAnalyze(b *testing.B) {
	ref := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{"referat-styringsgruppen-2025-12-02.docx", "referat-styringsgruppen-2025-09-16.odt", "nytt-i-normen-2020.pptx"} {
		d := loadFixture(b, "testdata/"+name+".json")
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Analyze(d, ref)
			}
		})
	}
}
