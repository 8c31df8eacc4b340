package register

import (
	"bufio"
	"context"
	"database/sql"
	"io"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"
)

// holdEnv names the register the writer child process opens.
const holdEnv = "REGISTER_TEST_HOLD_TX"

// TestHelperHoldWriteTx is the child process of TestReaderDuringWriteTx: it
// stores the 2025-12-02 minutes in a transaction, says "ready", and commits
// when its stdin closes.
func TestHelperHoldWriteTx(t *testing.T) {
	path := os.Getenv(holdEnv)
	if path == "" {
		t.Skip("child process helper")
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := newWriter(ctx, tx)
	if err := w.putDocument(fixtures(t)["referat-styringsgruppen-2025-12-02.pdf"]); err != nil {
		t.Fatal(err)
	}
	if err := w.rebuildTouched(); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("ready\n")
	io.Copy(io.Discard, os.Stdin)
	w.close()
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// TestReaderDuringWriteTx checks WAL mode across processes: while another
// process holds a write transaction open, readers get the last committed
// state at once; an open read transaction does not block the commit; new
// reads see the new rows.
func TestReaderDuringWriteTx(t *testing.T) {
	r, path := openTemp(t)
	fx := fixtures(t)
	put(t, r, fx[pdf])
	before := len(decisions(t, r, Filter{}))

	child := exec.Command(os.Args[0], "-test.run=^TestHelperHoldWriteTx$")
	child.Env = append(os.Environ(), holdEnv+"="+path)
	stdin, _ := child.StdinPipe()
	stdout, _ := child.StdoutPipe()
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	if line, err := bufio.NewReader(stdout).ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("child: %q, %v", line, err)
	}

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for name, reg := range map[string]*Register{"read-only": ro, "read-write": r} {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		ds, err := reg.Decisions(ctx, Filter{})
		cancel()
		if err != nil || len(ds) != before {
			t.Errorf("%s reader during the write: %d rows, %v; want %d", name, len(ds), err, before)
		}
	}

	// A long read must not hold up the commit, and keeps its snapshot.
	readTx, err := ro.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer readTx.Rollback()
	var n int
	scan := func() {
		if err := readTx.QueryRow("SELECT count(*) FROM cases").Scan(&n); err != nil {
			t.Fatal(err)
		}
	}
	scan()
	stdin.Close()
	if err := child.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	if scan(); n != before {
		t.Errorf("read transaction saw %d cases after the commit, want its snapshot's %d", n, before)
	}
	readTx.Rollback()
	if got, want := len(decisions(t, ro, Filter{})), before+len(fx["referat-styringsgruppen-2025-12-02.pdf"].Cases); got != want {
		t.Errorf("after commit: %d rows, want %d", got, want)
	}
}

// TestConcurrentPutAndRead runs batches of Put while readers query; no
// reader may fail with a busy error, and the result must equal one Put.
func TestConcurrentPutAndRead(t *testing.T) {
	r, path := openTemp(t)
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	recs := synthRecords(300, 5, 5, 3)
	ctx, cancel := context.WithCancel(context.Background())
	g, gctx := errgroup.WithContext(ctx)
	for range 3 {
		g.Go(func() error {
			for gctx.Err() == nil {
				if _, err := ro.Decisions(gctx, Filter{Query: "budsjett", Limit: 20}); err != nil && gctx.Err() == nil {
					return err
				}
			}
			return nil
		})
	}
	for batch := range slices.Chunk(recs, 25) {
		if err := r.Put(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	if err := g.Wait(); err != nil {
		t.Fatalf("reader: %v", err)
	}
	ref, _ := openTemp(t)
	put(t, ref, recs...)
	if snapshot(t, r) != snapshot(t, ref) {
		t.Error("batched Put under concurrent reads differs from one Put")
	}
}
