package doc

import (
	"errors"
	"fmt"
)

// Limits caps what a reader may spend on one file. Readers check them as they
// go and return an error wrapping ErrLimit when one is exceeded.
type Limits struct {
	MaxFileSize     int64 // bytes of the file itself
	MaxZipEntries   int   // entries in a ZIP container
	MaxUncompressed int64 // total uncompressed bytes read from a container or stream
	MaxRatio        int64 // uncompressed/compressed ratio of one ZIP entry (ZIP bombs)
	MaxXMLDepth     int   // element nesting
	MaxPages        int   // pages or slides
	MaxBlocks       int   // blocks in the output
}

// DefaultLimits are generous for real governance documents and small enough
// to keep a worker's memory bounded.
var DefaultLimits = Limits{
	MaxFileSize:     256 << 20,
	MaxZipEntries:   10000,
	MaxUncompressed: 512 << 20,
	MaxRatio:        200,
	MaxXMLDepth:     256,
	MaxPages:        5000,
	MaxBlocks:       1_000_000,
}

// Errors readers wrap so that callers can tell causes apart.
var (
	ErrLimit       = errors.New("limit exceeded")
	ErrEncrypted   = errors.New("encrypted document")
	ErrNoText      = errors.New("no text layer — scanned document?")
	ErrUnsupported = errors.New("unsupported format")
	ErrCorrupt     = errors.New("corrupt document")
)

// ExtractError names the file and, where known, the page and byte offset at
// which reading failed.
type ExtractError struct {
	Path   string
	Page   int   // 0 when unknown
	Offset int64 // -1 when unknown
	Err    error
}

func (e *ExtractError) Error() string {
	s := e.Path
	if e.Page > 0 {
		s += fmt.Sprintf(": page %d", e.Page)
	}
	if e.Offset >= 0 {
		s += fmt.Sprintf(": offset %d", e.Offset)
	}
	return s + ": " + e.Err.Error()
}

func (e *ExtractError) Unwrap() error { return e.Err }
