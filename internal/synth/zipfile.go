package synth

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"sync"
	"time"
)

// zipEntry is one member of a ZIP container.
type zipEntry struct {
	name  string
	data  []byte
	store bool // stored uncompressed (ODF's mimetype must be)
	fixed bool // the same in many files: compressed once and cached
}

// rawEntry is a member's compressed data with what its header needs.
type rawEntry struct {
	data        []byte
	crc         uint32
	size, csize uint64
}

// fixedEntries caches the compressed form of fixed members by content.
var fixedEntries sync.Map // string → rawEntry

// deflated compresses data once per distinct content.
func deflated(data []byte) rawEntry {
	if e, ok := fixedEntries.Load(string(data)); ok {
		return e.(rawEntry)
	}
	var b bytes.Buffer
	fw, _ := flate.NewWriter(&b, flate.DefaultCompression) // the level is valid
	fw.Write(data)                                         // writes to a bytes.Buffer never fail
	fw.Close()
	e := rawEntry{data: b.Bytes(), crc: crc32.ChecksumIEEE(data), size: uint64(len(data)), csize: uint64(b.Len())}
	fixedEntries.Store(string(data), e)
	return e
}

// writeZip writes entries in order, all stamped with mod so that the output
// is a function of the input.
func writeZip(w io.Writer, mod time.Time, entries ...zipEntry) error {
	zw := zip.NewWriter(w)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mod}
		create, data := zw.CreateHeader, e.data
		switch {
		case e.store:
			h.Method = zip.Store
		case e.fixed:
			raw := deflated(e.data)
			h.CRC32, h.UncompressedSize64, h.CompressedSize64 = raw.crc, raw.size, raw.csize
			create, data = zw.CreateRaw, raw.data
		}
		f, err := create(h)
		if err != nil {
			return fmt.Errorf("adding %s: %w", e.name, err)
		}
		if _, err := f.Write(data); err != nil {
			return fmt.Errorf("writing %s: %w", e.name, err)
		}
	}
	return zw.Close()
}

// escape appends s to b with XML's special characters escaped.
func escape(b *bytes.Buffer, s string) {
	xml.EscapeText(b, []byte(s)) // writes to a bytes.Buffer never fail
}

// xmlText is s escaped for XML.
func xmlText(s string) string {
	var b bytes.Buffer
	escape(&b, s)
	return b.String()
}
