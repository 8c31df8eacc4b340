package web

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/motebok/motebok/index"
)

func copyInto(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("../testdata/corpus", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// hits is the number of hits of an API search, -1 when it fails.
func hits(t *testing.T, s *Server, q string) int {
	t.Helper()
	res, _ := get(t, s, "/api/search?q="+q)
	if res.StatusCode != http.StatusOK {
		return -1
	}
	var r searchResult
	getJSON(t, s, "/api/search?q="+q, &r)
	return len(r.Hits)
}

// TestGenerations: a server started before any ingest answers 503, then
// serves what a run stored; an ingest running while the server holds the
// index open is not blocked by it, and its documents show when it is done,
// without a restart.
func TestGenerations(t *testing.T) {
	defer func(w time.Duration) { index.LockWait = w }(index.LockWait)
	index.LockWait = 5 * time.Second // an ingest the server blocked fails fast
	base := t.TempDir()
	root, data := filepath.Join(base, "archive"), filepath.Join(base, "data")
	for _, d := range []string{root, data} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(Config{DataDir: data, Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if res, _ := get(t, s, "/api/search?q=normen"); res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("before any ingest: %d, want 503", res.StatusCode)
	}

	copyInto(t, root, "referat-styringsgruppen-2025-09-16.docx")
	ingest(t, data, root)
	waitFor(t, "the first run", func() bool { return hits(t, s, "dagsorden") == 1 })
	if n := hits(t, s, "avvikssystemet"); n != 0 {
		t.Fatalf("a document not yet ingested is found: %d", n)
	}

	copyInto(t, root, "veileder-integritet-v1.docx", "referat-styringsgruppen-2025-12-02.docx")
	ingest(t, data, root) // fails if the server's read lock blocks its writer
	waitFor(t, "the second run", func() bool { return hits(t, s, "avvikssystemet") == 1 })
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatalf("the server does not show %s", what)
}
