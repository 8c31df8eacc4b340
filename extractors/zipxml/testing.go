package zipxml

import (
	"archive/zip"
	"bytes"
	"testing"
)

// BuildZip returns a ZIP holding the given parts, name and content
// alternating, in that order. "mimetype" is stored uncompressed, as ODF
// requires; the rest is deflated. For tests.
func BuildZip(tb testing.TB, nameContent ...string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(nameContent); i += 2 {
		method := zip.Deflate
		if nameContent[i] == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: nameContent[i], Method: method})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(nameContent[i+1])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
