package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// dirLock is a held lock on a data directory.
type dirLock struct {
	path string
	info LockInfo
	stop chan struct{}
	done chan struct{}
}

// errLockLost cancels a run whose lock was removed or taken over.
var errLockLost = errors.New("the data directory's lock was removed or taken over by another process")

// acquireLock creates dataDir/lock exclusively. A stale lock is taken over;
// a live one gives an *AlreadyLockedError.
func acquireLock(dataDir string) (*dirLock, error) {
	l := &dirLock{path: filepath.Join(dataDir, lockName), info: currentLock()}
	for attempt := 0; ; attempt++ {
		err := l.create()
		if err == nil {
			return l, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, err
		}
		held, rerr := readLock(l.path)
		if errors.Is(rerr, os.ErrNotExist) {
			continue // released meanwhile
		}
		if attempt > 0 || (rerr == nil && !held.Stale()) {
			return nil, &AlreadyLockedError{Path: dataDir, Info: held}
		}
		if err := l.breakStale(held, rerr); err != nil {
			return nil, err
		}
	}
}

// create writes the lock to a temporary file and links it into place: the
// lock appears whole or not at all, and never replaces another.
func (l *dirLock) create() error {
	f, err := os.CreateTemp(filepath.Dir(l.path), lockName+".tmp*")
	if err != nil {
		return fmt.Errorf("creating lock: %w", err)
	}
	defer os.Remove(f.Name())
	werr := json.NewEncoder(f).Encode(l.info)
	if err := errors.Join(werr, f.Sync(), f.Close()); err != nil {
		return fmt.Errorf("writing lock: %w", err)
	}
	if err := os.Link(f.Name(), l.path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(l.path))
}

// breakStale removes a stale (or unreadable) lock. It moves the lock aside
// first and checks it is still the one judged stale, so that a lock another
// process has just created is put back, not deleted.
func (l *dirLock) breakStale(held LockInfo, readErr error) error {
	aside := fmt.Sprintf("%s.stale.%d", l.path, os.Getpid())
	if err := os.Rename(l.path, aside); err != nil {
		return nil // gone or replaced meanwhile: the next attempt decides
	}
	now, err := readLock(aside)
	if err == nil && (readErr != nil || !sameLock(now, held)) {
		os.Link(aside, l.path) // someone else's fresh lock: put it back unless replaced
	}
	return os.Remove(aside)
}

func sameLock(a, b LockInfo) bool {
	return a.PID == b.PID && a.Host == b.Host && a.User == b.User && a.Time.Equal(b.Time)
}

// keepFresh rewrites the lock every lockRefresh until release. If the lock
// is no longer ours, it cancels the run.
func (l *dirLock) keepFresh(ctx context.Context, cancel context.CancelCauseFunc) {
	l.stop, l.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(l.done)
		t := time.NewTicker(lockRefresh)
		defer t.Stop()
		for {
			select {
			case <-l.stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if err := l.refresh(); err != nil {
					cancel(err)
					return
				}
			}
		}
	}()
}

func (l *dirLock) refresh() error {
	held, err := readLock(l.path)
	if err != nil || !sameLock(held, l.info) {
		return errLockLost
	}
	l.info.Time = time.Now().UTC()
	return writeFileAtomic(l.path, true, func(w io.Writer) error { return json.NewEncoder(w).Encode(l.info) })
}

// release stops refreshing and removes the lock.
func (l *dirLock) release() error {
	if l.stop != nil {
		close(l.stop)
		<-l.done
	}
	if err := os.Remove(l.path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("removing lock: %w", err)
	}
	return nil
}
