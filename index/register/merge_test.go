package register

import (
	"reflect"
	"slices"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func src(path, format, modified string, cases ...doc.Case) *source {
	return &source{Path: path, Format: format, Modified: modified,
		Meeting: &doc.Meeting{Body: "Formannskapet", Date: "2025-03-04"}, Cases: cases}
}

func TestMergeCaseChoice(t *testing.T) {
	draft := doc.Case{Number: "Sak 5/25", Title: "Budsjett", Proposal: "Forslag"}
	decided := doc.Case{Number: "5/25", Title: "Budsjett", Decision: "Vedtatt", Decided: true}
	textOnly := doc.Case{Number: "5/25", Title: "Budsjett", Decision: "Utsatt"}
	tests := []struct {
		name     string
		srcs     []*source
		wantFrom string
	}{
		{"decided beats format", []*source{src("a.pdf", "pdf", "", draft), src("b.odt", "odt", "", decided)}, "b.odt"},
		{"decision text beats none", []*source{src("a.pdf", "pdf", "", draft), src("b.docx", "docx", "", textOnly)}, "b.docx"},
		{"pdf beats docx", []*source{src("b.docx", "docx", "2026-01-01T00:00:00Z", decided), src("a.pdf", "pdf", "", decided)}, "a.pdf"},
		{"newer beats older", []*source{src("a.pdf", "pdf", "2025-01-01T00:00:00Z", decided), src("b.pdf", "pdf", "2025-02-01T00:00:00Z", decided)}, "b.pdf"},
		{"path breaks ties", []*source{src("b.pdf", "pdf", "", decided), src("a.pdf", "pdf", "", decided)}, "a.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := merge("k", tt.srcs)
			if len(m.Cases) != 1 {
				t.Fatalf("%d cases, want 1", len(m.Cases))
			}
			if got := m.Cases[0].From.Path; got != tt.wantFrom {
				t.Errorf("case taken from %s, want %s", got, tt.wantFrom)
			}
			if len(m.Cases[0].Sources) != len(tt.srcs) {
				t.Errorf("%d sources, want %d", len(m.Cases[0].Sources), len(tt.srcs))
			}
		})
	}
}

func TestMergeMeetingFields(t *testing.T) {
	a := src("a.pdf", "pdf", "")
	a.Meeting.Place = ""
	b := src("b.docx", "docx", "")
	b.Meeting.Place, b.Meeting.Start = "Rådhuset", "09:00"
	b.Attendees = []doc.Attendee{{Name: "Kari Nordmann"}}
	m := merge("k", []*source{b, a})
	if m.Meeting.Path != "a.pdf" || m.Meeting.Place != "Rådhuset" || m.Meeting.Start != "09:00" {
		t.Errorf("meeting %+v: want the PDF first, gaps filled from the DOCX", m.Meeting)
	}
	if m.ListPath != "b.docx" || len(m.Attendees) != 1 {
		t.Errorf("attendance from %q (%d), want the only list, from b.docx", m.ListPath, len(m.Attendees))
	}
}

func TestMergeAgendaAfterMinutes(t *testing.T) {
	agenda := src("innkalling.pdf", "pdf", "", doc.Case{Number: "5/25", Title: "Budsjett", Proposal: "Forslag"})
	agenda.Kind, agenda.Meeting.Start, agenda.Meeting.End, agenda.Meeting.Place = doc.KindAgenda, "18:00", "21:00", "Rådhuset"
	minutes := src("referat.docx", "docx", "", doc.Case{Number: "5/25", Title: "Budsjett", Proposal: "Forslag"})
	minutes.Kind, minutes.Meeting.Start, minutes.Meeting.End = doc.KindMinutes, "18:00", "20:15"
	m := merge("k", []*source{agenda, minutes})
	if m.Meeting.Path != "referat.docx" || m.Meeting.End != "20:15" || m.Meeting.Place != "Rådhuset" {
		t.Errorf("meeting %+v: want the minutes first, gaps filled from the agenda", m.Meeting)
	}
	if len(m.Cases) != 1 || m.Cases[0].From.Path != "referat.docx" || len(m.Cases[0].Sources) != 2 {
		t.Errorf("cases %+v: want the minutes' case, with both documents as sources", m.Cases)
	}
}

func TestMergeRepeatedCaseInOneDocument(t *testing.T) {
	s := src("a.pdf", "pdf", "", doc.Case{Number: "1/25", Title: "Først", Page: 1}, doc.Case{Number: "Sak 1/25", Title: "Igjen", Page: 3})
	m := merge("k", []*source{s})
	if len(m.Cases) != 1 || m.Cases[0].Case.Title != "Først" || !reflect.DeepEqual(m.Cases[0].Sources, []caseSource{{"a.pdf", 1}}) {
		t.Errorf("got %+v", m.Cases[0])
	}
}

// FuzzMerge builds three sources from fuzzed case numbers and decisions and
// checks that merging them in any order gives the same result.
func FuzzMerge(f *testing.F) {
	f.Add("Sak 1/25", "1/25", "sak nr. 1 / 25", "Vedtatt", "", true, false)
	f.Add("3", "", "Sak 3", "", "Utsatt", false, false)
	f.Add("PS 2/24", "ps 2/2024", "RS 2/24", "A", "B", true, true)
	f.Fuzz(func(t *testing.T, n1, n2, n3, d1, d2 string, dec1, dec2 bool) {
		mk := func() []*source {
			return []*source{
				src("x.docx", "docx", "2025-01-02T00:00:00Z", doc.Case{Number: n1, Decision: d1, Decided: dec1}, doc.Case{Number: n2, Title: d2}),
				src("x.pdf", "pdf", "", doc.Case{Number: n2, Decision: d2, Decided: dec2}),
				src("x.odt", "odt", "2025-01-03T00:00:00Z", doc.Case{Number: n3, Decision: d1}, doc.Case{Number: n1, Decided: dec2}),
			}
		}
		want := merge("k", mk())
		for _, perm := range [][]int{{1, 0, 2}, {2, 1, 0}, {0, 2, 1}} {
			srcs, base := make([]*source, 3), mk()
			for i, p := range perm {
				srcs[i] = base[p]
			}
			if got := merge("k", srcs); !sameMerge(got, want) {
				t.Fatalf("order %v gives another result", perm)
			}
		}
	})
}

// sameMerge compares merged results by value.
func sameMerge(a, b *merged) bool {
	if !reflect.DeepEqual(a.Meeting, b.Meeting) || a.ListPath != b.ListPath || len(a.Cases) != len(b.Cases) {
		return false
	}
	for i := range a.Cases {
		x, y := a.Cases[i], b.Cases[i]
		if x.Key != y.Key || x.From.Path != y.From.Path || !reflect.DeepEqual(*x.Case, *y.Case) ||
			!slices.Equal(x.Sources, y.Sources) {
			return false
		}
	}
	return true
}
