package zipxml

import (
	"errors"
	"fmt"
	"io"

	"github.com/motebok/motebok/extractors/doc"
)

// entryReader counts the bytes one entry expands to and stops at the limits.
type entryReader struct {
	rc    io.ReadCloser
	a     *Archive
	name  string
	n     int64 // bytes read from this entry
	allow int64 // bytes this entry may expand to
}

func (e *entryReader) Read(p []byte) (int, error) {
	n, err := e.rc.Read(p)
	e.n += int64(n)
	e.a.used += int64(n)
	switch {
	case e.n > e.allow:
		return n, fmt.Errorf("zip entry %q expands beyond %d bytes: %w", e.name, e.allow, doc.ErrLimit)
	case e.a.used > e.a.lim.MaxUncompressed:
		return n, fmt.Errorf("zip expands beyond %d bytes: %w", e.a.lim.MaxUncompressed, doc.ErrLimit)
	case err != nil && !errors.Is(err, io.EOF):
		return n, fmt.Errorf("zip entry %q: %v: %w", e.name, err, doc.ErrCorrupt)
	}
	return n, err
}

func (e *entryReader) Close() error { return e.rc.Close() }
