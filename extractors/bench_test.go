package extractors

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// benchFiles is the list of documents named, one path a line, in the file
// that MOTEBOK_BENCH_FILES points at; the benchmark skips without it.
func benchFiles(b *testing.B) []string {
	list := os.Getenv("MOTEBOK_BENCH_FILES")
	if list == "" {
		b.Skip("MOTEBOK_BENCH_FILES names no list of documents")
	}
	data, err := os.ReadFile(list)
	if err != nil {
		b.Skip(err)
	}
	return strings.Fields(string(data))
}

// BenchmarkExtractFiles extracts every listed document, reading included.
func BenchmarkExtractFiles(b *testing.B) {
	files := benchFiles(b)
	for b.Loop() {
		for _, f := range files {
			ExtractFile(context.Background(), f, DefaultOptions())
		}
	}
}

// BenchmarkUnderstandFiles reads the listed documents once and times only
// their understanding: normalising, minutes analysis and dates.
func BenchmarkUnderstandFiles(b *testing.B) {
	var docs []*doc.Document
	for _, f := range benchFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), f, doc.DefaultLimits)
		if err == nil {
			docs = append(docs, d)
		}
	}
	ref := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		for _, d := range docs {
			Understand(d, ref, ref)
		}
	}
}
