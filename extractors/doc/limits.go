package doc

import (
	"errors"
	"fmt"
	"unicode/utf8"
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
	// MaxText caps the text kept per document, in bytes. Unlike the other
	// limits it does not fail the file: readers stop reading once their
	// blocks hold this much and the document carries TextCut's warning.
	MaxText int64
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
	MaxText:         2 << 20,
}

// TextCut is the warning of a document whose text was cut at max bytes
// (Limits.MaxText).
func TextCut(max int64) string {
	return fmt.Sprintf("text cut at %d bytes (the limit of text kept per document, MaxText): the rest is not read", max)
}

// CapText keeps the blocks whose text fits in max bytes, the last one cut
// at a character boundary; cut reports whether anything was left out.
// Table cells of a cut row are dropped with the rest of the row's text.
func CapText(bs []Block, max int64) (kept []Block, cut bool) {
	var n int64
	for i, b := range bs {
		if n+int64(len(b.Text)) <= max {
			n += int64(len(b.Text))
			continue
		}
		b.Text, b.Cells = ClipUTF8(b.Text, int(max-n)), nil
		if b.Text == "" {
			return bs[:i], true
		}
		return append(bs[:i:i], b), true
	}
	return bs, false
}

// ClipUTF8 is the longest prefix of s of at most n bytes that does not end
// inside a UTF-8 sequence.
func ClipUTF8(s string, n int) string {
	if n >= len(s) {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
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
