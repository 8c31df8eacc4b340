package minutes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// expected is the part of a hand-checked answer in
// testdata/answers/expected that this package produces.
type expected struct {
	Kind          string `json:"kind"`
	TitleContains string `json:"title_contains"`
	Meeting       *struct {
		Date, Start, End, Place string
	} `json:"meeting"`
	Present [][2]string `json:"present"`
	Absent  [][2]string `json:"absent"`
	Cases   []struct {
		Number            string `json:"number"`
		Title             string `json:"title"`
		Decided           bool   `json:"decided"`
		Decision          string `json:"decision"`
		Proposal          string `json:"proposal"`
		DecisionAsWritten string `json:"decision_as_written"`
	} `json:"cases"`
}

// TestGolden runs every block fixture in testdata (STEM.VARIANT.json: the
// blocks of a reader's output, the ground-truth text as paragraphs, a
// table rebuilt as a PDF would) against the corpus answer for STEM.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		base := filepath.Base(f)
		stem := base[:strings.Index(base, ".")]
		t.Run(strings.TrimSuffix(base, ".json"), func(t *testing.T) {
			var want expected
			readJSON(t, filepath.Join("..", "..", "testdata", "answers", "expected", stem+".json"), &want)
			got := Analyze(loadFixture(t, f), time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC))
			checkResult(t, got, want)
		})
	}
}

func loadFixture(t testing.TB, path string) *doc.Document {
	var d doc.Document
	readJSON(t, path, &d)
	return &d
}

func readJSON(t testing.TB, path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func checkResult(t *testing.T, got Result, want expected) {
	t.Helper()
	if got.Kind != want.Kind {
		t.Errorf("kind = %q, want %q (%v)", got.Kind, want.Kind, got.Warnings)
	}
	if !strings.Contains(fold(got.Title), fold(want.TitleContains)) {
		t.Errorf("title = %q, want it to contain %q", got.Title, want.TitleContains)
	}
	if want.Meeting != nil {
		checkMeeting(t, got.Meeting, want.Meeting.Date, want.Meeting.Start, want.Meeting.End, want.Meeting.Place)
	}
	if want.Present != nil {
		checkAttendees(t, got.Attendees, want.Present, want.Absent)
	}
	if want.Cases != nil {
		checkCases(t, got.Cases, want)
	}
}

func checkMeeting(t *testing.T, m *doc.Meeting, date, start, end, place string) {
	t.Helper()
	if m == nil {
		t.Error("no meeting")
		return
	}
	if m.Date != date || m.Start != start || m.End != end || !strings.Contains(fold(m.Place), fold(place)) {
		t.Errorf("meeting = %+v, want %s %s–%s at %q", *m, date, start, end, place)
	}
}

func checkAttendees(t *testing.T, got []doc.Attendee, present, absent [][2]string) {
	t.Helper()
	byName := map[string]doc.Attendee{}
	for _, a := range got {
		byName[fold(a.Name)] = a
	}
	if len(byName) != len(present)+len(absent) {
		t.Errorf("%d attendees, want %d", len(byName), len(present)+len(absent))
	}
	for status, list := range map[string][][2]string{doc.Present: present, doc.Absent: absent} {
		for _, p := range list {
			a, ok := byName[fold(p[0])]
			st := a.Status
			if st == doc.Substitute {
				st = doc.Present
			}
			org := fold(a.Organization)
			if !ok || st != status || !(strings.Contains(org, fold(p[1])) || (org != "" && strings.Contains(fold(p[1]), org))) {
				t.Errorf("attendee %q: got %+v, want %s of %q", p[0], a, status, p[1])
			}
		}
	}
}

func checkCases(t *testing.T, got []doc.Case, want expected) {
	t.Helper()
	byKey := map[string]doc.Case{}
	for _, c := range got {
		byKey[ident.CaseKey(c.Number)] = c
	}
	if len(byKey) != len(want.Cases) {
		t.Errorf("%d cases, want %d", len(byKey), len(want.Cases))
	}
	for _, w := range want.Cases {
		c, ok := byKey[ident.CaseKey(w.Number)]
		switch {
		case !ok:
			t.Errorf("case %s missing", w.Number)
		case !strings.Contains(fold(c.Title), fold(w.Title)) && tokenF1(c.Title, w.Title) < 0.9:
			t.Errorf("case %s title = %q, want %q", w.Number, c.Title, w.Title)
		case c.Decided != w.Decided:
			t.Errorf("case %s decided = %v, want %v (decision %q)", w.Number, c.Decided, w.Decided, c.Decision)
		case w.Decided && tokenF1(c.Decision, w.Decision) < 0.9:
			t.Errorf("case %s decision = %q, want %q", w.Number, c.Decision, w.Decision)
		case w.Proposal != "" && tokenF1(c.Proposal, w.Proposal) < 0.9:
			t.Errorf("case %s proposal = %q, want %q", w.Number, c.Proposal, w.Proposal)
		case w.DecisionAsWritten != "" && c.DecisionAsWritten != w.DecisionAsWritten:
			t.Errorf("case %s decision as written = %q, want %q", w.Number, c.DecisionAsWritten, w.DecisionAsWritten)
		}
	}
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// tokenF1 is the F1 of the word multisets of a and b, as the corpus scorer
// computes it.
func tokenF1(a, b string) float64 {
	ta, tb := wordRe.FindAllString(fold(a), -1), wordRe.FindAllString(fold(b), -1)
	if len(ta) == 0 || len(tb) == 0 {
		if len(ta) == len(tb) {
			return 1
		}
		return 0
	}
	pool := map[string]int{}
	for _, w := range tb {
		pool[w]++
	}
	common := 0
	for _, w := range ta {
		if pool[w] > 0 {
			pool[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(ta)), float64(common)/float64(len(tb))
	return 2 * p * r / (p + r)
}
