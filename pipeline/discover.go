package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// discover walks the roots and sends on a job for every file that needs
// work. When the walk is over it sends the manifest entries whose files
// vanished.
func (r *run) discover(ctx context.Context, out chan<- *job, vanished chan<- []Entry) error {
	defer close(out)
	start := time.Now()
	var blocked time.Duration
	seen := map[string]struct{}{}
	var unreadable []string
	visit := func(p string, fi fs.FileInfo) error {
		if _, dup := seen[p]; dup {
			return nil // overlapping roots
		}
		seen[p] = struct{}{}
		r.t.found.Add(1)
		j := r.classify(p, statOf(fi))
		if j == nil {
			r.t.done.Add(1)
			return nil
		}
		t := time.Now()
		defer func() { blocked += time.Since(t) }()
		return send(ctx, out, j)
	}
	problem := func(p string, err error) {
		unreadable = append(unreadable, p)
		r.t.fail(p, fmt.Sprintf("cannot read: %v", err), 0)
	}
	warned := map[string]bool{}
	skipped := func(p, why string) {
		if !warned[p] { // overlapping roots
			warned[p] = true
			r.t.warn(fmt.Sprintf("%s: not indexed: %s", p, why))
		}
	}
	for _, root := range r.roots {
		if err := walkRoot(ctx, root, visit, problem, skipped); err != nil {
			return err
		}
	}
	v := r.vanished(seen, unreadable)
	r.t.busy[stageDiscover].Add(int64(time.Since(start) - blocked))
	return send(ctx, vanished, v)
}

// classify decides what a file needs; nil means nothing. A file whose
// size, mtime and inode match the manifest (and whose output key is
// current) is not read at all.
func (r *run) classify(path string, st fileStat) *job {
	prev, known := r.man.get(path)
	if known && prev.stat().same(st) && prev.Version == r.key {
		switch {
		case prev.Status == StatusOK:
			r.t.count(func(c *Counts) { c.Unchanged++ })
			return nil
		case prev.quarantined(r.cfg.MaxFailures):
			r.t.quarantine(&prev)
			return nil
		}
	}
	j := &job{path: path, st: st}
	if known {
		j.prev = &prev
		j.sha = prev.SHA256 // kept for the failure count if the file is refused unread
	}
	if err := checkSize(path, st.Size, r.cfg.Options.Limits); err != nil {
		j.err = err
	}
	return j
}

// checkSize refuses a file above Limits.MaxFileSize before it is read.
func checkSize(path string, size int64, lim doc.Limits) error {
	if lim.MaxFileSize > 0 && size > lim.MaxFileSize {
		return &doc.ExtractError{Path: path, Offset: -1,
			Err: fmt.Errorf("file is %d bytes, above the limit of %d: %w", size, lim.MaxFileSize, doc.ErrLimit)}
	}
	return nil
}

// vanished lists the entries under the roots that the walk did not meet,
// leaving alone those under directories it could not read.
func (r *run) vanished(seen map[string]struct{}, unreadable []string) []Entry {
	var out []Entry
	r.man.each(func(e *Entry) {
		if _, ok := seen[e.Path]; ok || !underAny(e.Path, r.roots) || underAny(e.Path, unreadable) {
			return
		}
		out = append(out, *e)
	})
	return out
}

func underAny(path string, roots []string) bool {
	for _, root := range roots {
		if under(path, root) {
			return true
		}
	}
	return false
}
