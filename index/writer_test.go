package index

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestWriterLetsReadersIn checks that between a Writer's calls another
// opener (a search in another process) gets the index.
func TestWriterLetsReadersIn(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "bleve")
	w, err := NewWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	rec := &doc.Record{Path: "/a/referat.docx", Kind: doc.KindMinutes, Title: "Referat", Text: "Veilederen ble godkjent."}
	if err := w.Put(ctx, []*doc.Record{rec}); err != nil {
		t.Fatal(err)
	}
	ro, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("reader locked out between batches: %v", err)
	}
	res, err := ro.Search(ctx, Query{Text: "veileder"})
	ro.Close()
	if err != nil || res.Total != 1 {
		t.Fatalf("search = %+v, %v; want one hit", res, err)
	}
	if err := w.Delete(ctx, []string{rec.Path}); err != nil {
		t.Fatal(err)
	}
	paths, err := w.Paths(ctx)
	if err != nil || len(paths) != 0 {
		t.Errorf("Paths after Delete = %v, %v", paths, err)
	}
}
