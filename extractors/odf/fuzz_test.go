package odf

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func FuzzReadODF(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.od[tp]"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add(buildODT(f, testStyles, `<text:list text:style-name="L1"><text:list-item><text:p>a<text:s text:c="3"/></text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>`))
	f.Add(buildODP(f, `<draw:page><draw:frame presentation:class="title" svg:y="1cm"><draw:text-box><text:p>T</text:p></draw:text-box></draw:frame></draw:page>`))
	lim := doc.Limits{MaxFileSize: 1 << 20, MaxZipEntries: 100, MaxUncompressed: 8 << 20, MaxRatio: 100, MaxXMLDepth: 64, MaxPages: 100, MaxBlocks: 10000}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)), lim)
		if err != nil {
			return
		}
		for _, b := range d.Blocks {
			if b.Kind == doc.TableRow && b.Text != strings.Join(b.Cells, " | ") {
				t.Fatalf("row text %q does not join its cells %q", b.Text, b.Cells)
			}
			if b.Page < 0 || (d.Pages > 0 && b.Page > d.Pages) {
				t.Fatalf("page %d of %d", b.Page, d.Pages)
			}
		}
	})
}
