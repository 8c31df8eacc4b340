package minutes

import (
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
