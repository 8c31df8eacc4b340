package web

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
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
	const wait = 5 * time.Second // an ingest the server blocked fails fast
	root, data, s := servedArchive(t, wait)
	if res, _ := get(t, s, "/api/search?q=normen"); res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("before any ingest: %d, want 503", res.StatusCode)
	}

	copyInto(t, root, "referat-styringsgruppen-2025-09-16.docx")
	ingestWaiting(t, data, root, wait)
	waitFor(t, "the first run", func() bool { return hits(t, s, "dagsorden") == 1 })
	if n := hits(t, s, "avvikssystemet"); n != 0 {
		t.Fatalf("a document not yet ingested is found: %d", n)
	}

	copyInto(t, root, "veileder-integritet-v1.docx", "referat-styringsgruppen-2025-12-02.docx")
	ingestWaiting(t, data, root, wait) // fails if the server's read lock blocks its writer
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

// TestReliabilityIngestWhileSearching: searches that keep overlapping do
// not keep an ingest from the index, and every one of them is answered
// meanwhile.
func TestReliabilityIngestWhileSearching(t *testing.T) {
	const wait = 3 * time.Second // a writer the server kept out fails within it
	root, data, s := servedArchive(t, wait, "referat-styringsgruppen-2025-09-16.docx")

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failed []string
	for c := range 6 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				// a day no other search asks for: not cached
				from := time.Date(1700+c*80, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly)
				target := "/api/search?q=dagsorden&from=" + from
				if res, body := get(t, s, target); res.StatusCode != http.StatusOK {
					mu.Lock()
					failed = append(failed, fmt.Sprintf("%s: %d %s", target, res.StatusCode, body))
					mu.Unlock()
				}
			}
		})
	}
	time.Sleep(300 * time.Millisecond) // the searches hold the index open
	copyInto(t, root, "veileder-integritet-v1.docx", "referat-styringsgruppen-2025-12-02.docx")
	ingestWaiting(t, data, root, wait) // fails if the searches keep its writer out
	close(stop)
	wg.Wait()
	if len(failed) > 0 {
		t.Errorf("%d searches failed during the ingest, first: %s", len(failed), failed[0])
	}
	waitFor(t, "the ingested documents", func() bool { return hits(t, s, "avvikssystemet") == 1 })
}

// TestPageDuringIngest: while an ingest runs, pages answer from the last
// committed state; once it is done they show its documents.
func TestPageDuringIngest(t *testing.T) {
	root, data, s := servedArchive(t, 0, "referat-styringsgruppen-2025-09-16.docx")

	copyInto(t, root, "veileder-integritet-v1.docx", "referat-styringsgruppen-2025-12-02.docx")
	gate := &gateStore{entered: make(chan struct{}), open: make(chan struct{})}
	done := make(chan error)
	go func() { done <- runIngest(data, root, 0, gate) }()
	<-gate.entered // the run has its first batch and waits: nothing of it is committed
	for _, target := range []string{"/?q=dagsorden", "/?q=avvikssystemet", "/register", "/status"} {
		if res, body := get(t, s, target); res.StatusCode != http.StatusOK {
			t.Errorf("%s during the ingest: %d %s", target, res.StatusCode, body)
		}
	}
	if n := hits(t, s, "dagsorden"); n != 1 {
		t.Errorf("during the ingest, the committed document: %d hits, want 1", n)
	}
	if n := hits(t, s, "avvikssystemet"); n != 0 {
		t.Errorf("during the ingest, a document not yet committed: %d hits, want 0", n)
	}
	close(gate.open)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the ingested documents", func() bool { return hits(t, s, "avvikssystemet") == 1 })
	if _, body := get(t, s, "/?q=avvikssystemet"); !strings.Contains(body, "/dokument/") {
		t.Error("after the ingest the search page links no document")
	}
}

// gateStore is a store that holds up the first batch written to it until
// open is closed, after telling entered.
type gateStore struct {
	entered, open chan struct{}
	once          sync.Once
}

func (g *gateStore) Put(ctx context.Context, recs []*doc.Record) error {
	g.once.Do(func() {
		close(g.entered)
		<-g.open
	})
	return nil
}

func (g *gateStore) Delete(context.Context, []string) error  { return nil }
func (g *gateStore) Paths(context.Context) ([]string, error) { return nil, nil }
func (g *gateStore) Close() error                            { return nil }

// servedArchive is a server over a data directory holding files of the
// sample archive (none: no ingest yet), polling for new generations often.
// It and the ingest of files wait up to lockWait for the index (zero: the
// default).
func servedArchive(t *testing.T, lockWait time.Duration, files ...string) (root, data string, s *Server) {
	t.Helper()
	root, data = archiveAndData(t)
	if len(files) > 0 {
		copyInto(t, root, files...)
		ingestWaiting(t, data, root, lockWait)
	}
	s, err := New(Config{DataDir: data, Poll: 20 * time.Millisecond, LockWait: lockWait})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return root, data, s
}

// archiveAndData makes an empty archive and data directory.
func archiveAndData(t *testing.T) (root, data string) {
	t.Helper()
	base := t.TempDir()
	root, data = filepath.Join(base, "archive"), filepath.Join(base, "data")
	for _, d := range []string{root, data} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	return root, data
}

// TestFacetsOfOtherPages: a page or order of a search whose facets were
// counted has the facets it would count itself.
func TestFacetsOfOtherPages(t *testing.T) {
	const page2 = "/api/search?q=normen&limit=2&offset=2&sort=date"
	var fresh, first, later searchResult
	getJSON(t, newTestServer(t, ""), page2, &fresh)
	s := newTestServer(t, "")
	getJSON(t, s, "/api/search?q=normen&limit=2", &first)
	getJSON(t, s, page2, &later)
	if len(fresh.Facets["kind"]) == 0 {
		t.Fatalf("no kind facet: %+v", fresh.Facets)
	}
	if !reflect.DeepEqual(later.Facets, fresh.Facets) || !reflect.DeepEqual(first.Facets, fresh.Facets) {
		t.Errorf("facets of page 2 after page 1: %+v; page 1 %+v; counted afresh %+v", later.Facets, first.Facets, fresh.Facets)
	}
	if !reflect.DeepEqual(later.Hits, fresh.Hits) {
		t.Errorf("page 2 after page 1 differs from page 2 afresh")
	}
}
