package minutes

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/internal/fixtures"
)

// excerpts are reduced real layouts in testdata/excerpts (see its README)
// with what Analyze must find in them.
var excerpts = []struct {
	file      string
	meeting   doc.Meeting
	attendees []doc.Attendee
}{
	{
		file:    "eva-valstyret-nynorsk.txt",
		meeting: doc.Meeting{Body: "Valstyret"},
		attendees: []doc.Attendee{
			{Name: "Lunde Kari", Role: "Sekretær", Status: doc.Present},
			{Name: "Nordmann Ola", Role: "Leiar", Status: doc.Present},
			{Name: "Vik Ingrid Marie", Role: "Nestleiar", Status: doc.Present},
			{Name: "Berg Per", Role: "Medlem", Status: doc.Present},
			{Name: "Dahl Siri", Role: "Varamedlem", Status: doc.Substitute},
		},
	},
	{
		file:    "eva-valgstyret-columns.txt",
		meeting: doc.Meeting{Body: "Valgstyret"},
		attendees: []doc.Attendee{
			{Name: "Hansen Kari Elisabeth", Role: "Leder", Status: doc.Present},
			{Name: "Olsen Per Arne", Role: "Nestleder", Status: doc.Present},
			{Name: "Moe Anne Farstad von", Role: "Medlem", Status: doc.Present},
			{Name: "Dahl Ola", Role: "Varamedlem", Status: doc.Substitute},
		},
	},
	{
		file:    "eva-stemmestyret.txt",
		meeting: doc.Meeting{Body: "Stemmestyret", Date: "2019-09-09", Start: "09:00", End: "21:00"},
		attendees: []doc.Attendee{
			{Name: "Hansen Kari", Role: "Leder", Status: doc.Present},
			{Name: "Olsen Per", Role: "Nestleder", Status: doc.Present},
			{Name: "Berg Lise", Role: "Medlem", Status: doc.Present},
		},
	},
}

func TestExcerpts(t *testing.T) {
	ref := time.Date(2019, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, tc := range excerpts {
		t.Run(tc.file, func(t *testing.T) {
			r := Analyze(loadExcerpt(t, tc.file), ref)
			if r.Kind != doc.KindMinutes {
				t.Fatalf("kind = %q (%v)", r.Kind, r.Warnings)
			}
			if r.Meeting == nil || *r.Meeting != tc.meeting {
				t.Errorf("meeting = %+v, want %+v", r.Meeting, tc.meeting)
			}
			fixtures.CheckAttendees(t, true, r.Attendees, tc.attendees)
			if len(r.Cases) != 0 {
				t.Errorf("an election protocol has no cases: %+v", r.Cases)
			}
		})
	}
}

// loadExcerpt reads testdata/excerpts/name in textOf's form.
func loadExcerpt(t testing.TB, name string) *doc.Document {
	b, err := os.ReadFile(filepath.Join("testdata", "excerpts", name))
	if err != nil {
		t.Fatal(err)
	}
	return docFromText(string(b))
}
