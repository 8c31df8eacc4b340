package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
)

// CheckReport is what Check found in a data directory.
type CheckReport struct {
	Records  int       `json:"records"`  // stored records read
	Damaged  []Failure `json:"damaged"`  // indexed files whose stored record does not read
	Repaired bool      `json:"repaired"` // the damaged records are set to be extracted again
}

// Check reads the stored record of every indexed file, as export and a
// rebuild of the stores need them. With repair, it takes the lock and sets
// the files whose record is damaged to be extracted again by the next run.
func Check(ctx context.Context, dataDir string, repair bool) (*CheckReport, error) {
	entries, _, err := readManifest(dataDir)
	if err != nil {
		return nil, fmt.Errorf("reading the manifest: %w", err)
	}
	rep := &CheckReport{Damaged: []Failure{}}
	for p, e := range entries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if e.Status != StatusOK {
			continue
		}
		rep.Records++
		if _, err := loadRecord(dataDir, e.SHA256, e.Version); err != nil {
			rep.Damaged = append(rep.Damaged, newFailure(p, err.Error(), 0))
		}
	}
	slices.SortFunc(rep.Damaged, func(a, b Failure) int { return strings.Compare(a.Path, b.Path) })
	if repair && len(rep.Damaged) > 0 {
		if err := reextract(dataDir, rep.Damaged); err != nil {
			return nil, err
		}
		rep.Repaired = true
	}
	return rep, nil
}

// reextract makes the next run extract the damaged files again: their
// record files go, and their manifest entries lose the output key, so that
// the files no longer count as unchanged.
func reextract(dataDir string, damaged []Failure) error {
	lk, err := acquireLock(dataDir)
	if err != nil {
		return err
	}
	defer lk.release()
	man, _, err := openManifest(dataDir)
	if err != nil {
		return err
	}
	defer man.close()
	var es []Entry
	for _, f := range damaged {
		e, ok := man.get(f.Path)
		if !ok {
			continue
		}
		if err := os.Remove(recordFile(dataDir, e.SHA256)); err != nil && !os.IsNotExist(err) {
			return err
		}
		e.Version = ""
		es = append(es, e)
	}
	if err := man.apply(es); err != nil {
		return err
	}
	return man.commit()
}

// PathLister is the read side of a Store.
type PathLister interface {
	Paths(ctx context.Context) ([]string, error)
}

// ErrIncomplete marks a store that lacks files the manifest lists as
// indexed. The manifest never claims more than the stores hold, crash or
// not, so only damage (or a store removed by hand) does this.
var ErrIncomplete = errors.New("store lacks indexed files")

// CheckHolds compares the paths a store holds with the files the manifest
// of dataDir lists as indexed: a store that lacks some (a segment Bleve
// could not load, rows lost) gives an error wrapping ErrIncomplete. Paths
// it holds beyond the manifest are what a crash can leave; reconciliation
// removes them.
func CheckHolds(ctx context.Context, dataDir string, s PathLister) error {
	entries, _, err := readManifest(dataDir)
	if err != nil {
		return fmt.Errorf("reading the manifest: %w", err)
	}
	return checkHolds(ctx, entries, s)
}

func checkHolds(ctx context.Context, entries map[string]*Entry, s PathLister) error {
	paths, err := s.Paths(ctx)
	if err != nil {
		return fmt.Errorf("listing what it holds: %w", err)
	}
	held := make(map[string]bool, len(paths))
	for _, p := range paths {
		held[p] = true
	}
	missing, indexed := 0, 0
	for p, e := range entries {
		if e.Status == StatusOK {
			indexed++
			if !held[p] {
				missing++
			}
		}
	}
	if missing > 0 {
		return fmt.Errorf("%w: %d of %d", ErrIncomplete, missing, indexed)
	}
	return nil
}
