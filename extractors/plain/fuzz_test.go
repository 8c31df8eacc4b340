package plain

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func FuzzReadPlain(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/answers/gt/*.txt")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data, true)
			f.Add(data, false)
		}
	}
	f.Add([]byte("# T\n\n- a\n  - b\n| x | y |\n|--|--|\n```\ncode\n```\n\f\xff"), true)
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		d, err := Read(context.Background(), bytes.NewReader(data), doc.Limits{MaxBlocks: 10000}, md)
		if err != nil {
			return
		}
		for _, b := range d.Blocks {
			if strings.TrimSpace(b.Text) == "" && b.Kind != doc.TableRow {
				t.Fatalf("empty %s block", b.Kind)
			}
			if b.Kind == doc.TableRow && b.Text != strings.Join(b.Cells, " | ") {
				t.Fatalf("row text %q does not join its cells %q", b.Text, b.Cells)
			}
		}
	})
}

// BenchmarkReadPlain reads the corpus source texts, repeated to 1 MB.
func BenchmarkReadPlain(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/answers/gt/*.txt")
	var buf bytes.Buffer
	for buf.Len() < 1<<20 {
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			buf.Write(data)
			buf.WriteString("\n\n")
		}
	}
	for _, md := range []bool{false, true} {
		name := map[bool]string{false: "txt", true: "md"}[md]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(context.Background(), bytes.NewReader(buf.Bytes()), doc.DefaultLimits, md); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzMarkup reads front matter, Liquid, kramdown and MediaWiki markup: the
// reader never fails on them, and what it strips never comes out as text.
func FuzzMarkup(f *testing.F) {
	f.Add("---\ntitle: 5. juni 2013\ntags:\n  - a\n---\n* toc\n{:toc}\n\nFremmøte\n---\n1\\. trinn\n: Kari\n", true)
	f.Add("---\ntitle: \"{{ x }}\"\n---\n# {{ page.title }}\n_a_ _b_ *c*", true)
	f.Add("Tid: 16. mai<br>\nSted: Rom\n==Til stede:==\n* Kari\n=== '''Sak''' ===\n''x'' [[a|b]]", false)
	f.Add("==\n= =\n<br><BR/>'''''''", false)
	f.Fuzz(func(t *testing.T, text string, md bool) {
		d, err := Read(context.Background(), strings.NewReader(text), doc.Limits{MaxBlocks: 10000}, md)
		if err != nil {
			return
		}
		wiki := !md && isWiki(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text))
		if strings.Contains(d.Meta.Title, "{{") {
			t.Fatalf("Liquid in the title %q", d.Meta.Title)
		}
		for _, b := range d.Blocks {
			if strings.TrimSpace(b.Text) == "" && b.Kind != doc.TableRow {
				t.Fatalf("empty %s block", b.Kind)
			}
			if wiki && b.Kind != doc.TableRow && strings.Contains(b.Text, "''") {
				t.Fatalf("wiki markup left in %q", b.Text)
			}
		}
	})
}
