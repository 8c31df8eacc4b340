package dates

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// edtf matches every value Find may produce.
var edtf = regexp.MustCompile(`^(\d{4}(-\d\d(-\d\d)?|-W\d\d)?)(/\d{4}(-\d\d(-\d\d)?|-W\d\d)?)?$`)

var hhmmRe = regexp.MustCompile(`^([01]\d|2[0-4]):[0-5]\d$`)

// FuzzFind checks that Find never panics, that Text is a substring of the
// input and that values and times are well formed.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Tirsdag 02.12.25 12:00 – 15:30", "22.–23. april 2026", "15. Okt–11. Nov", "Sak 21/25",
		"uke 43–44", "neste tirsdag", "2026 – 2028", "29. februar", "i fjor høst", "Q4 2018",
		"31/12-25", "kl. 10.00–14.00", "t.o.m.", "1.-3. mars og 10. og 11. april 2026",
		"første uke i oktober 2014", "om 3 dager", "romjula 2025", "2. påskedag i fjor",
	} {
		f.Add(s, int64(0))
	}
	for _, path := range seedFiles() {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(string(data), int64(0))
		}
	}
	f.Fuzz(func(t *testing.T, s string, days int64) {
		ref := refDate.AddDate(0, 0, int(days%200000))
		for _, d := range Find(s, ref) {
			if !strings.Contains(s, d.Text) || d.Text == "" {
				t.Fatalf("Text %q not in input", d.Text)
			}
			if !edtf.MatchString(d.Value) || utf8.ValidString(s) && !utf8.ValidString(d.Text) {
				t.Fatalf("bad value %q for %q", d.Value, d.Text)
			}
			if d.Start != "" && !hhmmRe.MatchString(d.Start) || d.End != "" && !hhmmRe.MatchString(d.End) {
				t.Fatalf("bad times %q %q", d.Start, d.End)
			}
		}
		Clock(s)
		ParseDay(s, ref)
	})
}

// seedFiles are the sample documents' text and the date sentences.
func seedFiles() []string {
	files, _ := filepath.Glob(filepath.Join(answersDir, "gt", "*.txt"))
	return append(files, filepath.Join(answersDir, "dates.tsv"))
}

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, refDate)
	}
}

// benchText is the sample documents' text, repeated to about 1 MB.
func benchText(b *testing.B) string {
	var sb strings.Builder
	files, _ := filepath.Glob(filepath.Join(answersDir, "gt", "*.txt"))
	for sb.Len() < 1<<20 {
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
		}
	}
	return sb.String()
}
