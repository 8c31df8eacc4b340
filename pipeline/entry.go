package pipeline

import (
	"encoding/json"
	"time"
	"unicode/utf8"
)

// Status values of a manifest Entry.
const (
	StatusOK     = "ok"
	StatusFailed = "failed"
)

// Entry is what the manifest knows about one file.
type Entry struct {
	Path     string    `json:"path,omitempty"`
	RawPath  []byte    `json:"raw_path,omitempty"` // the path when it is not valid UTF-8
	Size     int64     `json:"size"`
	MTime    int64     `json:"mtime"` // Unix nanoseconds
	Inode    uint64    `json:"inode,omitempty"`
	SHA256   string    `json:"sha256,omitempty"`
	Version  string    `json:"version,omitempty"` // output key: extractor version and limits
	Status   string    `json:"status,omitempty"`
	Reason   string    `json:"reason,omitempty"`   // why the last attempt failed
	Failures int       `json:"failures,omitempty"` // consecutive failures on this content
	Attempt  time.Time `json:"attempt"`            // last extraction attempt
	Format   string    `json:"format,omitempty"`
	Kind     string    `json:"kind,omitempty"`
	Deleted  bool      `json:"deleted,omitempty"` // journal only: the path is gone
}

// marshalLine encodes e as one JSON line. JSON would replace the bytes of
// a path that is not UTF-8, so such a path travels in RawPath.
func (e Entry) marshalLine() ([]byte, error) {
	if !utf8.ValidString(e.Path) {
		e.RawPath, e.Path = []byte(e.Path), ""
	}
	b, err := json.Marshal(e)
	return append(b, '\n'), err
}

// unmarshalEntry decodes one line written by marshalLine.
func unmarshalEntry(line []byte) (*Entry, error) {
	e := new(Entry)
	if err := json.Unmarshal(line, e); err != nil {
		return nil, err
	}
	if e.RawPath != nil {
		e.Path, e.RawPath = string(e.RawPath), nil
	}
	return e, nil
}

// stat is the part of an Entry the walk compares to decide whether a file
// changed without reading it.
func (e *Entry) stat() fileStat { return fileStat{Size: e.Size, MTime: e.MTime, Inode: e.Inode} }

// quarantined reports whether e has failed too often to be retried while
// the file stays as it is.
func (e *Entry) quarantined(max int) bool { return e.Status == StatusFailed && e.Failures >= max }
