package pipeline

import (
	"fmt"
	"os"
	"time"
)

// OpenHealing opens the store at path with open. When that fails and
// damaged says the error is damage rather than, say, another process
// holding the store, the store's files are moved aside and a fresh store is
// opened: Run's reconciliation then puts every record again from the
// records directory. The returned note says what was repaired, for
// Config.Repaired; it is empty when the store opened.
func OpenHealing[S any](path string, open func(string) (S, error), damaged func(error) bool) (S, string, error) {
	s, err := open(path)
	if err == nil || !damaged(err) {
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

// MoveAside moves a damaged store out of the way: path and the files
// SQLite keeps beside it become path.damaged-TIME, and the next run builds
// the store again from the records. It returns the new name of path.
func MoveAside(path string) (string, error) {
	aside := path + ".damaged-" + time.Now().UTC().Format("20060102T150405")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Rename(path+suffix, aside+suffix)
		if err != nil && !os.IsNotExist(err) {
			return "", err
		}
	}
	return aside, nil
}
