package register

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/ident"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestDecisionsFilter(t *testing.T) {
	r, _ := openTemp(t)
	put(t, r, sortedRecords(fixtures(t))...)
	tests := []struct {
		name string
		f    Filter
		want []string // case number keys, in result order
	}{
		{"all, newest meeting first, agenda order", Filter{},
			[]string{"33/25", "36/25", "37/25", "38/25", "42/25", "19/25", "20/25", "21/25", "22/25", "23/25", "24/25"}},
		{"query ignores case of æøå", Filter{Query: "HØRING"}, []string{"22/25"}},
		{"query finds part of a compound", Filter{Query: "opplysning"}, []string{"38/25", "21/25"}},
		{"query searches proposals", Filter{Query: "strategi for normen"}, []string{"37/25"}},
		{"query words are all required", Filter{Query: "integritet veileder"}, []string{"38/25", "21/25"}},
		{"query with punctuation and quotes", Filter{Query: `"Høring:"`}, []string{"22/25"}},
		{"short query word", Filter{Query: "ki"}, []string{"42/25"}},
		{"query typed without æøå", Filter{Query: "horing"}, []string{"22/25"}},
		{"percent is a character, not a wildcard", Filter{Query: "%"}, nil},
		{"body typed without æøå, word start", Filter{Body: "styringsgr", Case: "33/25"}, []string{"33/25"}},
		{"body word inside a word does not match", Filter{Body: "gruppen"}, nil},
		{"no match", Filter{Query: "reguleringsplan"}, nil},
		{"from", Filter{From: day("2025-10-01")}, []string{"33/25", "36/25", "37/25", "38/25", "42/25"}},
		{"to is inclusive", Filter{To: day("2025-09-16"), Query: "eventuelt"}, []string{"24/25"}},
		{"empty range", Filter{From: day("2025-09-17"), To: day("2025-12-01")}, nil},
		{"body substring, any case and spacing", Filter{Body: "STYRINGSGRUPPEN   for", Case: "33/25"}, []string{"33/25"}},
		{"unknown body", Filter{Body: "kommunestyret"}, nil},
		{"case as written elsewhere", Filter{Case: "Sak 21/2025"}, []string{"21/25"}},
		{"decided only", Filter{Decided: true, From: day("2025-12-01")}, []string{"33/25", "36/25", "38/25"}},
		{"limit", Filter{Limit: 2}, []string{"33/25", "36/25"}},
		{"combined", Filter{Query: "godkjenn", Decided: true, To: day("2025-09-30")}, []string{"19/25", "20/25", "21/25"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range decisions(t, r, tt.f) {
				got = append(got, ident.CaseKey(d.Number))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDecisionsQueryBound(t *testing.T) {
	r, _ := openTemp(t)
	many := strings.Repeat("ord ", MaxQueryWords+1)
	for _, f := range []Filter{{Query: many}, {Body: many}} {
		if _, err := r.Decisions(context.Background(), f); !errors.Is(err, ErrQuery) {
			t.Errorf("%d words: err %v, want ErrQuery", MaxQueryWords+1, err)
		}
	}
	if _, err := r.Decisions(context.Background(), Filter{Query: strings.Repeat("ord ", MaxQueryWords)}); err != nil {
		t.Errorf("%d words: %v", MaxQueryWords, err)
	}
}

func TestStartsWords(t *testing.T) {
	for _, c := range []struct {
		text, words string
		want        bool
	}{
		{"Valgstyret", "valg", true},
		{"Arbeidsutvalget", "valg", false},
		{"FAU Florvåg skole", "florvag fau", true},
		{"Styret", "styret valg", false},
		{"Kommunestyret", "", true},
	} {
		if got := startsWords(c.text, strings.Fields(c.words)); got != c.want {
			t.Errorf("startsWords(%q, %q) = %v", c.text, c.words, got)
		}
	}
}

func TestDecisionsByArchiveNumber(t *testing.T) {
	r, _ := openTemp(t)
	rec := *fixtures(t)["referat-styringsgruppen-2025-12-02.pdf"]
	rec.Cases = slices.Clone(rec.Cases)
	rec.Cases[1].ArchiveNumber = "24/00311"
	put(t, r, &rec)
	ds := decisions(t, r, Filter{Case: "24/00311"})
	if len(ds) != 1 || ds[0].Number != rec.Cases[1].Number || ds[0].ArchiveNumber != "24/00311" {
		t.Errorf("got %+v", ds)
	}
}

func TestDecisionsFields(t *testing.T) {
	r, _ := openTemp(t)
	fx := fixtures(t)
	rec := fx["referat-styringsgruppen-2025-12-02.pdf"]
	put(t, r, rec)
	ds := decisions(t, r, Filter{Case: "37/25"})
	c := rec.Cases[2]
	want := Decision{MeetingDate: "2025-12-02", Body: rec.Meeting.Body, Number: c.Number, Title: c.Title,
		Proposal: c.Proposal, Path: rec.Path, Paths: []string{rec.Path}}
	if len(ds) != 1 || !reflect.DeepEqual(ds[0], want) {
		t.Errorf("got %+v, want %+v", ds, want)
	}
}
