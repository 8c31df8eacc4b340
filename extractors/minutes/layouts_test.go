package minutes

import (
	"slices"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/internal/fixtures"
)

type (
	layout   = fixtures.Layout
	wantCase = fixtures.Case
)

var layouts = []layout{
	{
		Name: "case table", Doc: tableMinutes,
		Meeting: doc.Meeting{Body: "Styret i Foreningen Fjellvett", Date: "2025-02-05", Start: "17:00", End: "19:30", Place: "Foreningens lokaler, Storgata 3"},
		Attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "Bergen turlag", Role: "leder", Status: doc.Present},
			{Name: "Ola Hansen-Bø", Organization: "Voss turlag", Status: doc.Present},
			{Name: "Åse Ødegård", Organization: "Fjellvettskolen", Status: doc.Present, Note: "Representert ved Per Ås"},
			{Name: "Jon Vik", Organization: "Stord turlag", Status: doc.Absent},
		},
		Cases: []wantCase{
			{Number: "1/25", Title: "Godkjenning av innkalling", Proposal: "Styret godkjenner innkallingen", Decision: "Styret godkjente innkallingen.", Decided: true},
			{Number: "2/25", Title: "Budsjett 2025", Type: "Beslutningssak", Decision: "Styret vedtok budsjettet med økte kurskostnader.\nVedtatt med 4 mot 1 stemmer.", Decided: true,
				Speakers: []string{"Ola Hansen-Bø", "Åse Ødegård"}, Vote: &doc.Vote{For: 4, Against: 1}},
			{Number: "3/25", Title: "Sommerprogram", Type: "Orienteringssak"},
		},
	},
	{
		Name: "headings", Doc: headingMinutes,
		Meeting: doc.Meeting{Body: "Programrådet", Date: "2025-09-16", Start: "10:00", End: "14:00", Place: "Rådhuset, møterom 2 (og Teams)"},
		Attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "Bergen kommune", Role: "Leder", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "Helse Vest RHF", Role: "Medlem", Status: doc.Present},
			{Name: "Per Olsen", Organization: "Universitetet i Bergen", Role: "Observatør", Status: doc.Present},
			{Name: "Lise Berg", Organization: "KS", Status: doc.Absent},
			{Name: "Jon Vik", Organization: "Statsforvalteren", Status: doc.Absent},
		},
		Cases: []wantCase{
			{Number: "5/25", Title: "Godkjenning av referat fra møtet 10.06.2025", Decision: "Referatet godkjennes.", Decided: true},
			{Number: "6/25", Title: "Høring: Ny forskrift", Proposal: "Rådet gir sekretariatet fullmakt til å svare.",
				Decision: "Rådet gir sekretariatet fullmakt til å svare.", AsWritten: "Som forslag til vedtak.", Decided: true},
			{Number: "7/25", Title: "Eventuelt"},
		},
	},
	{
		Name: "municipal protocol", Doc: municipalProtocol,
		Meeting: doc.Meeting{Body: "Helse- og omsorgsutvalget", Date: "2024-03-12", Start: "09:00", End: "14:30", Place: "Kommunestyresalen, Rådhuset"},
		Attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "AP", Role: "Leder", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "H", Role: "Nestleder", Status: doc.Present},
			{Name: "Siri Berg", Organization: "FRP", Role: "Medlem", Status: doc.Absent},
			{Name: "Lise Dahl", Organization: "FRP", Status: doc.Substitute, Replaces: "Siri Berg"},
			{Name: "Jon Vik", Organization: "KrF", Status: doc.Absent},
			{Name: "Anne Lie", Role: "Kommunalsjef", Status: doc.Present},
		},
		Cases: []wantCase{
			{Number: "PS 12/24", Title: "Godkjenning av innkalling og saksliste", Decision: "Innkalling og saksliste godkjennes.", Decided: true,
				Vote: &doc.Vote{Unanimous: true}},
			{Number: "PS 13/24", Title: "Tilskudd til frivillige lag 2024", Archive: "24/00311",
				Proposal: "Helse- og omsorgsutvalget fordeler tilskudd etter vedlagte liste.",
				Decision: "Helse- og omsorgsutvalget fordeler tilskudd etter vedlagte liste.", Decided: true,
				Speakers: []string{}, Vote: &doc.Vote{For: 6, Against: 1}, Conflicts: 2},
		},
	},
	{
		Name: "municipal protocol, other vendor", Doc: acosProtocol,
		// "Møtet ble hevet kl. 14.15" wins over the scheduled 10.00–14.30.
		Meeting: doc.Meeting{Body: "Formannskapet", Date: "2024-03-05", Start: "10:00", End: "14:15", Place: "Kommunestyresalen, Rådhuset"},
		Attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "AP", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "H", Status: doc.Present},
			{Name: "Per Olsen", Organization: "SP", Status: doc.Present},
			{Name: "Lise Dahl", Organization: "FRP", Status: doc.Substitute, Replaces: "Siri Berg"},
			{Name: "Siri Berg", Organization: "FRP", Status: doc.Absent},
			{Name: "Anne Lie", Role: "kommunedirektør", Status: doc.Present},
		},
		Cases: []wantCase{
			{Number: "12/24", Title: "Godkjenning av protokoll fra forrige møte", Proposal: "Protokollen fra møtet 13.02.2024 godkjennes.",
				Decision: "Protokollen fra møtet 13.02.2024 godkjennes.", Decided: true, Vote: &doc.Vote{Unanimous: true}},
			{Number: "13/24", Title: "Kjøp av eiendom gnr. 12 bnr. 4", Proposal: "Kommunen kjøper eiendommen for kr 2 500 000.",
				Decision: "Kommunen kjøper eiendommen for kr 2 500 000.", Decided: true, Vote: &doc.Vote{For: 4, Against: 2}, Conflicts: 2,
				Speakers: []string{}},
			{Number: "14/24", Title: "Referatsaker", Type: "Referatsaker"},
			{Number: "RS 3/24", Title: "Brev fra Statsforvalteren om tilsyn", Decision: "Tatt til orientering.", Decided: true},
		},
	},
	{
		Name: "nynorsk board", Doc: nynorskBoard,
		Meeting: doc.Meeting{Body: "Styret i Sunnfjord Energi AS", Date: "2024-03-14", Start: "10:00", End: "13:00", Place: "Hovudkontoret, Førde"},
		Attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Role: "leiar", Status: doc.Present},
			{Name: "Ola Nordmann", Status: doc.Present},
			{Name: "Per Hansen", Status: doc.Present},
			{Name: "Ingrid Bø", Status: doc.Present},
			{Name: "Lise Berg", Status: doc.Absent},
			{Name: "Nils Vik", Role: "dagleg leiar", Status: doc.Present},
		},
		Cases: []wantCase{
			{Number: "1/24", Title: "Godkjenning av innkalling og sakliste", Proposal: "Innkalling og sakliste vert godkjent.",
				Decision: "Innkalling og sakliste vert godkjent.", AsWritten: "Samrøystes vedteke.", Decided: true, Vote: &doc.Vote{Unanimous: true}},
			{Number: "2/24", Title: "Årsrekneskap 2023", Proposal: "Styret godkjenner årsrekneskapen for 2023.",
				Decision: "Styret godkjenner årsrekneskapen for 2023 med dei merknadene som kom fram i møtet.", Decided: true,
				Speakers: []string{"Ola Nordmann"}},
			{Number: "3/24", Title: "Status for utbygginga", Type: "Orienteringssak", Decision: "Saka vart teken til orientering.", Decided: true},
		},
	},
	{
		Name: "numbered items", Doc: workingGroup,
		Meeting: doc.Meeting{Date: "2025-04-03", Start: "13:00", End: "15:00", Place: "Teams"},
		Attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Status: doc.Present},
			{Name: "Ola Hansen", Role: "Referent", Status: doc.Present},
			{Name: "Per Olsen", Status: doc.Present},
		},
		Cases: []wantCase{
			{Number: "1", Title: "Velkommen og godkjenning av agenda", Decision: "Agenda ble godkjent uten merknader.", Decided: true},
			{Number: "2", Title: "Status for prosjektet", Decision: "Prosjektet følger planen.", Decided: true,
				Speakers: []string{"Kari Nordmann", "Per Olsen"}},
			{Number: "3", Title: "Videre arbeid", Decision: "Neste møte holdes 24. april.", Decided: true},
		},
	},
}

func TestLayouts(t *testing.T) {
	ref := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range slices.Concat(layouts, readerArtifacts, protocolLayouts, fixtures.Wild) {
		t.Run(tc.Name, func(t *testing.T) {
			r := Analyze(tc.Doc(), ref)
			if r.Kind != doc.KindMinutes {
				t.Fatalf("kind = %q (%v)", r.Kind, r.Warnings)
			}
			tc.Check(t, true, r.Meeting, r.Attendees, r.Cases)
		})
	}
}
