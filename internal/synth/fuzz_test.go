package synth

import (
	"bytes"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// FuzzWritePDF writes any line of text in every text mode and reads it back
// with ledongthuc/pdf: what WinAnsiEncoding can hold must survive, the rest
// becomes '?'.
func FuzzWritePDF(f *testing.F) {
	for _, s := range append(samplePDFLines, "", "(((", `\)`, "tab\there", "€ ‰ ™ ½ ÿ", "日本") {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, mode uint8) {
		d := PDF{Mode: TextMode(mode % 3), Pages: []Page{{a4W, a4H, []Line{{X: 56, Y: 700, Size: 10, Text: s}}}}}
		var b bytes.Buffer
		if err := WritePDF(&b, d); err != nil {
			t.Fatal(err)
		}
		got, want := pdfText(t, b.Bytes()), winAnsiOnly(s)
		if d.Mode == TextGaps {
			got, want = compact(got), compact(want)
		}
		if squash(got) != squash(want) {
			t.Errorf("read %q, want %q", squash(got), squash(want))
		}
	})
}

// winAnsiOnly is s with the runes WinAnsiEncoding lacks replaced by '?'.
func winAnsiOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if _, ok := winAnsi(r); ok {
			return r
		}
		return '?'
	}, s)
}

// FuzzWriteContainers writes any text as title, heading, paragraph and
// point of a DOCX and an ODT: every XML part must stay well-formed and the
// text must come back, with characters XML forbids replaced by U+FFFD.
func FuzzWriteContainers(f *testing.F) {
	for _, s := range append(samplePDFLines, "", "<w:p>&amp;", "a\x00b\x1fc", "\xff\xfe", " lead  and trail ") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := Meeting{Kind: doc.KindPresentation, Layout: LayoutSlides, Lang: "nb", Title: s,
			Sections: []Section{{Heading: s}, {Heading: s, Paras: []string{s}, Bullets: []string{s}}}}
		want := strings.Repeat(xmlSafe(s)+"\n", 4)
		for _, format := range []string{"docx", "odt"} {
			var b bytes.Buffer
			if err := Write(&b, m, format); err != nil {
				t.Fatal(err)
			}
			if got := documentText(t, format, b.Bytes()); got != want {
				t.Errorf("%s: read %q, want %q", format, got, want)
			}
		}
	})
}

// xmlSafe replaces what XML 1.0 cannot hold (and invalid UTF-8) by U+FFFD.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == 0x09 || r == 0x0A || r == 0x0D, r >= 0x20 && r <= 0xD7FF && r != 0xFFFD,
			r >= 0xE000 && r < 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return 0xFFFD
	}, s)
}
