// Package ziptest holds helpers for the tests of the packages that read
// ZIP packages (odf, ooxml): building packages, fuzz seeds, golden files.
// Only tests import it, so that "testing" stays out of the binary.
package ziptest

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// ReadFunc is the shape of the package readers (odf.Read, ooxml.ReadDOCX).
type ReadFunc func(ctx context.Context, r io.ReaderAt, size int64, lim doc.Limits) (*doc.Document, error)

// FuzzLimits keep fuzzing fast and memory bounded.
var FuzzLimits = doc.Limits{MaxFileSize: 1 << 20, MaxZipEntries: 100, MaxUncompressed: 8 << 20, MaxRatio: 100, MaxXMLDepth: 64, MaxPages: 100, MaxBlocks: 10000}

// BuildZip returns a ZIP holding the given parts, name and content
// alternating, in that order. "mimetype" is stored uncompressed, as ODF
// requires; the rest is deflated. For tests.
func BuildZip(tb testing.TB, nameContent ...string) []byte {
	tb.Helper()
	return buildZip(tb, zip.Deflate, nameContent)
}

// StoreZip is BuildZip storing every part uncompressed: for fuzz targets
// that build a package per input, where deflating (instrumented for
// coverage) cost twenty times the reading.
func StoreZip(tb testing.TB, nameContent ...string) []byte {
	tb.Helper()
	return buildZip(tb, zip.Store, nameContent)
}

func buildZip(tb testing.TB, compress uint16, nameContent []string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(nameContent); i += 2 {
		method := compress
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

// ReadTestFile returns the content of the file at path.
func ReadTestFile(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// ExternalFiles returns the files matching the patterns among other
// projects' test documents, in the folder $MOTEBOK_EXTERNAL names (make
// test-external sets it). It skips the test when there is none.
func ExternalFiles(tb testing.TB, patterns ...string) []string {
	tb.Helper()
	dir := os.Getenv("MOTEBOK_EXTERNAL")
	if dir == "" {
		tb.Skip("MOTEBOK_EXTERNAL names no folder of external test documents")
	}
	return Glob(tb, dir, patterns...)
}

// ReadBytes reads data with read within lim. For tests.
func ReadBytes(read ReadFunc, data []byte, lim doc.Limits) (*doc.Document, error) {
	return read(context.Background(), bytes.NewReader(data), int64(len(data)), lim)
}

// Glob returns the files matching the patterns under dir. For tests.
func Glob(tb testing.TB, dir string, patterns ...string) []string {
	tb.Helper()
	var files []string
	for _, p := range patterns {
		m, err := filepath.Glob(filepath.Join(dir, p))
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// SeedInner adds to the fuzz corpus, for each file matching pattern under
// dir, the XML between open and close in its part name: seeds for targets
// that fuzz one part's markup inside an otherwise valid package, which
// byte-level mutation of a compressed package rarely reaches.
func SeedInner(f *testing.F, dir, pattern, name, open, close string) {
	for _, p := range Glob(f, dir, pattern) {
		zr, err := zip.OpenReader(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, zf := range zr.File {
			if zf.Name != name {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				f.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				f.Fatal(err)
			}
			if _, rest, ok := strings.Cut(string(b), open); ok {
				inner, _, _ := strings.Cut(rest, close)
				f.Add(inner)
			}
		}
		zr.Close()
	}
}

// SeedCorpus adds the files matching pattern under dir to the fuzz corpus.
func SeedCorpus(f *testing.F, dir, pattern string) {
	for _, p := range Glob(f, dir, pattern) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// BenchRead benchmarks reading data with read within the default limits.
func BenchRead(b *testing.B, read ReadFunc, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadBytes(read, data, doc.DefaultLimits); err != nil {
			b.Fatal(err)
		}
	}
}

// Summary renders blocks as "kind/level/part:text" lines for comparison.
func Summary(bs []doc.Block) string {
	var sb strings.Builder
	for _, b := range bs {
		fmt.Fprintf(&sb, "%s/%d/%s:%s\n", b.Kind, b.Level, b.Part, b.Text)
	}
	return sb.String()
}

// CheckDocument fails on blocks that break the model's invariants.
func CheckDocument(tb testing.TB, d *doc.Document) {
	tb.Helper()
	for _, b := range d.Blocks {
		switch b.Kind {
		case doc.Heading, doc.Paragraph, doc.ListItem:
		case doc.TableRow:
			if b.Text != strings.Join(b.Cells, " | ") {
				tb.Fatalf("row text %q does not join its cells %q", b.Text, b.Cells)
			}
		default:
			tb.Fatalf("unknown kind %q", b.Kind)
		}
		if b.Page < 0 || (d.Pages > 0 && b.Page > d.Pages) {
			tb.Fatalf("page %d of %d", b.Page, d.Pages)
		}
	}
}

// CheckGolden compares d as indented JSON with the file golden, first
// rewriting the file when update is set.
func CheckGolden(tb testing.TB, golden string, d *doc.Document, update bool) {
	tb.Helper()
	got, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	if update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		tb.Fatal(err)
	}
	if string(bytes.TrimSpace(want)) != string(got) {
		tb.Errorf("blocks differ from %s; rerun with -update and review the diff", golden)
	}
}

// CheckTextCut reads data with read under each Limits.MaxText that wants
// holds and compares the blocks' texts with the ones it maps to. The
// document must warn of the cut (doc.TextCut) just when the limit is below
// whole, the limit under which nothing is cut.
func CheckTextCut(tb testing.TB, read ReadFunc, data []byte, whole int64, wants map[int64][]string) {
	tb.Helper()
	for limit, want := range wants {
		d, err := ReadBytes(read, data, doc.Limits{MaxText: limit})
		if err != nil {
			tb.Fatal(err)
		}
		var got []string
		for _, b := range d.Blocks {
			got = append(got, b.Text)
		}
		cut := slices.Contains(d.Warnings, doc.TextCut(limit))
		if !slices.Equal(got, want) || cut != (limit < whole) {
			tb.Errorf("MaxText %d: blocks %q, warnings %q; want %q", limit, got, d.Warnings, want)
		}
	}
}
