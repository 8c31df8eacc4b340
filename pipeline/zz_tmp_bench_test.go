package pipeline

import (
	"os"
	"path/filepath"
	"testing"
	"fmt"
	"github.com/motebok/motebok/extractors/doc"
)

func BenchmarkTmpSaveRecord(b *testing.B) {
	d := b.TempDir()
	os.MkdirAll(filepath.Join(d, "records"), 0o755)
	i := 0
	for b.Loop() {
		i++
		saveRecord(d, "v", &doc.Record{ID: fmt.Sprint(i), Text: "hello"})
	}
}
func BenchmarkTmpCreate(b *testing.B) {
	d := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		os.WriteFile(filepath.Join(d, fmt.Sprint(i)), []byte("x"), 0o644)
	}
}
func BenchmarkTmpOpenMissing(b *testing.B) {
	d := b.TempDir()
	for b.Loop() {
		os.Open(filepath.Join(d, "nope"))
	}
}
