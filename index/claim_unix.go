//go:build unix

package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// claimPoll is how often a waiting claim tries the lock again.
const claimPoll = 20 * time.Millisecond

// claimPath is the file a Writer of the index in dir locks: beside the
// index, which Bleve may remove and create afresh.
func claimPath(dir string) string { return filepath.Clean(dir) + ".writer" }

// claim marks that a Writer holds or waits for the index in dir: an
// exclusive lock on a file beside it, which readers test (WriterWaiting)
// to let go of the index. It waits up to wait (Options.LockWait) for
// another writer's claim. The kernel drops the lock with the process: a
// crashed ingest leaves no claim behind.
func claim(dir string, wait time.Duration) (unclaim func(), err error) {
	if err := os.MkdirAll(filepath.Dir(claimPath(dir)), 0o755); err != nil {
		return nil, fmt.Errorf("claiming index %s: %w", dir, err)
	}
	f, err := os.OpenFile(claimPath(dir), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("claiming index %s: %w", dir, err)
	}
	fd := int(f.Fd())
	for deadline := time.Now().Add(wait); ; time.Sleep(claimPoll) {
		err = syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { f.Close() }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) || time.Now().After(deadline) {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				err = ErrBusy
			}
			return nil, fmt.Errorf("claiming index %s: %w", dir, err)
		}
	}
}

// WriterWaiting reports whether a Writer, in this process or another,
// holds the index in dir or waits for it. A reader that holds the index
// open closes it when this is so, since its read lock keeps the writer
// out (see the package documentation). It costs three system calls.
func WriterWaiting(dir string) bool {
	fd, err := syscall.Open(claimPath(dir), syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer syscall.Close(fd)
	return errors.Is(syscall.Flock(fd, syscall.LOCK_SH|syscall.LOCK_NB), syscall.EWOULDBLOCK)
}
