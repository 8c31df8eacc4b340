package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

// OpenHealing opens the store at path with open and checks that it holds
// every file the manifest of dataDir lists as indexed. When the store does
// not open and damaged says the error is damage (rather than, say, another
// process holding the store), or when it lacks indexed files, its files are
// moved aside and a fresh store is opened: Run's reconciliation then puts
// every record again from the records directory. The returned note says
// what was repaired, for Config.Repaired; it is empty when nothing was. A
// store that did not exist, or that open created anew (Creator), is left to
// reconciliation.
func OpenHealing[S Store](ctx context.Context, dataDir, path string, open func(string) (S, error), damaged func(error) bool) (S, string, error) {
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist) // filled by reconciliation
	s, err := open(path)
	if err == nil {
		if err = checkOpened(ctx, dataDir, s); fresh || created(s) || !errors.Is(err, ErrIncomplete) {
			return s, "", nil
		}
		s.Close()
	} else if !damaged(err) {
		return s, "", err
	}
	aside, merr := MoveAside(path)
	if merr != nil {
		return s, "", fmt.Errorf("%w; moving it aside: %w", err, merr)
	}
	s, rerr := open(path)
	if rerr != nil {
		return s, "", fmt.Errorf("%w; a fresh store at %s failed too: %w", err, path, rerr)
	}
	return s, fmt.Sprintf("%s was damaged (%v): moved to %s and rebuilt from the records", path, err, aside), nil
}

// created tells whether open created s anew (Creator).
func created(s Store) bool {
	c, ok := s.(Creator)
	return ok && c.Created()
}

// MoveAside moves a damaged store out of the way: path and the files
// SQLite keeps beside it become path.damaged-TIME, and the next run builds
// the store again from the records. It returns the new name of path.
func MoveAside(path string) (string, error) {
	aside := path + ".damaged-" + time.Now().UTC().Format("20060102T150405.000000000")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Rename(path+suffix, aside+suffix)
		if err != nil && !os.IsNotExist(err) {
			return "", err
		}
	}
	return aside, nil
}

// checkOpened is CheckHolds at the cost of a count when the last run
// finished and s can count (holdsByCount); the manifest is read only when
// the count it settled with is gone or the manifest changed since.
func checkOpened(ctx context.Context, dataDir string, s Store) error {
	interrupted := pending(dataDir)
	if n, ok := settledCount(dataDir); ok && holdsByCount(ctx, s, interrupted, n) {
		return nil
	}
	entries, _, err := readManifest(dataDir)
	if err != nil {
		return fmt.Errorf("reading the manifest: %w", err)
	}
	if holdsByCount(ctx, s, interrupted, countIndexed(entries)) {
		return nil
	}
	return checkHolds(ctx, entries, s)
}
