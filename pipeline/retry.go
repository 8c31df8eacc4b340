package pipeline

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// Retry clears the failure count of the failing files at or under paths,
// or of every failing file when all is set, so that the next run extracts
// them again: quarantine ends without the file having to change. It
// returns the paths cleared, sorted. A path with no failing file under it
// is an error, and then nothing is cleared. Retry takes the data
// directory's lock.
func Retry(dataDir string, paths []string, all bool) ([]string, error) {
	lk, err := acquireLock(dataDir)
	if err != nil {
		return nil, err
	}
	defer lk.release()
	man, _, err := openManifest(dataDir)
	if err != nil {
		return nil, err
	}
	defer man.close()
	targets := resolveTargets(paths)
	matched := make([]bool, len(targets))
	var cleared []Entry
	man.each(func(e *Entry) {
		if e.Status != StatusFailed || e.Failures == 0 {
			return
		}
		hit := all
		for i, t := range targets {
			if under(e.Path, t) {
				hit, matched[i] = true, true
			}
		}
		if hit {
			c := *e
			c.Failures = 0
			cleared = append(cleared, c)
		}
	})
	if i := slices.Index(matched, false); i >= 0 {
		return nil, fmt.Errorf("%s: no failing or quarantined file there", paths[i])
	}
	if err := man.apply(cleared); err != nil {
		return nil, err
	}
	if err := man.commit(); err != nil {
		return nil, err
	}
	out := make([]string, len(cleared))
	for i, e := range cleared {
		out[i] = e.Path
	}
	slices.Sort(out)
	return out, nil
}

// resolveTargets spells paths as the manifest does: absolute, with
// symbolic links resolved where the path still exists.
func resolveTargets(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = p
		}
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		out[i] = strings.TrimSuffix(abs, string(filepath.Separator))
		if out[i] == "" {
			out[i] = string(filepath.Separator)
		}
	}
	return out
}
