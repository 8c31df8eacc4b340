package pipeline

import "fmt"

// DefaultMaxDeleteShare is the share of a root's known files that may
// vanish in one run before the run holds its deletions.
const DefaultMaxDeleteShare = 0.5

// massDeleteMin is how many files must vanish from a root before the share
// counts: deleting a few files of a small folder is ordinary work. A root
// that loses every file it had is held whatever their number.
const massDeleteMin = 10

// census counts the manifest's files under each root before the run.
func (r *run) census() map[string]int {
	known := make(map[string]int, len(r.roots))
	r.man.each(func(e *Entry) {
		for _, root := range r.roots {
			if under(e.Path, root) {
				known[root]++
				return
			}
		}
	})
	return known
}

// holdDeletes says, one reason per root, why the vanished files must not
// be deleted: their root emptied (an unmounted share, a wrong folder) or
// lost more than MaxDeleteShare of its files. Files whose content reappeared
// under a new path are renames, not losses. Nil means delete.
func (r *run) holdDeletes(gone []Entry, renamed func(Entry) bool) []string {
	if r.cfg.AllowMassDelete {
		return nil
	}
	lost := map[string]int{}
	for _, e := range gone {
		if renamed(e) {
			continue
		}
		for _, root := range r.roots {
			if under(e.Path, root) {
				lost[root]++
				break
			}
		}
	}
	var reasons []string
	for _, root := range r.roots {
		n, known := lost[root], r.known[root]
		switch {
		case n == 0:
		case n == known:
			reasons = append(reasons, fmt.Sprintf("%s: all %d indexed files vanished (an empty or unmounted folder?)", root, n))
		case n >= massDeleteMin && float64(n) > r.cfg.MaxDeleteShare*float64(known):
			reasons = append(reasons, fmt.Sprintf("%s: %d of %d indexed files vanished at once (over %.0f%%)", root, n, known, 100*r.cfg.MaxDeleteShare))
		}
	}
	return reasons
}
