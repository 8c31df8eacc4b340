package index

import (
	"context"
	"encoding/json"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// loadRecords returns testdata/docs.json plus the sample corpus's source
// texts (../testdata/answers/gt), each as a DOCX and a PDF record of the same
// document, as the extractors would report them.
func loadRecords(t testing.TB) []*doc.Record {
	t.Helper()
	data, err := os.ReadFile("testdata/docs.json")
	if err != nil {
		t.Fatal(err)
	}
	var recs []*doc.Record
	if err := json.Unmarshal(data, &recs); err != nil {
		t.Fatal(err)
	}
	gt, err := filepath.Glob("../testdata/answers/gt/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range gt {
		recs = append(recs, gtRecords(t, f)...)
	}
	return recs
}

// gtRecords builds records of one corpus text: the first line is the title;
// minutes carry their meeting from the file name.
func gtRecords(t testing.TB, file string) []*doc.Record {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	stem := strings.TrimSuffix(filepath.Base(file), ".txt")
	title, _, _ := strings.Cut(text, "\n")
	kind := map[string]string{"referat": doc.KindMinutes, "veileder": doc.KindGuide, "nytt": doc.KindPresentation}[strings.SplitN(stem, "-", 2)[0]]
	var out []*doc.Record
	for _, ext := range []string{".docx", ".pdf"} {
		r := &doc.Record{Path: path.Join("corpus", stem+ext), Format: ext[1:], Kind: kind, Title: title, Language: "nb", Text: text}
		if kind == doc.KindMinutes {
			r.Meeting = &doc.Meeting{Body: "Styringsgruppen for Normen", Date: stem[len(stem)-10:]}
		}
		out = append(out, r)
	}
	return out
}

// putBatches indexes recs n at a time: each batch makes a segment, which
// bleve may merge with others.
func putBatches(t testing.TB, ix *Index, recs []*doc.Record, n int) {
	t.Helper()
	for i := 0; i < len(recs); i += n {
		if err := ix.Put(context.Background(), recs[i:min(i+n, len(recs))]); err != nil {
			t.Fatal(err)
		}
	}
}

// newTestIndex opens an index in a temporary directory.
func newTestIndex(t testing.TB) *Index {
	t.Helper()
	ix, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	return ix
}

// stems lists the distinct file names without extension of hits, in order.
func stems(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		s := strings.TrimSuffix(path.Base(h.Path), path.Ext(h.Path))
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// scorchState is the index state of ix as scoring reads it; the caller closes
// it.
func scorchState(t testing.TB, ix *Index) *scorch.IndexSnapshot {
	t.Helper()
	r, err := ix.reader()
	if err != nil {
		t.Fatal(err)
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		r.Close()
		t.Fatalf("the index reader is a %T, not scorch's", r)
	}
	return snap
}
