package pdf

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func corpusFile(t testing.TB, stem string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, stem+".pdf"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestMinutesTableRows checks the two-column case table of the minutes
// against the rows of its DOCX twin (hand-checked): one TableRow per row,
// rows broken across pages joined, repeated header rows dropped.
func TestMinutesTableRows(t *testing.T) {
	d, err := readBytes(corpusFile(t, "referat-styringsgruppen-2025-12-02"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []doc.Block
	for _, b := range d.Blocks {
		if b.Kind == doc.TableRow {
			rows = append(rows, b)
		}
	}
	want := []struct{ first, second string }{
		{"Sak", "Sakstittel / kommentar / forslag til vedtak"},
		{"Kl. 12.00", "Velkommen til møtet og presentasjonsrunde"},
		{"33/25 12:10", "Godkjenning av innkalling og dagsorden"},
		{"34/25 Kl. 12:15", "Godkjenning av referat fra møte 16.09.25"},
		{"35/25 Kl. 12:20", "Sekretariatet orienterer"},
		{"36/25 Kl. 12:40", "Beslutningssak: Handlingsplan 2026"},
		{"Kl. 13:00", "Pause"},
		{"37/25 kl. 13:10", "Beslutningssak: Strategi for Normen 2026 – 2028"},
		{"38/25 Kl. 13:30", "Beslutningssak: Veileder - Sikre"},
		{"39/25 Kl. 14:00", "Arbeidsutvalget orienterer"},
		{"40/25 Kl. 14:15", "Orienteringssak: Felles sikkerhet"},
		{"Kl. 14:35", "Pause"},
		{"41/25 Kl. 14:45", "Orienteringssak: Normkonferansen 2026"},
		{"42/25 Kl. 15:00", "Orienteringssak: Faktaark KI"},
		{"43/25 Kl. 15:15", "Eventuelt"},
		{"15:30", "Slutt"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for i, w := range want {
		t.Run(w.first, func(t *testing.T) {
			r := rows[i]
			if len(r.Cells) != 2 || flat(r.Cells[0]) != w.first || !strings.HasPrefix(flat(r.Cells[1]), w.second) {
				t.Errorf("row %d = %q, want %q | %q…", i, r.Cells, w.first, w.second)
			}
		})
	}
	if strings.Count(flat(rows[4].Cells[1]), "Sakstittel") != 0 {
		t.Error("repeated header row merged into row 35/25")
	}
}

// TestReadingOrder checks column order on a page with two text boxes and
// text in rotated pages.
func TestReadingOrder(t *testing.T) {
	tests := []struct {
		file  string
		order []string
	}{
		{"testdata/two-text-boxes.pdf", []string{"Left column line 1", "Left column line 2", "Right column line 1", "Right column line 2"}},
		{"testdata/rotated.pdf", []string{"Apache Tika", "Content Analysis Toolkit"}},
		{"testdata/hostile/identity-tounicode.pdf", []string{"Faktura nr FV 1/2021", "Termin płatności"}},
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			d, err := readFile(t, tc.file)
			if err != nil {
				t.Fatal(err)
			}
			text, at := flatText(d), 0
			for _, s := range tc.order {
				i := strings.Index(text[at:], s)
				if i < 0 {
					t.Fatalf("%q missing or out of order in %q", s, text)
				}
				at += i + len(s)
			}
		})
	}
}

func TestMeta(t *testing.T) {
	d, err := readBytes(corpusFile(t, "nytt-i-normen-2020"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Meta.Title, "Nytt i Normen") || !strings.Contains(d.Meta.Author, "Baugstø-Hartvigsen") || d.Meta.Created == nil {
		t.Errorf("meta = %+v", d.Meta)
	}
	if d.Pages != 8 || d.Format != "pdf" {
		t.Errorf("pages %d, format %q", d.Pages, d.Format)
	}
}

// TestHostile feeds damaged, encrypted and limit-breaking input.
func TestHostile(t *testing.T) {
	minutes := corpusFile(t, "referat-styringsgruppen-2025-12-02")
	fixture := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	patched := func(f func([]byte) []byte) []byte { return f(bytes.Clone(minutes)) }
	small := doc.DefaultLimits
	tests := []struct {
		name    string
		data    []byte
		lim     func(*doc.Limits)
		wantErr error
		want    string // text that must be read, or in the error when wantErr is set
	}{
		{"pdf 2.0 header", patched(func(b []byte) []byte { copy(b, "%PDF-2.0"); return b }), nil, nil, "Kernel"},
		{"junk before header", append([]byte(strings.Repeat("junk\r\n", 50)), minutes...), nil, nil, "Kernel"},
		{"junk after EOF", append(bytes.Clone(minutes), bytes.Repeat([]byte("x"), 3000)...), nil, nil, "Kernel"},
		{"truncated", minutes[:len(minutes)/2], nil, doc.ErrCorrupt, "missing %EOF"},
		{"no header", minutes[10:], nil, doc.ErrCorrupt, ""},
		{"empty", nil, nil, doc.ErrCorrupt, ""},
		{"garbage", bytes.Repeat([]byte{0x9c, 'x', '<'}, 5000), nil, doc.ErrCorrupt, ""},
		{"no xref", fixture("no-xref.pdf"), nil, doc.ErrCorrupt, ""},
		{"rc4-40", fixture("rc4-40.pdf"), nil, doc.ErrEncrypted, ""},
		{"aes-256", fixture("aes-256.pdf"), nil, doc.ErrEncrypted, ""},
		{"image only", fixture("image-only.pdf"), nil, doc.ErrNoText, ""},
		{"no pages", makePDF("", catalog, "<< /Type /Pages /Kids [] /Count 0 >>"), nil, doc.ErrCorrupt, "no pages"},
		{"page tree of a string", makePDF("", catalog, onePage, "(just a string)"), nil, doc.ErrCorrupt, "no pages"},
		{"no page readable", makePDF("", catalog, onePage, pageObj, stream([]byte("x\x9c garbage"), "/Filter /FlateDecode"), helvetic), nil, doc.ErrCorrupt, "no page could be read"},
		{"corrupt stream", fixture("zen_of_python_corrupted.pdf"), nil, nil, "Beautiful is better than ugly"},
		{"max pages", minutes, func(l *doc.Limits) { l.MaxPages = 3 }, doc.ErrLimit, ""},
		{"max file size", minutes, func(l *doc.Limits) { l.MaxFileSize = 1000 }, doc.ErrLimit, ""},
		{"max uncompressed", minutes, func(l *doc.Limits) { l.MaxUncompressed = 5000 }, doc.ErrLimit, ""},
		{"max blocks", minutes, func(l *doc.Limits) { l.MaxBlocks = 10 }, doc.ErrLimit, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lim := small
			if tc.lim != nil {
				tc.lim(&lim)
			}
			d, err := Read(context.Background(), bytes.NewReader(tc.data), int64(len(tc.data)), lim)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "%%") {
					t.Fatalf("err = %v, want %v with %q", err, tc.wantErr, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(flatText(d), tc.want) {
				t.Errorf("text lacks %q", tc.want)
			}
		})
	}
}

func TestCancelled(t *testing.T) {
	data := corpusFile(t, "referat-styringsgruppen-2025-12-02")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, bytes.NewReader(data), int64(len(data)), doc.DefaultLimits); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestReadWithPdftotext(t *testing.T) {
	d, err := ReadWithPdftotext(context.Background(), "testdata/hostile/no-xref.pdf", doc.DefaultLimits)
	if errors.Is(err, ErrNoPdftotext) {
		t.Skip("pdftotext not installed")
	}
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(flatText(d), "Hello\nWorld") || len(d.Warnings) != 1 || d.Warnings[0] != PdftotextWarning {
		t.Errorf("got %q, warnings %q", flatText(d), d.Warnings)
	}
}
