package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

// loadQueries are typical searches of a minutes archive.
var loadQueries = []string{
	"budsjett", "styringsgruppen", "referat godkjent", "informasjonssikkerhet", "\"neste møte\"",
	"høring", "veileder", "vedtak", "sak", "årsmøte",
}

// TestAPILoad measures API search latency over loopback TCP with 20
// concurrent clients, then checks that 200 concurrent clients get no error.
// Every search is distinct (its from date), so that they measure
// searching, not the cache; scripts/loadtest.sh measures both.
// It runs only on an ingested data directory named by MOTEBOK_BENCH_DATA
// (make bench builds one of 10,000 documents).
func TestAPILoad(t *testing.T) {
	data := os.Getenv("MOTEBOK_BENCH_DATA")
	if data == "" {
		t.Skip("MOTEBOK_BENCH_DATA names no ingested data directory")
	}
	s, err := New(Config{DataDir: data})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts := httptest.NewServer(s)
	defer ts.Close()
	direct, api := overhead(t, s, ts.URL)
	t.Logf("one client: index search p50 %v, API search p50 %v", direct, api)
	for _, c := range []struct{ clients, each int }{{20, 25}, {200, 2}} {
		lat, errs := load(ts.URL, c.clients, c.each)
		slices.Sort(lat)
		t.Logf("%d clients, %d searches: p50 %v, p95 %v, p99 %v, max %v, %d errors", c.clients, len(lat),
			pct(lat, 50), pct(lat, 95), pct(lat, 99), lat[len(lat)-1], len(errs))
		for _, e := range errs[:min(len(errs), 5)] {
			t.Error(e)
		}
	}
}

// load runs each of clients through each searches and returns the
// latencies and the errors.
func load(base string, clients, each int) ([]time.Duration, []error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	var mu sync.Mutex
	var lat []time.Duration
	var errs []error
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			for i := range each {
				n := c*each + i
				q := loadQueries[n%len(loadQueries)]
				from := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n).Format(time.DateOnly)
				start := time.Now()
				err := fetch(client, fmt.Sprintf("%s/api/search?limit=10&from=%s&q=%s", base, from, url.QueryEscape(q)))
				mu.Lock()
				lat = append(lat, time.Since(start))
				if err != nil {
					errs = append(errs, err)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return lat, errs
}

func fetch(c *http.Client, u string) error {
	res, err := c.Get(u)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s: %s", u, res.Status, b)
	}
	return nil
}

// overhead times the same searches one at a time, alternately straight on
// the index and through the API, and returns the medians.
func overhead(t *testing.T, s *Server, base string) (direct, api time.Duration) {
	var ds, as []time.Duration
	for round := range 3 {
		for _, q := range loadQueries {
			p, err := parseSearch(url.Values{"q": {q}, "limit": {"10"}})
			if err != nil {
				t.Fatal(err)
			}
			p.From = fmt.Sprint(1990 + round) // a query no other search makes: not cached
			start := time.Now()
			if _, err := s.search(context.Background(), p); err != nil {
				t.Fatal(err)
			}
			ds = append(ds, time.Since(start))
			start = time.Now()
			if err := fetch(http.DefaultClient, fmt.Sprintf("%s/api/search?limit=10&from=%d&q=%s", base, 1995+round, url.QueryEscape(q))); err != nil {
				t.Fatal(err)
			}
			as = append(as, time.Since(start))
		}
	}
	slices.Sort(ds)
	slices.Sort(as)
	return pct(ds, 50), pct(as, 50)
}

// pct is the p-th percentile of sorted durations.
func pct(sorted []time.Duration, p int) time.Duration {
	return sorted[min(len(sorted)-1, len(sorted)*p/100)]
}
