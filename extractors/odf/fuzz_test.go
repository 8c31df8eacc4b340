package odf

import (
	"testing"

	"github.com/motebok/motebok/internal/ziptest"
)

func FuzzReadODF(f *testing.F) {
	ziptest.SeedCorpus(f, corpusDir, "*.od[tp]")
	f.Add(buildODT(f, testStyles, `<text:list text:style-name="L1"><text:list-item><text:p>a<text:s text:c="3"/></text:p></text:list-item></text:list><table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>`))
	f.Add(buildODP(f, `<draw:page><draw:frame presentation:class="title" svg:y="1cm"><draw:text-box><text:p>T</text:p></draw:text-box></draw:frame></draw:page>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := ziptest.ReadBytes(Read, data, ziptest.FuzzLimits); err == nil {
			ziptest.CheckDocument(t, d)
		}
	})
}

// FuzzODTBody fuzzes the markup of office:text inside a valid package.
func FuzzODTBody(f *testing.F) {
	ziptest.SeedInner(f, corpusDir, "*.odt", "content.xml", "<office:text>", "</office:text>")
	f.Add(`<text:h text:outline-level="2">H</text:h><text:p>a<text:tab/>b<text:line-break/></text:p>`)
	f.Fuzz(func(t *testing.T, body string) {
		if d, err := ziptest.ReadBytes(Read, ziptest.StoreZip(t, odtParts(testStyles, body)...), ziptest.FuzzLimits); err == nil {
			ziptest.CheckDocument(t, d)
		}
	})
}
