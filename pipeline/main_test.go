package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/extractors/doc"
)

// TestMain doubles as the worker process (MOTEBOK_TEST_WORKER=1, with the
// real extractor if MOTEBOK_TEST_REAL=1) and as a crashing ingest
// (MOTEBOK_TEST_INGEST=1, see crash_test.go).
func TestMain(m *testing.M) {
	switch {
	case os.Getenv("MOTEBOK_TEST_WORKER") == "1":
		extract := fakeExtract
		if os.Getenv("MOTEBOK_TEST_REAL") == "1" {
			extract = extractors.ExtractFile
		}
		if err := ServeWorker(context.Background(), os.Stdin, os.Stdout, extract); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	case os.Getenv("MOTEBOK_TEST_INGEST") == "1" && crashIngest != nil:
		os.Exit(crashIngest())
	}
	os.Exit(m.Run())
}

// crashIngest is set where kill -9 exists (crash_test.go).
var crashIngest func() int

// extractions counts the fake extractor's calls in this process.
var extractions atomic.Int64

// fakeExtract reads a file and builds a record from it. A first line
// naming a misbehaviour makes it misbehave: FAIL, PANIC, HANG, EXIT,
// GOPANIC (in another goroutine: unrecoverable), RECURSE (stack
// overflow), EACCES (a permission refused), ALLOC (runs out of memory),
// SLOW (works for a while). PID puts the extracting process's ID in the
// title.
func fakeExtract(ctx context.Context, path string, opts extractors.Options) (*doc.Record, error) {
	extractions.Add(1)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	first, _, _ := strings.Cut(string(b), "\n")
	if err := misbehave(ctx, first); err != nil {
		return nil, &doc.ExtractError{Path: path, Offset: -1, Err: err}
	}
	if first == "PID" {
		first = strconv.Itoa(os.Getpid())
	}
	sum := sha256.Sum256(b)
	return &doc.Record{
		ID: hex.EncodeToString(sum[:]), Path: path, Format: strings.TrimPrefix(filepath.Ext(path), "."),
		Kind: doc.KindOther, Title: first, Text: string(b), Attendees: []doc.Attendee{}, Cases: []doc.Case{},
		Dates: []doc.Date{}, Blocks: []doc.Block{{Kind: doc.Paragraph, Text: string(b)}}, Warnings: []string{},
	}, nil
}

func misbehave(ctx context.Context, what string) error {
	switch what {
	case "FAIL":
		return fmt.Errorf("cannot make sense of it: %w", doc.ErrCorrupt)
	case "PANIC":
		panic("fake extractor panics")
	case "HANG":
		select {}
	case "EXIT":
		os.Exit(7)
	case "GOPANIC":
		go panic("fake extractor panics in a goroutine")
		select {}
	case "RECURSE":
		return recurse(1)
	case "EACCES":
		return &fs.PathError{Op: "open", Path: "font cache", Err: syscall.EACCES}
	case "ALLOC":
		var keep [][]byte
		for {
			keep = append(keep, make([]byte, 64<<20))
			keep[len(keep)-1][0] = 1
		}
	case "SLOW":
		burn(2 * time.Millisecond)
	}
	return ctx.Err()
}

func recurse(n int) error {
	var pad [256]byte
	pad[n%256] = byte(n)
	if n < 0 {
		return errors.New(string(pad[:]))
	}
	return recurse(n + 1)
}

// burn keeps a CPU busy for d, as a real extractor does.
func burn(d time.Duration) {
	h := sha256.New()
	buf := make([]byte, 4096)
	for end := time.Now().Add(d); time.Now().Before(end); {
		h.Write(buf)
	}
}

// writeFiles creates files under root from a map of relative paths to
// contents.
func writeFiles(t testing.TB, root string, files map[string]string) {
	t.Helper()
	for rel, content := range files {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// testConfig is a run over root with the fake extractor, in-process, into
// the given stores.
func testConfig(data, root string, st ...Store) Config {
	return Config{DataDir: data, Paths: []string{root}, Stores: st, Workers: 2, Extract: fakeExtract,
		Version: "test-1", Isolation: Isolation{Mode: IsolateNone, Timeout: 5 * time.Second}, BatchSize: 3}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustRun(t testing.TB, cfg Config) *Report {
	t.Helper()
	rep, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return rep
}

// workerIsolation runs every document in this test binary as a worker.
func workerIsolation(timeout time.Duration) Isolation {
	return Isolation{Mode: IsolateAll, Command: []string{os.Args[0]}, Env: []string{"MOTEBOK_TEST_WORKER=1"},
		Timeout: timeout, MemLimit: 2 << 30, MaxStack: 16 << 20}
}
