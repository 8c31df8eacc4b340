package minutes

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

type wantCase struct {
	number, title, typ, proposal, decision, asWritten, archive string
	decided                                                    bool
	speakers                                                   []string
	vote                                                       *doc.Vote // Text is not compared
	conflicts                                                  int
}

// layout is a fixture document with what Analyze must find in it.
type layout struct {
	name      string
	doc       func() *doc.Document
	meeting   doc.Meeting
	attendees []doc.Attendee // Page is only checked to be set
	cases     []wantCase
}

var layouts = []layout{
	{
		name: "case table", doc: tableMinutes,
		meeting: doc.Meeting{Body: "Styret i Foreningen Fjellvett", Date: "2025-02-05", Start: "17:00", End: "19:30", Place: "Foreningens lokaler, Storgata 3"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "Bergen turlag", Role: "leder", Status: doc.Present},
			{Name: "Ola Hansen-Bø", Organization: "Voss turlag", Status: doc.Present},
			{Name: "Åse Ødegård", Organization: "Fjellvettskolen", Status: doc.Present, Note: "Representert ved Per Ås"},
			{Name: "Jon Vik", Organization: "Stord turlag", Status: doc.Absent},
		},
		cases: []wantCase{
			{number: "1/25", title: "Godkjenning av innkalling", proposal: "Styret godkjenner innkallingen", decision: "Styret godkjente innkallingen.", decided: true},
			{number: "2/25", title: "Budsjett 2025", typ: "Beslutningssak", decision: "Styret vedtok budsjettet med økte kurskostnader.\nVedtatt med 4 mot 1 stemmer.", decided: true,
				speakers: []string{"Ola Hansen-Bø", "Åse Ødegård"}, vote: &doc.Vote{For: 4, Against: 1}},
			{number: "3/25", title: "Sommerprogram", typ: "Orienteringssak"},
		},
	},
	{
		name: "headings", doc: headingMinutes,
		meeting: doc.Meeting{Body: "Programrådet", Date: "2025-09-16", Start: "10:00", End: "14:00", Place: "Rådhuset, møterom 2 (og Teams)"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "Bergen kommune", Role: "Leder", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "Helse Vest RHF", Role: "Medlem", Status: doc.Present},
			{Name: "Per Olsen", Organization: "Universitetet i Bergen", Role: "Observatør", Status: doc.Present},
			{Name: "Lise Berg", Organization: "KS", Status: doc.Absent},
			{Name: "Jon Vik", Organization: "Statsforvalteren", Status: doc.Absent},
		},
		cases: []wantCase{
			{number: "5/25", title: "Godkjenning av referat fra møtet 10.06.2025", decision: "Referatet godkjennes.", decided: true},
			{number: "6/25", title: "Høring: Ny forskrift", proposal: "Rådet gir sekretariatet fullmakt til å svare.",
				decision: "Rådet gir sekretariatet fullmakt til å svare.", asWritten: "Som forslag til vedtak.", decided: true},
			{number: "7/25", title: "Eventuelt"},
		},
	},
	{
		name: "municipal protocol", doc: municipalProtocol,
		meeting: doc.Meeting{Body: "Helse- og omsorgsutvalget", Date: "2024-03-12", Start: "09:00", End: "14:30", Place: "Kommunestyresalen, Rådhuset"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "AP", Role: "Leder", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "H", Role: "Nestleder", Status: doc.Present},
			{Name: "Siri Berg", Organization: "FRP", Role: "Medlem", Status: doc.Absent},
			{Name: "Lise Dahl", Organization: "FRP", Status: doc.Substitute, Replaces: "Siri Berg"},
			{Name: "Jon Vik", Organization: "KrF", Status: doc.Absent},
			{Name: "Anne Lie", Role: "Kommunalsjef", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "PS 12/24", title: "Godkjenning av innkalling og saksliste", decision: "Innkalling og saksliste godkjennes.", decided: true,
				vote: &doc.Vote{Unanimous: true}},
			{number: "PS 13/24", title: "Tilskudd til frivillige lag 2024", archive: "24/00311",
				proposal: "Helse- og omsorgsutvalget fordeler tilskudd etter vedlagte liste.",
				decision: "Helse- og omsorgsutvalget fordeler tilskudd etter vedlagte liste.", decided: true,
				speakers: []string{}, vote: &doc.Vote{For: 6, Against: 1}, conflicts: 2},
		},
	},
	{
		name: "municipal protocol, other vendor", doc: acosProtocol,
		meeting: doc.Meeting{Body: "Formannskapet", Date: "2024-03-05", Start: "10:00", End: "14:30", Place: "Kommunestyresalen, Rådhuset"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "AP", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "H", Status: doc.Present},
			{Name: "Per Olsen", Organization: "SP", Status: doc.Present},
			{Name: "Lise Dahl", Organization: "FRP", Status: doc.Substitute, Replaces: "Siri Berg"},
			{Name: "Siri Berg", Organization: "FRP", Status: doc.Absent},
			{Name: "Anne Lie", Role: "kommunedirektør", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "12/24", title: "Godkjenning av protokoll fra forrige møte", proposal: "Protokollen fra møtet 13.02.2024 godkjennes.",
				decision: "Protokollen fra møtet 13.02.2024 godkjennes.", decided: true, vote: &doc.Vote{Unanimous: true}},
			{number: "13/24", title: "Kjøp av eiendom gnr. 12 bnr. 4", proposal: "Kommunen kjøper eiendommen for kr 2 500 000.",
				decision: "Kommunen kjøper eiendommen for kr 2 500 000.", decided: true, vote: &doc.Vote{For: 4, Against: 2}, conflicts: 2,
				speakers: []string{}},
			{number: "14/24", title: "Referatsaker", typ: "Referatsaker"},
			{number: "RS 3/24", title: "Brev fra Statsforvalteren om tilsyn"},
		},
	},
	{
		name: "nynorsk board", doc: nynorskBoard,
		meeting: doc.Meeting{Body: "Styret i Sunnfjord Energi AS", Date: "2024-03-14", Start: "10:00", End: "13:00", Place: "Hovudkontoret, Førde"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Role: "leiar", Status: doc.Present},
			{Name: "Ola Nordmann", Status: doc.Present},
			{Name: "Per Hansen", Status: doc.Present},
			{Name: "Ingrid Bø", Status: doc.Present},
			{Name: "Lise Berg", Status: doc.Absent},
			{Name: "Nils Vik", Role: "dagleg leiar", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "1/24", title: "Godkjenning av innkalling og sakliste", proposal: "Innkalling og sakliste vert godkjent.",
				decision: "Innkalling og sakliste vert godkjent.", asWritten: "Samrøystes vedteke.", decided: true, vote: &doc.Vote{Unanimous: true}},
			{number: "2/24", title: "Årsrekneskap 2023", proposal: "Styret godkjenner årsrekneskapen for 2023.",
				decision: "Styret godkjenner årsrekneskapen for 2023 med dei merknadene som kom fram i møtet.", decided: true,
				speakers: []string{"Ola Nordmann"}},
			{number: "3/24", title: "Status for utbygginga", typ: "Orienteringssak"},
		},
	},
	{
		name: "numbered items", doc: workingGroup,
		meeting: doc.Meeting{Date: "2025-04-03", Start: "13:00", End: "15:00", Place: "Teams"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Status: doc.Present},
			{Name: "Ola Hansen", Role: "Referent", Status: doc.Present},
			{Name: "Per Olsen", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "1", title: "Velkommen og godkjenning av agenda"},
			{number: "2", title: "Status for prosjektet", decision: "Prosjektet følger planen.", decided: true,
				speakers: []string{"Kari Nordmann", "Per Olsen"}},
			{number: "3", title: "Videre arbeid", decision: "Neste møte holdes 24. april.", decided: true},
		},
	},
}

