package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
	"github.com/motebok/motebok/pipeline"
)

// ingest runs the pipeline over root into data, as `motebok ingest` does.
func ingest(t testing.TB, data, root string) {
	t.Helper()
	ingestWaiting(t, data, root, 0)
}

// ingestWaiting is ingest whose index writer waits up to lockWait for the
// index (index.Options; zero is the default).
func ingestWaiting(t testing.TB, data, root string, lockWait time.Duration) {
	t.Helper()
	if err := runIngest(data, root, lockWait); err != nil {
		t.Fatal(err)
	}
}

// runIngest runs the pipeline over root into data, its index writer
// waiting up to lockWait for the index; extra stores are written before
// the index and the register.
func runIngest(data, root string, lockWait time.Duration, extra ...pipeline.Store) (err error) {
	ix, err := index.NewWriterWith(filepath.Join(data, "bleve"), index.Options{LockWait: lockWait})
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, ix.Close()) }()
	reg, err := register.Open(filepath.Join(data, "register.sqlite"))
	if err != nil {
		return err
	}
	defer reg.Close()
	_, err = pipeline.Run(context.Background(), pipeline.Config{DataDir: data, Paths: []string{root},
		Stores: append(extra, ix, reg), Workers: 2,
		Isolation: pipeline.Isolation{Mode: pipeline.IsolateNone, Timeout: time.Minute}})
	return err
}

var (
	corpusOnce sync.Once
	corpusData string
)

// corpusDir is a data directory holding the sample archive, ingested once
// for the package's tests; tests only read it.
func corpusDir(t *testing.T) string {
	t.Helper()
	corpusOnce.Do(func() {
		dir, err := os.MkdirTemp("", "motebok-web-")
		if err != nil {
			t.Fatal(err)
		}
		corpusData = filepath.Join(dir, "data")
		ingest(t, corpusData, "../testdata/corpus")
	})
	return corpusData
}

func TestMain(m *testing.M) {
	code := m.Run()
	if corpusData != "" {
		os.RemoveAll(filepath.Dir(corpusData))
	}
	os.Exit(code)
}

// newTestServer serves the sample archive.
func newTestServer(t *testing.T, token string) *Server {
	t.Helper()
	s, err := New(Config{DataDir: corpusDir(t), Token: token, Poll: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// get sends a GET for target (sent as is: no cleaning) and returns the
// response and its body.
func get(t *testing.T, h http.Handler, target string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.URL.Path, req.URL.RawQuery = "", ""
	u, err := req.URL.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	req.URL, req.RequestURI = u, target
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}
