package doc

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestReliabilityRawPath checks that a path that is not UTF-8 survives a
// trip through JSON byte for byte, and that other records are written as
// before, without raw_path.
func TestReliabilityRawPath(t *testing.T) {
	for _, path := range []string{"/arkiv/møte <1> & sak.pdf", "/arkiv/m\xf8te \xe6.pdf", "/arkiv/\xff\xfe"} {
		rec := Record{ID: "x", Path: path, Text: "a <b>", Attendees: []Attendee{}}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		if raw := RawPath(path) != nil; raw != strings.Contains(string(b), `"raw_path":`) {
			t.Errorf("%q: raw_path present = %v, want %v: %s", path, !raw, raw, b)
		}
		var got Record
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got.Path != path || got.Text != rec.Text || got.ID != rec.ID {
			t.Errorf("%q came back as %q: %s", path, got.Path, b)
		}
	}
}
