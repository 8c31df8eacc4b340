package synth

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"testing"
)

// inflatesPast reads r and reports whether it yields more than n bytes.
func inflatesPast(t *testing.T, r io.Reader, n int64) bool {
	t.Helper()
	got, err := io.Copy(io.Discard, io.LimitReader(r, n+1))
	if err != nil {
		t.Fatalf("inflating: %v", err)
	}
	return got > n
}

func checkFlateBomb(t *testing.T, data []byte) {
	m := regexp.MustCompile(`/Length (\d+) /Filter /FlateDecode >>\nstream\n`).FindSubmatchIndex(data)
	if m == nil {
		t.Fatal("no Flate stream")
	}
	n, _ := strconv.Atoi(string(data[m[2]:m[3]]))
	z, err := zlib.NewReader(bytes.NewReader(data[m[1] : m[1]+n]))
	if err != nil {
		t.Fatal(err)
	}
	want := 1000 * int64(len(data))
	if testing.Short() {
		want = 64 << 20
	}
	if !inflatesPast(t, z, want) {
		t.Errorf("inflates to less than %d bytes", want)
	}
}

func checkZipBomb(t *testing.T, data []byte) {
	parts := readBombZip(t, data)
	f := parts["word/document.xml"]
	if ratio := f.UncompressedSize64 / f.CompressedSize64; ratio < 1000 {
		t.Errorf("ratio %d, want > 1000", ratio)
	}
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if !inflatesPast(t, rc, 256<<20) {
		t.Error("inflates to less than 256 MiB")
	}
}

func checkDepthBomb(t *testing.T, data []byte) {
	rc, err := readBombZip(t, data)["word/document.xml"].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	depth, deepest := 0, 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			deepest = max(deepest, depth)
		case xml.EndElement:
			depth--
		}
	}
	if deepest < 100_000 || depth != 0 {
		t.Errorf("deepest nesting %d, final depth %d", deepest, depth)
	}
}

// readBombZip opens a hostile DOCX's ZIP directory without reading members.
func readBombZip(t *testing.T, data []byte) map[string]*zip.File {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	if files["[Content_Types].xml"] == nil {
		t.Error("no [Content_Types].xml: would not sniff as DOCX")
	}
	return files
}

func TestZlibZeros(t *testing.T) {
	for _, mib := range []int{1, 2, 5} {
		t.Run(strconv.Itoa(mib), func(t *testing.T) {
			z, err := zlibZeros(mib)
			if err != nil {
				t.Fatal(err)
			}
			r, err := zlib.NewReader(bytes.NewReader(z))
			if err != nil {
				t.Fatal(err)
			}
			out, err := io.ReadAll(r) // checks the Adler-32 at the end
			if err != nil || len(out) != mib<<20 || bytes.ContainsFunc(out, func(r rune) bool { return r != 0 }) {
				t.Errorf("inflated %d bytes, err %v; want %d zeros", len(out), err, mib<<20)
			}
		})
	}
	if _, err := zlibZeros(0); err == nil {
		t.Error("no error for an empty bomb")
	}
}
