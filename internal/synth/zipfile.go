package synth

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"time"
)

// zipEntry is one member of a ZIP container.
type zipEntry struct {
	name  string
	data  []byte
	store bool // stored uncompressed (ODF's mimetype must be)
}

// writeZip writes entries in order, all stamped with mod so that the output
// is a function of the input.
func writeZip(w io.Writer, mod time.Time, entries ...zipEntry) error {
	zw := zip.NewWriter(w)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mod}
		if e.store {
			h.Method = zip.Store
		}
		f, err := zw.CreateHeader(h)
		if err != nil {
			return fmt.Errorf("adding %s: %w", e.name, err)
		}
		if _, err := f.Write(e.data); err != nil {
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
