package extractors

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/ziptest"
)

func TestNormaliseBlocks(t *testing.T) {
	in := []doc.Block{
		{Kind: doc.Paragraph, Text: "infor-\nmasjon om helse-\nog omsorg"},
		{Kind: doc.Paragraph, Text: " \u00ad "},
		{Kind: doc.TableRow, Cells: []string{"33/25\nKl. 12:10", "Godkjenning av\ninnkalling" + doc.CellBreak + "Vedtak: Godkjent."}},
		{Kind: doc.TableRow, Cells: []string{"", " "}},
	}
	got := normalise(in)
	want := []doc.Block{
		{Kind: doc.Paragraph, Text: "informasjon om helse- og omsorg"},
		{Kind: doc.TableRow, Text: "33/25 Kl. 12:10 | Godkjenning av innkalling Vedtak: Godkjent.",
			Cells: []string{"33/25 Kl. 12:10", "Godkjenning av innkalling\nVedtak: Godkjent."}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d blocks %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i].Text != want[i].Text || strings.Join(got[i].Cells, "¶") != strings.Join(want[i].Cells, "¶") {
			t.Errorf("block %d = %q %q, want %q %q", i, got[i].Text, got[i].Cells, want[i].Text, want[i].Cells)
		}
	}
}

func TestRefDate(t *testing.T) {
	mod := time.Date(2030, 6, 1, 0, 0, 0, 0, time.UTC)
	minutes := "Referat fra møtet\n\nMøtetidspunkt: Tirsdag 02.12.25 12:00 – 15:30\n\nFagdagen blir 10. februar.\n"
	guide := "Veileder for personvern\n\nFagdagen blir 10. februar.\n\nSist oppdatert 12.09.2019.\n"
	for _, tc := range []struct {
		name, text string
		ref        time.Time
		want       string
	}{
		{"meeting date resolves the year", minutes, time.Time{}, "2026-02-10"},
		{"--ref-date wins", minutes, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), "2020-02-10"},
		{"a later full date beats the modification time", guide, time.Time{}, "2020-02-10"}, // nearest to 2019-09-12
		{"modification time last", "Fagdagen blir 10. februar.\n", time.Time{}, "2030-02-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Extract(context.Background(), strings.NewReader(tc.text), int64(len(tc.text)), "m.txt", mod, Options{RefDate: tc.ref, Limits: doc.DefaultLimits})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range rec.Dates {
				if d.Text == "10. februar" && d.Value == tc.want {
					return
				}
			}
			t.Errorf("dates %v lack 10. februar = %s", rec.Dates, tc.want)
		})
	}
}

func TestExtractErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.pdf":     nil,
		"garbage.docx":  {0x00, 0x01, 0x02, 0xff},
		"truncated.pdf": []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ExtractFile(context.Background(), p, DefaultOptions())
		var ee *doc.ExtractError
		if !errors.As(err, &ee) || !strings.Contains(err.Error(), name) || strings.Count(err.Error(), "\n") > 0 {
			t.Errorf("%s: error %q is not one line naming the file", name, err)
		}
	}
	if _, err := ExtractFile(context.Background(), dir, DefaultOptions()); !errors.Is(err, doc.ErrUnsupported) {
		t.Errorf("directory: %v", err)
	}
}

// FuzzExtract runs the whole extract path (sniffing, every reader, the
// normaliser, dates and minutes) on arbitrary bytes: it must return a record
// or an error, never panic or hang.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/corpus/*.*")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil && len(data) < 1<<20 {
			f.Add(data, filepath.Ext(s))
		}
	}
	f.Add([]byte("Møtetidspunkt: Tirsdag 02.12.25\nSak 33/25 Godkjenning\nVedtak: Godkjent."), ".txt")
	// The fuzzing limits and a small text cap keep each run short: an input
	// the mutator inflated costs milliseconds, not seconds.
	opts := DefaultOptions()
	opts.Limits = ziptest.FuzzLimits
	opts.Limits.MaxText = 64 << 10
	opts.Timeout = 10 * time.Second
	f.Fuzz(func(t *testing.T, data []byte, ext string) {
		rec, err := Extract(context.Background(), bytes.NewReader(data), int64(len(data)), "fuzz"+ext, time.Time{}, opts)
		if err == nil && (rec.Kind == "" || rec.Blocks == nil) {
			t.Errorf("record without kind or blocks: %+v", rec)
		}
	})
}

// TestYearlessDatesFollowTheDocument checks that dates without a year land
// around the document's own time, never around the clock or the file's
// modification time when the document dates itself.
func TestYearlessDatesFollowTheDocument(t *testing.T) {
	mod := time.Date(2030, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, file, text string
		meeting          string // the meeting's date, "" for none
		date, value      string // a date of the text and its value
	}{
		{"agenda dated by its front matter", "a.md",
			"---\ntitle: Innkalling til årsmøte\ndate: 2017-11-17\n---\n\nTid: 12. desember kl. 14.00\n\n## Saksliste\n\n1. Godkjenning av innkalling\n",
			"2017-12-12", "12. desember", "2017-12-12"},
		{"a month after til in a March meeting is the coming one", "m.txt",
			"Referat fra styremøte\n\nDato: 15.03.2024\n\nTil stede: Kari Nordmann, Ola Hansen\n\nSak 1/24 Budsjett\n\nSaken utsettes til september.\n",
			"2024-03-15", "september", "2024-09"},
		{"the nearest occurrence around the meeting", "m.txt",
			"Referat fra styremøte\n\nDato: 15.01.2024\n\nTil stede: Kari Nordmann, Ola Hansen\n\nSak 1/24 Julebord\n\nJulebordet 12. desember gikk bra.\n",
			"2024-01-15", "12. desember", "2023-12-12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Extract(context.Background(), strings.NewReader(tc.text), int64(len(tc.text)), tc.file, mod, Options{Limits: doc.DefaultLimits})
			if err != nil {
				t.Fatal(err)
			}
			if rec.Meeting == nil || rec.Meeting.Date != tc.meeting {
				t.Errorf("meeting %+v, want date %s", rec.Meeting, tc.meeting)
			}
			for _, d := range rec.Dates {
				if d.Text == tc.date && d.Value == tc.value {
					return
				}
			}
			t.Errorf("dates %v lack %s = %s", rec.Dates, tc.date, tc.value)
		})
	}
}
