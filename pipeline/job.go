package pipeline

import (
	"errors"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// job is one file on its way through the stages. Each stage fills in its
// part; a job with err, gone or touched set needs no further work.
type job struct {
	path     string
	st       fileStat // as read before hashing
	prev     *Entry   // the manifest's entry, nil for a new path
	sha      string
	looksPDF bool

	rec       *doc.Record
	err       error // why the file could not be indexed
	gone      bool  // vanished before it could be read
	touched   bool  // same content and output key as the manifest has: nothing to extract
	reused    bool  // record taken from the records directory
	extracted bool  // an extractor ran
}

// errChanged reports a file that changed while the run read it.
var errChanged = errors.New("file changed while being read; it will be read again next run")

// entry is the manifest entry the job leaves behind.
func (j *job) entry(key string, now time.Time) Entry {
	e := Entry{Path: j.path, Size: j.st.Size, MTime: j.st.MTime, Inode: j.st.Inode, SHA256: j.sha,
		Version: key, Attempt: now}
	switch {
	case j.touched:
		e.Status, e.Attempt, e.Format, e.Kind = StatusOK, j.prev.Attempt, j.prev.Format, j.prev.Kind
	case j.err != nil:
		e.Status, e.Reason, e.Failures = StatusFailed, j.err.Error(), j.failures(key)
	default:
		e.Status, e.Format, e.Kind = StatusOK, j.rec.Format, j.rec.Kind
	}
	return e
}

// failures counts consecutive failures on the same content, this one
// included unless the environment caused it: a change of content or output
// key starts again.
func (j *job) failures(key string) int {
	n := 0
	if p := j.prev; p != nil && p.Status == StatusFailed && p.SHA256 == j.sha && p.Version == key {
		n = p.Failures
	}
	if Environmental(j.err) {
		return n
	}
	return n + 1
}

// counter says which count a written job adds to.
func (j *job) counter(key string) func(c *Counts) {
	p := j.prev
	switch {
	case j.touched:
		return func(c *Counts) { c.Unchanged++ }
	case p == nil || p.Status != StatusOK:
		return func(c *Counts) { c.New++ }
	case p.SHA256 == j.sha && p.Version != key:
		return func(c *Counts) { c.Reextracted++ }
	}
	return func(c *Counts) { c.Changed++ }
}
