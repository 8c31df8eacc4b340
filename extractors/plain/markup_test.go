package plain

import (
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestMarkdownLeftovers reads what site generators and Markdown dialects
// leave in a page, with the look-alikes that must stay text.
func TestMarkdownLeftovers(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"front matter with lists and blank lines", "---\nlayout: referat\n\ntitle: 4. mai 2012\ntags:\n    - dugnad\n    - budsjett\n---\n\nTekst",
			"paragraph/0/0:Tekst\n"},
		{"a rule later is no front matter", "Tekst\n\n---\ntitle: x\n---\n", "paragraph/0/0:Tekst\nheading/2/0:title: x\n"},
		{"liquid page field filled", "---\ntitle: 2023-05-02 Referat\n---\n# {{ page.title }}\n\nSe {{ site.url }} og {% include x.html %}.",
			"heading/1/0:2023-05-02 Referat\nparagraph/0/0:Se  og .\n"},
		{"liquid without front matter dropped", "# {{ page.title }}\n\nTekst", "paragraph/0/0:Tekst\n"},
		{"kramdown toc dropped", "* toc\n{:toc}\n\nFremmøte\n--------\n\nTekst {: .note}", "heading/2/0:Fremmøte\nparagraph/0/0:Tekst\n"},
		{"attribute list keeps the block before it", "Viktig\n{: .alert}\n\nTekst", "paragraph/0/0:Viktig\nparagraph/0/0:Tekst\n"},
		{"definition list", "### Til stede\n\n1\\. trinn\n: Kari Nordmann\n: Ola Hansen\n\nSFO\n: Per Olsen",
			"heading/3/0:Til stede\nparagraph/0/0:1. trinn\nparagraph/0/0:Kari Nordmann\nparagraph/0/0:Ola Hansen\nparagraph/0/0:SFO\nparagraph/0/0:Per Olsen\n"},
		{"single emphasis, spans that touch", "_Referat for styremøte kl_ _09:15_ _på Rommet_\n\n*Tid: kl. 18 – 20*",
			"paragraph/0/0:Referat for styremøte kl 09:15 på Rommet\nparagraph/0/0:Tid: kl. 18 – 20\n"},
		{"inline HTML", "Møte <b>i dag</b> kl. 18<br>i <span class=\"x\">Kirken</span>", "paragraph/0/0:Møte i dag kl. 18\ni Kirken\n"},
		{"comparisons and autolinks are no HTML", "a < b og c > d, se <https://x.no>", "paragraph/0/0:a < b og c > d, se <https://x.no>\n"},
		{"marks inside words and sums stay", "fil_navn_her og 5 * 3 * 2 og *halv_", "paragraph/0/0:fil_navn_her og 5 * 3 * 2 og *halv_\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(read(t, tt.in, true).Blocks); got != tt.want {
				t.Fatalf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestFrontMatterMeta(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want doc.Meta
	}{
		{"title, date and author", "---\ntitle: 'Styremøte'\ndate: 2019-01-17\nauthor: \"kari\"\n---\nx", doc.Meta{Title: "Styremøte", Date: "2019-01-17", Author: "kari"}},
		{"liquid title is no title", "---\ntitle: \"{{ site.name }}\"\n---\nx", doc.Meta{}},
		{"nested fields are not top-level", "---\nseo:\n  title: Annet\n---\nx", doc.Meta{}},
		{"unclosed block is text", "---\ntitle: Styremøte\nx", doc.Meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := read(t, tt.in, true).Meta; got != tt.want {
				t.Fatalf("meta = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestReadWiki(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"headings, breaks and items", "Tid: 16. mai 2008<br>\nSted: Personalrommet\n\n==Til stede:==\n* 1. trinn - Kari Nordmann\n\n=== Sak om '''trafikk''' ===\nTekst med ''kursiv'' og [[Side|lenke]].",
			"paragraph/0/0:Tid: 16. mai 2008\nSted: Personalrommet\nheading/2/0:Til stede:\nitem/0/0:1. trinn - Kari Nordmann\nheading/3/0:Sak om trafikk\nparagraph/0/0:Tekst med kursiv og lenke.\n"},
		{"break inside a line", "a<br/>b<BR />c\n\n== H ==", "paragraph/0/0:a\nb\nc\nheading/2/0:H\n"},
		{"underlined heading", "FAU MØTE 8. FEBRUAR\n-------------------\n\nTekst", "heading/2/0:FAU MØTE 8. FEBRUAR\nparagraph/0/0:Tekst\n"},
		{"a rule under a long paragraph stays text", "Dette er en lang setning\nover to linjer\n---", "paragraph/0/0:Dette er en lang setning\nover to linjer\n---\n"},
		{"plain text keeps quotes and equals", "Han sa ''ja''.\n\n==========\n\na == b", "paragraph/0/0:Han sa ''ja''.\nparagraph/0/0:==========\nparagraph/0/0:a == b\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(read(t, tt.in, false).Blocks); got != tt.want {
				t.Fatalf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
	if got := summary(read(t, "== H ==\n\n'''x'''", true).Blocks); got != "paragraph/0/0:== H ==\nparagraph/0/0:'''x'''\n" {
		t.Fatalf("wiki markup read in Markdown:\n%s", got)
	}
}
