package ooxml

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

func TestHostile(t *testing.T) {
	corpus := ziptest.ReadTestFile(t, filepath.Join(corpusDir, "referat-styringsgruppen-2025-09-16.docx"))
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
		{"no main part", ziptest.BuildZip(t, "a.txt", "x"), doc.DefaultLimits, doc.ErrCorrupt},
		{"broken document xml", ziptest.BuildZip(t, "word/document.xml", "<w:document><w:body><w:p>"), doc.DefaultLimits, doc.ErrCorrupt},
		{"presentation given as docx", ziptest.BuildZip(t, "word/document.xml", `<p:presentation xmlns:p="x"/>`), doc.DefaultLimits, doc.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ziptest.ReadBytes(ReadDOCX, tt.data, tt.lim)
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
	ziptest.CheckTextCut(t, ReadDOCX, buildDOCX(t, body), 100, map[int64][]string{
		100: {"første", "andre avsnitt", "tredje", "celle"},
		10:  {"første", "and"},
		17:  {"første", "andre avsn"},
		7:   {"første"},
	})
}
