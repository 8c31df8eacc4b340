//go:build unix

package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/motebok/motebok/pipeline"
)

// killPoint is a moment to SIGKILL an ingest, told by what its data
// directory shows compared with when the run took its lock (or took over
// the lock the killed run left).
type killPoint struct {
	name string
	when func(start, now marks) bool
}

// registerMoved: the register is taking a batch, which the index already
// holds and the manifest does not yet list.
func registerMoved(start, now marks) bool { return now.wal != start.wal }

// killPoints are the kills, in order; the archive changes after the third,
// so that files the stores hold but the manifest does not list vanish.
var killPoints = []killPoint{
	{"on taking the lock (reconcile, walk)", func(start, now marks) bool { return true }},
	{"after a batch reached the manifest journal", func(start, now marks) bool {
		return now.journal.ok && now.journal != start.journal
	}},
	{"while the register takes a batch", registerMoved},
	{"150 ms into the run", func(start, now marks) bool { return now.at.Sub(start.at) >= 150*time.Millisecond }},
	{"while the index takes a batch", indexMoved},
	{"while the register takes a batch again", registerMoved},
}

// indexMoved: the index is taking a batch.
func indexMoved(start, now marks) bool { return now.segments != start.segments }

// killAt runs an ingest and kills it at kp, waiting for it to die. It
// reports whether the kill landed before the run ended by itself.
func killAt(t *testing.T, data, root string, kp killPoint) bool {
	t.Helper()
	began := time.Now()
	// One worker and small batches: many store writes to kill in, however fast the machine.
	p := cli{}.start(t, "ingest", "--data", data, "--workers", "1", "--batch", "4", root)
	var start marks
	locked := p.await(func() bool {
		if l, err := pipeline.ReadLock(data); err != nil || l == nil || l.PID != p.proc.Pid {
			return false // not yet taken over from the killed run
		}
		start = look(data)
		return true
	})
	hit := locked && p.await(func() bool { return kp.when(start, look(data)) })
	if hit {
		if err := p.proc.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
			t.Fatal(err)
		}
	}
	r := p.wait(t)
	landed := hit && r.code == -1
	t.Logf("kill %s: landed %v after %v", kp.name, landed, time.Since(began).Round(time.Millisecond))
	if !landed && r.code != 0 {
		t.Fatalf("the ingest failed: %s", r)
	}
	return landed
}

// marks are what a test watches in a data directory during an ingest.
type marks struct {
	at       time.Time
	segments string   // names of the index's segment files
	wal      fileMark // the register's write-ahead log
	journal  fileMark // the manifest journal
}

type fileMark struct {
	ok    bool
	size  int64
	mtime time.Time
	ino   uint64
}

func look(data string) marks {
	names, _ := filepath.Glob(filepath.Join(data, "bleve", "store", "*.zap"))
	return marks{at: time.Now(), segments: strings.Join(names, ","),
		wal: markOf(filepath.Join(data, "register.sqlite-wal")), journal: markOf(filepath.Join(data, "manifest.journal"))}
}

func markOf(name string) fileMark {
	fi, err := os.Stat(name)
	if err != nil {
		return fileMark{}
	}
	return fileMark{ok: true, size: fi.Size(), mtime: fi.ModTime(), ino: inode(fi)}
}

// inode is the file's inode number.
func inode(fi os.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}
