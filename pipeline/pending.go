package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/motebok/motebok/internal/filestamp"
)

// pendingName marks a data directory whose stores may differ from its
// manifest: a run creates it before its first store write and removes it
// once every batch is written and the manifest committed, so only an
// interrupted run leaves it behind.
const pendingName = "stores.pending"

// Counter is a Store that tells how many paths it holds without listing
// them. After a run that finished, a store holds exactly the files the
// manifest lists as indexed, so comparing the two numbers checks it at the
// cost of a count rather than of reading every path back.
type Counter interface {
	Count(ctx context.Context) (int, error)
}

func pending(dataDir string) bool { return fileExists(filepath.Join(dataDir, pendingName)) }

// markPending records durably that the stores are about to be written.
func markPending(dataDir string) error {
	name := filepath.Join(dataDir, pendingName)
	if err := os.WriteFile(name, nil, 0o600); err != nil {
		return fmt.Errorf("marking the stores as being written: %w", err)
	}
	return syncDir(dataDir)
}

// settledName holds, after a run that finished, how many files the
// manifest lists as indexed and a stamp of the manifest it counted, so that
// the next run can check a store by its count without reading the manifest.
const settledName = "stores.settled"

// settle records that the stores agree with the manifest, which lists
// indexed files as indexed.
func settle(dataDir string, indexed int) error {
	if stamp, ok := manifestStamp(dataDir); ok {
		// A lost or torn count only costs the next run a read of the manifest.
		_ = os.WriteFile(filepath.Join(dataDir, settledName), fmt.Appendf(nil, "%d %s\n", indexed, stamp), 0o600)
	}
	return clearPending(dataDir)
}

// settledCount is the count settle recorded, if the manifest is still as
// it counted it.
func settledCount(dataDir string) (int, bool) {
	b, err := os.ReadFile(filepath.Join(dataDir, settledName))
	stamp, ok := manifestStamp(dataDir)
	if err != nil || !ok {
		return 0, false
	}
	count, was, _ := strings.Cut(strings.TrimSuffix(string(b), "\n"), " ") // the stamp holds spaces too
	n, err := strconv.Atoi(count)
	return n, err == nil && was == stamp
}

// manifestStamp is the filestamp of the manifest's snapshot and of its
// journal, if any: a run that changes the manifest changes one of them.
func manifestStamp(dataDir string) (string, bool) {
	stamp, ok := filestamp.Of(filepath.Join(dataDir, manifestName))
	if js, journal := filestamp.Of(filepath.Join(dataDir, journalName)); journal {
		stamp += " + " + js
	}
	return stamp, ok
}

// clearPending records that the stores agree with the manifest.
func clearPending(dataDir string) error {
	err := os.Remove(filepath.Join(dataDir, pendingName))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("marking the stores as written: %w", err)
	}
	return nil
}

// holdsByCount reports whether s, after a run that finished, holds as many
// paths as the manifest lists as indexed, and so exactly those. It is false
// when the last run was interrupted or s cannot count: the caller must
// then compare the paths themselves.
func holdsByCount(ctx context.Context, s any, interrupted bool, indexed int) bool {
	c, ok := s.(Counter)
	if !ok || interrupted {
		return false
	}
	n, err := c.Count(ctx)
	return err == nil && n == indexed
}

// countIndexed counts the entries listed as indexed (StatusOK).
func countIndexed(entries map[string]*Entry) int {
	n := 0
	for _, e := range entries {
		if e.Status == StatusOK {
			n++
		}
	}
	return n
}

// indexed counts the entries listed as indexed.
func (m *manifest) indexed() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return countIndexed(m.entries)
}
