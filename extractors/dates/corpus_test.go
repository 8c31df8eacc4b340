package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// answersDir holds the hand-checked answers and the source texts of the sample documents.
const answersDir = "../../testdata/answers"

// TestDatesTSV runs the sentence list scored by datescore.py: each sentence
// has exactly its one date, NONE rows have none.
func TestDatesTSV(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(answersDir, "dates.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	ref := refFromHeader(t, lines[0])
	for _, line := range lines[1:] {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("bad row %q", line)
		}
		t.Run(f[0], func(t *testing.T) {
			got := Find(f[0], ref)
			switch {
			case f[1] == "NONE" && len(got) != 0:
				t.Errorf("want no date, got %+v", got)
			case f[1] != "NONE" && (len(got) != 1 || got[0].Text != f[1] || got[0].Value != f[2]):
				t.Errorf("want %s=%s, got %+v", f[1], f[2], got)
			}
		})
	}
}

func refFromHeader(t *testing.T, line string) time.Time {
	m := regexp.MustCompile(`ref-date (\d{4}-\d\d-\d\d)`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("no ref-date in %q", line)
	}
	ref, err := time.Parse("2006-01-02", m[1])
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

// expected is the part of testdata/answers/expected/*.json this package answers.
type expected struct {
	Meeting *struct {
		Date string `json:"date"`
	} `json:"meeting"`
	Dates []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
	} `json:"dates"`
}

// TestCorpusDocuments runs Find over the whole text of each sample document
// and checks that every hand-checked date is among the results.
func TestCorpusDocuments(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(answersDir, "expected", "*.json"))
	if len(files) == 0 {
		t.Fatal("no expected files")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			var want expected
			data, err := os.ReadFile(f)
			if err == nil {
				err = json.Unmarshal(data, &want)
			}
			text, err2 := os.ReadFile(filepath.Join(answersDir, "gt", name+".txt"))
			if err != nil || err2 != nil {
				t.Fatal(err, err2)
			}
			ref := documentDate(t, string(text), want)
			got := Find(string(text), ref)
			for _, w := range want.Dates {
				if !hasDate(got, w.Text, w.Value) {
					t.Errorf("missing %s=%s (ref %s)", w.Text, w.Value, ref.Format(time.DateOnly))
				}
			}
		})
	}
}

// documentDate is the meeting date of minutes, else the first day the text
// writes with its year (the one whose value does not depend on ref).
func documentDate(t *testing.T, text string, e expected) time.Time {
	if e.Meeting != nil {
		ref, err := time.Parse(time.DateOnly, e.Meeting.Date)
		if err != nil {
			t.Fatal(err)
		}
		return ref
	}
	a := Find(text, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	b := Find(text, time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC))
	for i := range a {
		if a[i].Grain == "day" && a[i].Value == b[i].Value {
			ref, _ := time.Parse(time.DateOnly, a[i].Value)
			return ref
		}
	}
	t.Fatal("no document date")
	return time.Time{}
}

func hasDate(got []doc.Date, text, value string) bool {
	for _, d := range got {
		if d.Text == text && d.Value == value {
			return true
		}
	}
	return false
}
