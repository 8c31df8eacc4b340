package minutes

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// essence is what must not depend on the shape the blocks came in: a
// Word table, a PDF's rebuilt rows or plain paragraphs.
type essence struct {
	Kind      string
	Meeting   *doc.Meeting
	Attendees []string
	Cases     []string
}

func essenceOf(r Result) essence {
	e := essence{Kind: r.Kind, Meeting: r.Meeting}
	for _, a := range r.Attendees {
		e.Attendees = append(e.Attendees, strings.Join([]string{a.Name, a.Organization, a.Role, a.Status, a.Note}, "|"))
	}
	for _, c := range r.Cases {
		e.Cases = append(e.Cases, strings.Join([]string{c.Number, c.Title, c.Type, c.Proposal, c.Decision, strings.Join(c.Speakers, ",")}, "|"))
	}
	return e
}

// TestVariantsAgree checks that every fixture of one document gives the
// same meeting, attendees and cases.
func TestVariantsAgree(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.json")
	byStem := map[string][]string{}
	for _, f := range files {
		base := filepath.Base(f)
		stem := base[:strings.Index(base, ".")]
		byStem[stem] = append(byStem[stem], f)
	}
	ref := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	for stem, fs := range byStem {
		t.Run(stem, func(t *testing.T) {
			first := essenceOf(Analyze(loadFixture(t, fs[0]), ref))
			for _, f := range fs[1:] {
				got := essenceOf(Analyze(loadFixture(t, f), ref))
				if !reflect.DeepEqual(got, first) {
					t.Errorf("%s and %s differ:\n%+v\n%+v", fs[0], f, first, got)
				}
			}
		})
	}
}
