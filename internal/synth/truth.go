package synth

import (
	"encoding/json"

	"github.com/motebok/motebok/extractors/doc"
)

// Truth is what an extractor should find in one generated file: one line of
// truth.jsonl. The fields file, date, present, absent, cases and decided are
// those /work/shared/tools/truthscore.py compares.
type Truth struct {
	File    string   `json:"file"` // slash-separated, relative to the archive
	Format  string   `json:"format"`
	Size    int      `json:"size"` // bytes
	Kind    string   `json:"kind"` // minutes, guide, presentation
	Lang    string   `json:"lang"`
	Layout  Layout   `json:"layout"`
	Title   string   `json:"title"`
	Body    string   `json:"body"`
	Date    Day      `json:"date"` // null unless minutes
	Start   string   `json:"start,omitempty"`
	End     string   `json:"end,omitempty"`
	Place   string   `json:"place,omitempty"`
	Present []string `json:"present"`
	Absent  []string `json:"absent"`
	Cases   []string `json:"cases"`   // numbers as written, without "Sak": "12/25", "PS 12/25"
	Decided []string `json:"decided"` // the numbers of the cases with a recorded outcome: decided or postponed
	Topics  []string `json:"topics"`
}

// Day is a date as YYYY-MM-DD; it is JSON null when empty, as an extractor
// reports no meeting date for a document that is not minutes.
type Day string

// MarshalJSON writes null for the empty Day.
func (d Day) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// TruthOf states what the file holding m should yield.
func TruthOf(m Meeting, file, format string) Truth {
	t := Truth{File: file, Format: format, Kind: m.Kind, Lang: m.Lang, Layout: m.Layout, Title: m.Title,
		Body: m.Body, Present: []string{}, Absent: []string{}, Cases: []string{}, Decided: []string{},
		Topics: append([]string{}, m.Topics...)}
	if m.Kind != doc.KindMinutes {
		return t
	}
	t.Date, t.Start, t.End, t.Place = Day(m.Date.Format("2006-01-02")), m.Start, m.End, m.Place
	for _, p := range m.Present {
		t.Present = append(t.Present, p.Name)
	}
	for _, p := range m.Absent {
		t.Absent = append(t.Absent, p.Name)
	}
	for _, c := range m.Cases {
		t.Cases = append(t.Cases, c.Number)
		if c.Decision != "" || c.Note != "" { // a postponement is an outcome too
			t.Decided = append(t.Decided, c.Number)
		}
	}
	return t
}
