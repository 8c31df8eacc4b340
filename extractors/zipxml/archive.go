package zipxml

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// minEntryAllowance is what any entry may expand to regardless of the ratio
// limit: small parts legitimately compress very well.
const minEntryAllowance = 1 << 20

// Archive is a ZIP container opened with limits.
type Archive struct {
	zr    *zip.Reader
	lim   doc.Limits
	byKey map[string]*zip.File // lower-cased name → entry (OOXML names are case-insensitive)
	used  int64                // uncompressed bytes handed out so far
}

// Open reads the ZIP directory of r. It fails with doc.ErrLimit when the file
// or its entry count is too large and with doc.ErrCorrupt when r is not a ZIP.
func Open(r io.ReaderAt, size int64, lim doc.Limits) (*Archive, error) {
	lim = WithDefaults(lim)
	if size > lim.MaxFileSize {
		return nil, fmt.Errorf("zip of %d bytes: %w", size, doc.ErrLimit)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("opening zip: %v: %w", err, doc.ErrCorrupt)
	}
	if len(zr.File) > lim.MaxZipEntries {
		return nil, fmt.Errorf("zip has %d entries: %w", len(zr.File), doc.ErrLimit)
	}
	a := &Archive{zr: zr, lim: lim, byKey: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		key := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := a.byKey[key]; !dup {
			a.byKey[key] = f
		}
	}
	return a, nil
}

func (a *Archive) file(name string) *zip.File {
	return a.byKey[strings.ToLower(strings.TrimPrefix(name, "/"))]
}

// Open opens the entry called name for reading. A missing entry gives an
// error wrapping fs.ErrNotExist; an encrypted one doc.ErrEncrypted. Reads
// fail with doc.ErrLimit once the entry or the archive expands beyond its
// limits and with doc.ErrCorrupt when the data is damaged.
func (a *Archive) Open(name string) (io.ReadCloser, error) {
	f := a.file(name)
	if f == nil {
		return nil, fmt.Errorf("zip entry %q: %w", name, fs.ErrNotExist)
	}
	if f.Flags&0x1 != 0 {
		return nil, fmt.Errorf("zip entry %q: %w", name, doc.ErrEncrypted)
	}
	allow := max(a.lim.MaxRatio*int64(f.CompressedSize64), minEntryAllowance)
	if f.UncompressedSize64 > uint64(allow) {
		// The header owns up to a bomb: refuse before inflating anything.
		// Headers that lie are caught while reading.
		return nil, fmt.Errorf("zip entry %q declares %d bytes from %d compressed: %w",
			name, f.UncompressedSize64, f.CompressedSize64, doc.ErrLimit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("zip entry %q: %v: %w", name, err, doc.ErrCorrupt)
	}
	return &entryReader{rc: rc, a: a, name: name, allow: allow}, nil
}

// ReadAll reads the whole entry called name within the limits.
func (a *Archive) ReadAll(name string) ([]byte, error) {
	rc, err := a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// ReadPackage opens the ZIP package in r within lim and reads it with read;
// errors are prefixed with "reading " and the package's kind.
func ReadPackage(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits, kind string,
	read func(context.Context, *Archive) (*doc.Document, error)) (*doc.Document, error) {
	a, err := Open(r, size, lim)
	var d *doc.Document
	if err == nil {
		d, err = read(ctx, a)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", kind, err)
	}
	return d, nil
}