func TestLayouts(t *testing.T) {
	ref := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range slices.Concat(layouts, readerArtifacts, protocolLayouts, wildLayouts) {
		t.Run(tc.name, func(t *testing.T) {
			r := Analyze(tc.doc(), ref)
			if r.Kind != doc.KindMinutes {
				t.Fatalf("kind = %q (%v)", r.Kind, r.Warnings)
			}
			if r.Meeting == nil || *r.Meeting != tc.meeting {
				t.Errorf("meeting = %+v, want %+v", r.Meeting, tc.meeting)
			}
			checkAttendeeList(t, r.Attendees, tc.attendees)
			if len(r.Cases) != len(tc.cases) {
				t.Fatalf("%d cases, want %d: %+v", len(r.Cases), len(tc.cases), r.Cases)
			}
			for i, w := range tc.cases {
				checkCase(t, r.Cases[i], w)
			}
		})
	}
}

func checkAttendeeList(t *testing.T, got, want []doc.Attendee) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d attendees, want %d: %+v", len(got), len(want), got)
		return
	}
	for i, a := range got {
		if a.Page == 0 {
			t.Errorf("attendee %q has no page", a.Name)
		}
		a.Page = 0
		if a != want[i] {
			t.Errorf("attendee %d = %+v, want %+v", i, a, want[i])
		}
	}
}

func checkCase(t *testing.T, c doc.Case, w wantCase) {
	t.Helper()
	got := wantCase{c.Number, c.Title, c.Type, c.Proposal, c.Decision, c.DecisionAsWritten, c.ArchiveNumber,
		c.Decided, c.Speakers, nil, len(c.Conflicts)}
	if c.Vote != nil {
		got.vote = &doc.Vote{Unanimous: c.Vote.Unanimous, For: c.Vote.For, Against: c.Vote.Against}
	}
	if len(got.speakers) == 0 && len(w.speakers) == 0 {
		got.speakers, w.speakers = nil, nil
	}
	if w.vote != nil && c.Vote != nil && c.Vote.Text == "" {
		t.Errorf("case %s: vote without text", c.Number)
	}
	if c.Page == 0 {
		t.Errorf("case %s has no page", c.Number)
	}
	if !reflect.DeepEqual(got, w) {
		t.Errorf("case %s:\n got %+v\nwant %+v", c.Number, got, w)
	}
}
