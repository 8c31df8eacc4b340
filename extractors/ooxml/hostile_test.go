package ooxml

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/zipxml"
)

func TestHostile(t *testing.T) {
	corpus := zipxml.ReadTestFile(t, filepath.Join(corpusDir, "referat-styringsgruppen-2025-09-16.docx"))
	bomb := wp("", `<w:r><w:t>`+strings.Repeat(" ", 8<<20)+`</w:t></w:r>`)
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 300) + wp("", wr("x")) + strings.Repeat("</w:sdtContent></w:sdt>", 300)
	many := make([]string, 0, 40)
	for i := range 20 {
		many = append(many, "word/media/x"+string(rune('a'+i)), "x")
	}
	tests := []struct {
		name string
		data []byte
		lim  doc.Limits
		want error
	}{
		{"empty file", nil, doc.DefaultLimits, doc.ErrCorrupt},
		{"truncated", corpus[:len(corpus)/2], doc.DefaultLimits, doc.ErrCorrupt},
		{"not a zip", []byte("PK\x03\x04 not really"), doc.DefaultLimits, doc.ErrCorrupt},
		{"zip bomb", buildDOCX(t, bomb), doc.DefaultLimits, doc.ErrLimit},
		{"xml depth bomb", buildDOCX(t, deep), doc.DefaultLimits, doc.ErrLimit},
		{"too many entries", buildDOCX(t, wp("", wr("x")), many...), doc.Limits{MaxZipEntries: 10}, doc.ErrLimit},
		{"too many blocks", buildDOCX(t, strings.Repeat(wp("", wr("x")), 20)), doc.Limits{MaxBlocks: 10}, doc.ErrLimit},
		{"no main part", zipxml.BuildZip(t, "a.txt", "x"), doc.DefaultLimits, doc.ErrCorrupt},
		{"broken document xml", zipxml.BuildZip(t, "word/document.xml", "<w:document><w:body><w:p>"), doc.DefaultLimits, doc.ErrCorrupt},
		{"presentation given as docx", zipxml.BuildZip(t, "word/document.xml", `<p:presentation xmlns:p="x"/>`), doc.DefaultLimits, doc.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := zipxml.ReadBytes(ReadDOCX, tt.data, tt.lim)
			if !errors.Is(err, tt.want) {
				t.Fatalf("ReadDOCX: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := buildDOCX(t, strings.Repeat(wp("", wr("x")), 200))
	if _, err := ReadDOCX(ctx, bytes.NewReader(data), int64(len(data)), doc.DefaultLimits); !errors.Is(err, context.Canceled) {
		t.Fatalf("ReadDOCX on a cancelled context: %v", err)
	}
}

// A document stops being read once its blocks hold Limits.MaxText bytes:
// the run that crosses the limit is cut and the document says so.
func TestTextCut(t *testing.T) {
	body := wp("", wr("første")) + wp("", wr("andre ")+wr("avsnitt")) + wp("", wr("tredje")) +
		`<w:tbl><w:tr><w:tc>` + wp("", wr("celle")) + `</w:tc></w:tr></w:tbl>`
	tests := []struct {
		max  int64
		want []string
	}{
		{100, []string{"første", "andre avsnitt", "tredje", "celle"}},
		{10, []string{"første", "and"}},
		{17, []string{"første", "andre avsn"}},
		{7, []string{"første"}},
	}
	for _, tt := range tests {
		d, err := zipxml.ReadBytes(ReadDOCX, buildDOCX(t, body), doc.Limits{MaxText: tt.max})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range d.Blocks {
			got = append(got, b.Text)
		}
		cut := slices.Contains(d.Warnings, doc.TextCut(tt.max))
		if strings.Join(got, "¶") != strings.Join(tt.want, "¶") || cut != (tt.max < 100) {
			t.Errorf("MaxText %d: blocks %q, warnings %q; want %q", tt.max, got, d.Warnings, tt.want)
		}
	}
}
