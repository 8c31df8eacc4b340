package minutes

import (
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/internal/fixtures"
)

// TestGeneralLayouts reads minutes in the layouts of bodies the other
// layout tests do not cover: council protocols from the common case
// systems, health trusts, housing co-ops, associations, schools and
// student bodies, in bokmål and nynorsk.
func TestGeneralLayouts(t *testing.T) {
	ref := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range fixtures.General {
		t.Run(tc.Name, func(t *testing.T) {
			r := Analyze(tc.Doc(), ref)
			if r.Kind != doc.KindMinutes {
				t.Fatalf("kind = %q (%v)", r.Kind, r.Warnings)
			}
			tc.Check(t, true, r.Meeting, r.Attendees, r.Cases)
		})
	}
}

// TestCaseEndsAttendeeColumns checks that a case's number ends an
// attendee table whose cells a PDF reader gave as paragraphs, even where
// the reader put a cell of the table after it.
func TestCaseEndsAttendeeColumns(t *testing.T) {
	d := docOf("pdf", p("Møteprotokoll"), p("Utval: Kommunestyret"), p("Dato: 20.06.2024"),
		p("Frå administrasjonen møtte:"), p("Namn"), p("Stilling"), p("Åse Fure"),
		p("PS 31/24 Årsrekneskap 2023"), p("Tilråding:"), p("Rekneskapen vert godkjend."), p("Kommunedirektør"),
		p("Vedtak i Kommunestyret - 20.06.2024"), p("Rekneskapen vert godkjend."))
	r := Analyze(d, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	if len(r.Cases) != 1 || r.Cases[0].Number != "PS 31/24" || r.Cases[0].Decision != "Rekneskapen vert godkjend." {
		t.Errorf("cases = %+v", r.Cases)
	}
	for _, a := range r.Attendees {
		if strings.Contains(a.Role, "31/24") {
			t.Errorf("a case taken as a cell: %+v", a)
		}
	}
}
