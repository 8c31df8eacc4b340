package register

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// history is a paraphrased archive: a case decided, referred to in the
// next meeting's minutes (as "Sak 5-25"), a guide approved by a later case,
// a case of another organisation with the same number, and two cases
// sharing an archive number.
func history() []*doc.Record {
	first := minutes("m/2025-03-04.pdf", "", "Driftsutvalget", "2025-03-04", []string{"Kari Hansen", "Nils Berg"}, "5/25", "6/25")
	first.Cases[0].Title, first.Cases[0].Page = "Plan for vintervedlikehold", 2
	first.Cases[1].ArchiveNumber = "24/00311"
	second := minutes("m/2025-04-08.pdf", "", "Driftsutvalget", "2025-04-08", []string{"Hansen Kari", "Aud Solheim"}, "9/25", "10/25")
	second.Cases[0].Discussion, second.Cases[0].Page = "Nils Berg: Sak 5-25 er uklar og må presiseres.", 3
	second.Cases[1].ArchiveNumber, second.Cases[1].Page = "24/00311", 4
	second.Cases[1].Decision = "Driftsutvalget godkjenner rutine – Trygg lagring av journaler, med endringer."
	other := minutes("x/2025-01-10.pdf", "Strandby kommune", "Driftsutvalget", "2025-01-10", []string{"Per Olsen"}, "5/25")
	later := minutes("x/2025-05-10.pdf", "Strandby kommune", "Formannskapet", "2025-05-10", []string{"Per Olsen"}, "20/25")
	later.Cases[0].Decision = "Som i sak 5/25 i driftsutvalget."
	guide := &doc.Record{Path: "g/rutine.docx", Format: "docx", Kind: doc.KindGuide,
		Title: "Rutine: Trygg lagring av journaler", Text: "Trygg lagring av journaler",
		Dates: []doc.Date{{Text: "8. april 2025", Value: "2025-04-08", Grain: "day"}}}
	guidePDF := *guide
	guidePDF.Path, guidePDF.Format = "g/rutine.pdf", "pdf"
	return []*doc.Record{first, second, other, later, guide, &guidePDF}
}

func TestCaseHistory(t *testing.T) {
	r, _ := openTemp(t)
	put(t, r, history()...)
	tests := []struct {
		number, body string
		want         []string // date number link path page
	}{
		{"5/25", "drift", []string{
			"2025-01-10 5/25  x/2025-01-10.pdf 0",
			"2025-03-04 5/25  m/2025-03-04.pdf 2",
			"2025-04-08 9/25 referred to by m/2025-04-08.pdf 3",
			"2025-05-10 20/25 referred to by x/2025-05-10.pdf 0",
		}},
		{"Sak 10-25", "", []string{
			"2025-03-04 6/25 same archive number m/2025-03-04.pdf 0",
			"2025-04-08 10/25  m/2025-04-08.pdf 4",
			"2025-04-08  approves g/rutine.docx 0",
		}},
		{"9/25", "", []string{
			"2025-03-04 5/25 refers to m/2025-03-04.pdf 2",
			"2025-04-08 9/25  m/2025-04-08.pdf 3",
		}},
		{"24/00311", "", []string{
			"2025-03-04 6/25  m/2025-03-04.pdf 0",
			"2025-04-08 10/25  m/2025-04-08.pdf 4",
			"2025-04-08  approves g/rutine.docx 0",
		}},
		{"77/25", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.number, func(t *testing.T) {
			events, err := r.CaseHistory(context.Background(), tt.number, tt.body)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				got = append(got, strings.Join([]string{e.Date, e.Number, e.Link, e.Path, itoa(e.Page)}, " "))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("events:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestPersonHistory(t *testing.T) {
	r, _ := openTemp(t)
	put(t, r, history()...)
	for _, name := range []string{"Kari Hansen", "Hansen Kari", "HANSEN, Kari"} {
		as, err := r.PersonHistory(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range as {
			got = append(got, a.Date+" "+a.Name)
		}
		want := []string{"2025-03-04 Kari Hansen", "2025-04-08 Hansen Kari"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("PersonHistory(%q) = %q, want %q", name, got, want)
		}
	}
	if as, _ := r.PersonHistory(context.Background(), "Kari Hanssen"); len(as) != 0 {
		t.Errorf("a look-alike name matches: %v", as)
	}
}
