package plain

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func read(t testing.TB, text string, md bool) *doc.Document {
	t.Helper()
	d, err := Read(context.Background(), strings.NewReader(text), doc.DefaultLimits, md)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func summary(bs []doc.Block) string {
	var sb strings.Builder
	for _, b := range bs {
		fmt.Fprintf(&sb, "%s/%d/%d:%s\n", b.Kind, b.Level, b.Page, b.Text)
	}
	return sb.String()
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"paragraphs on blank lines", "Referat fra møte\ni styret\n\n\nVedtak: godkjent\n", "paragraph/0/0:Referat fra møte\ni styret\nparagraph/0/0:Vedtak: godkjent\n"},
		{"crlf and cr", "a\r\nb\r\rc", "paragraph/0/0:a\nb\nparagraph/0/0:c\n"},
		{"bullets stripped, numbers kept", "- en\n* to\n• tre\n1. fire\n2) fem\na) seks", "item/0/0:en\nitem/0/0:to\nitem/0/0:tre\nitem/0/0:1. fire\nitem/0/0:2) fem\nitem/0/0:a) seks\n"},
		{"nested items", "- en\n  - under\n    - underunder\n- to", "item/0/0:en\nitem/1/0:under\nitem/2/0:underunder\nitem/0/0:to\n"},
		{"continuation line joins the item", "- en lang\nlinje\n\netter", "item/0/0:en lang\nlinje\nparagraph/0/0:etter\n"},
		{"date line keeps its paragraph", "Møtet ble holdt\n15. oktober 2025 i Oslo.", "paragraph/0/0:Møtet ble holdt\n15. oktober 2025 i Oslo.\n"},
		{"form feed pages", "side en\fside to", "paragraph/0/1:side en\nparagraph/0/2:side to\n"},
		{"tab-separated lines are table rows", "Deltakere\nNavn\tVirksomhet\nKari Nordmann\tKS\t\nslutt", "paragraph/0/0:Deltakere\nrow/0/0:Navn | Virksomhet\nrow/0/0:Kari Nordmann | KS\nparagraph/0/0:slutt\n"},
		{"one filled cell is no table", "Vedtak:\t\nGodkjent", "paragraph/0/0:Vedtak:\nGodkjent\n"},
		{"hashes are text", "# ikke overskrift", "paragraph/0/0:# ikke overskrift\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := read(t, tt.in, false)
			if got := summary(d.Blocks); got != tt.want {
				t.Fatalf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
			if d.Format != "txt" {
				t.Fatalf("format %q", d.Format)
			}
		})
	}
}

func TestReadMarkdown(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"atx headings", "# Referat #\n## Sak 1/25\n###### Dypt", "heading/1/0:Referat\nheading/2/0:Sak 1/25\nheading/6/0:Dypt\n"},
		{"setext headings", "Referat\n=======\nSaksliste\n---\ntekst", "heading/1/0:Referat\nheading/2/0:Saksliste\nparagraph/0/0:tekst\n"},
		{"inline syntax stripped", "**Vedtak:** se [lenke](https://x.no) og `kode`", "paragraph/0/0:Vedtak: se lenke og kode\n"},
		{"fenced code kept as written", "```\n- ikke liste\n# ikke tittel\n```", "paragraph/0/0:- ikke liste\n# ikke tittel\n"},
		{"pipe table", "| Navn | Rolle |\n|---|:--:|\n| Kari | **Leder** |", "row/0/0:Navn | Rolle\nrow/0/0:Kari | Leder\n"},
		{"block quote", "> sitat\n> videre", "paragraph/0/0:sitat\nvidere\n"},
		{"thematic break", "a\n\n***\n\nb", "paragraph/0/0:a\nparagraph/0/0:b\n"},
		{"front matter title", "---\ntitle: \"Møtereferat\"\ndate: 2025-01-01\n---\nTekst", "paragraph/0/0:Tekst\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := read(t, tt.in, true)
			if got := summary(d.Blocks); got != tt.want {
				t.Fatalf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
	if d := read(t, "---\ntitle: Møtereferat\n---\nx", true); d.Meta.Title != "Møtereferat" || d.Format != "md" {
		t.Fatalf("front matter: %+v", d)
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8", []byte("Møte på Ås"), "Møte på Ås"},
		{"utf-8 bom", []byte("\xEF\xBB\xBFMøte"), "Møte"},
		{"windows-1252", []byte("M\xf8te \x96 p\xe5 \x80"), "Møte – på €"},
		{"utf-16le bom", []byte("\xFF\xFEM\x00\xF8\x00"), "Mø"},
		{"utf-16be bom", []byte("\xFE\xFF\x00M\x00\xF8"), "Mø"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode(tt.in)
			if err != nil || got != tt.want {
				t.Fatalf("decode = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		lim  doc.Limits
		want error
	}{
		{"too large", strings.Repeat("x", 100), doc.Limits{MaxFileSize: 50}, doc.ErrLimit},
		{"too many blocks", strings.Repeat("x\n\n", 20), doc.Limits{MaxBlocks: 10}, doc.ErrLimit},
		{"too many pages", strings.Repeat("x\f", 20), doc.Limits{MaxPages: 10}, doc.ErrLimit},
		{"empty", "", doc.Limits{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), strings.NewReader(tt.in), tt.lim, false)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("Read: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestTextCut(t *testing.T) {
	utf16 := "\xff\xfe" + "a\x00\n\x00b\x00c\x00"
	tests := []struct {
		name   string
		in     string
		max    int64
		blocks []string
	}{
		{"after the last line break", "første\nandre linje\ntredje", 20, []string{"første\nandre linje"}},
		{"within a line, before a character", "abcæøå", 6, []string{"abcæ"}},
		{"UTF-16 at a whole code unit", utf16, 9, []string{"a\nb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read(context.Background(), strings.NewReader(tt.in), doc.Limits{MaxText: tt.max}, false)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range d.Blocks {
				got = append(got, b.Text)
			}
			if strings.Join(got, "¶") != strings.Join(tt.blocks, "¶") {
				t.Errorf("blocks %q, want %q", got, tt.blocks)
			}
			if len(d.Warnings) != 1 || d.Warnings[0] != doc.TextCut(tt.max) {
				t.Errorf("warnings %q, want the cut's", d.Warnings)
			}
		})
	}
}
