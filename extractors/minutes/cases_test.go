package minutes

import (
	"reflect"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestParseCaseStart(t *testing.T) {
	tests := []struct {
		in, number, rest string
		ok               bool
	}{
		{"33/25", "33/25", "", true},
		{"Sak 21/25 Veileder om integritet", "21/25", " Veileder om integritet", true},
		{"PS 12/24 Budsjett 2025", "PS 12/24", " Budsjett 2025", true},
		{"RS 3/24", "RS 3/24", "", true},
		{"OS 2/2024: Orientering om drift", "OS 2/2024", ": Orientering om drift", true},
		{"Sak 7/25", "7/25", "", true},
		{"Sak 3: Budsjett", "3", ": Budsjett", true},
		{"SAK 12-24 Regnskap", "12-24", " Regnskap", true},
		{"Styresak 045-2024 Virksomhetsrapport januar 2024", "045-2024", " Virksomhetsrapport januar 2024", true},
		{"Styresak 12/24: Budsjett", "12/24", ": Budsjett", true},
		{"STYRESAK 7-2025 Eventuelt", "7-2025", " Eventuelt", true},
		{"O-sak 3/24 Orientering om IKT", "O-sak 3/24", " Orientering om IKT", true},
		{"FSK-sak 12/24 Kjøp av tomt", "FSK-sak 12/24", " Kjøp av tomt", true},
		{"Sak: 46/24", "46/24", "", true},
		{"Saksnr.: 2024/1234", "", "", false},
		{"HOVEDUTVALG-sak 12/24 Kjøp av tomt", "", "", false},
		{"V-sak 4-24 Budsjett", "V-sak 4-24", " Budsjett", true},
		{"Sak 2024/15 Årsmelding", "2024/15", " Årsmelding", true},
		{"Styresak 45-2024 ble utsatt.", "", "", false},
		{"NS 3000-2020 Standard", "", "", false},
		{"Sak 21-25 er uklart, må presiseres.", "", "", false},
		{"HOU- 12/24 Vedtak:", "", "", false},
		{"Saksnr.: 24/00311", "", "", false},
		{"2025/2026 Budsjett", "", "", false},
		{"Sakene ble behandlet", "", "", false},
		{"12 deltakere", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			n, rest, ok := parseCaseStart(tc.in)
			if ok != tc.ok || (ok && (n != tc.number || rest != tc.rest)) {
				t.Errorf("parseCaseStart(%q) = %q, %q, %v; want %q, %q, %v", tc.in, n, rest, ok, tc.number, tc.rest, tc.ok)
			}
		})
	}
}

func TestNumberedItems(t *testing.T) {
	tests := []struct {
		name    string
		blocks  []doc.Block
		running bool
		want    []string
	}{
		{"nested and out of sequence", []doc.Block{
			p("1.1 Bakgrunn"), p("1. Velkommen"), p("Tekst."), li("1. Første punkt"), li("2. Andre punkt"),
			p("2) Status"), p("3. desember er fristen."), h(2, "4 Eventuelt"), p("3. Eventuelt"),
		}, false, []string{"1 Velkommen", "2 Status", "3 Eventuelt"}},
		{"dash after the number", []doc.Block{p("1 - Godkjenning av innkalling"), p("Godkjent."), p("2 - Budsjett"), p("3 – Eventuelt")},
			false, []string{"1 Godkjenning av innkalling", "2 Budsjett", "3 Eventuelt"}},
		{"a bare number is a heading's only", []doc.Block{p("1 Godkjenning"), p("2 Budsjett")}, false, nil},
		{"field lines are no items", []doc.Block{p("1. Referent: Kari Nordmann"), p("1. Godkjenning"), p("2. Tid: kl. 10"), p("2. Budsjett")},
			false, []string{"1 Godkjenning", "2 Budsjett"}},
		{"running numbers need headings", []doc.Block{h(2, "12. Budsjett"), p("Tekst."), h(2, "13. Eventuelt"), p("14. Neste")},
			true, []string{"12 Budsjett", "13 Eventuelt"}},
		{"running numbers not in paragraphs", []doc.Block{p("12. Budsjett"), p("13. Eventuelt")}, true, nil},
		{"running off: from 0 or 1 only", []doc.Block{h(2, "12. Budsjett"), h(2, "13. Eventuelt")}, false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := flatten(tc.blocks)
			var got []string
			for _, s := range numberedItems(lines, make([]bool, len(lines)), tc.running) {
				got = append(got, s.number+" "+s.rest)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("numbered items = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSplitType(t *testing.T) {
	tests := []struct{ in, typ, title string }{
		{"Beslutningssak: Handlingsplan 2026", "Beslutningssak", "Handlingsplan 2026"},
		{"Orienteringssak – Felles sikkerhet i forvaltningen (FSIF)", "Orienteringssak", "Felles sikkerhet i forvaltningen (FSIF)"},
		{"Handlingsplan 2026 (Drøftingssak)", "Drøftingssak", "Handlingsplan 2026"},
		{"Referatsaker", "Referatsaker", ""},
		{"Høring: Forskrift om digital sikkerhet", "", "Høring: Forskrift om digital sikkerhet"},
		{"Veileder - Sikre helseopplysningenes integritet", "", "Veileder - Sikre helseopplysningenes integritet"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			typ, title := splitType(tc.in)
			if typ != tc.typ || title != tc.title {
				t.Errorf("splitType(%q) = %q, %q; want %q, %q", tc.in, typ, title, tc.typ, tc.title)
			}
		})
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kl. 12:15 Godkjenning av referat fra møte 16.09.25", "Godkjenning av referat fra møte 16.09.25"},
		{"Godkjenning av innkalling (12:10–12:15)", "Godkjenning av innkalling"},
		{"12.00 Velkommen", "Velkommen"},
		{"Strategi for Normen 2026 – 2028", "Strategi for Normen 2026 – 2028"},
	}
	for _, tc := range tests {
		if got := cleanTitle(tc.in); got != tc.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestProposalReference(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Som forslag til vedtak.", true},
		{"Innstillingen ble vedtatt.", true},
		{"Forslaget ble enstemmig vedtatt.", true},
		{"Kommunedirektørens innstilling ble vedtatt med 4 mot 0 stemmer.", true},
		{"Framlegget vart samrøystes vedteke.", true},
		{"Vedtatt som innstilt.", true},
		{"Samrøystes vedteke.", true},
		{"Vedtatt 4–0.", true},
		{"Innstillingen ble vedtatt med 7-2 (H, FrP).", true},
		{"I tråd med rådmannens forslag.", true},
		{"Forslaget ble vedtatt 5 mot 2.", true},
		{"Saka vart samrøystes vedteken.", true},
		{"Vedtatt med 18 mot 3 stemmer, 2 avholdende.", true},
		{"Styrets forslag ble vedtatt mot 2 stemmer.", true},
		{"Saken ble utsatt.", false},
		{"Tilrådinga fekk 10 røyster og vart vedteken.", true},
		{"Rådmannens innstilling ble enstemmig bifalt.", true},
		{"Enstemmig tilrådd.", true},
		{"Forslaget fikk 3 stemmer og falt.", false},
		{"Forslaget vedtas med endringsinnspill gitt i møtet.", false},
		{"Styringsgruppen godkjenner referatet.", false},
	}
	for _, tc := range tests {
		if got := isProposalReference(tc.in); got != tc.want {
			t.Errorf("isProposalReference(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestResolveDecision(t *testing.T) {
	c := doc.Case{Proposal: "Rådet godkjenner planen."}
	resolveDecision(&c, []string{"Saken ble drøftet. Innstillingen ble enstemmig vedtatt."})
	if c.Decision != c.Proposal || c.DecisionAsWritten != "Innstillingen ble enstemmig vedtatt." {
		t.Errorf("resolved %+v", c)
	}
	c = doc.Case{Decision: "Som forslag til vedtak."}
	resolveDecision(&c, nil)
	if c.Decision != "Som forslag til vedtak." || c.DecisionAsWritten != "" {
		t.Errorf("a reference without a proposal must stay as written: %+v", c)
	}
}

func TestParseVote(t *testing.T) {
	tests := []struct {
		in   string
		want *doc.Vote
	}{
		{"Innstillingen ble enstemmig vedtatt.", &doc.Vote{Unanimous: true}},
		{"Vedtatt med 4 mot 0 stemmer.", &doc.Vote{Unanimous: true, For: 4}},
		{"Forslaget ble vedtatt med 7 mot 2 stemmer.", &doc.Vote{For: 7, Against: 2}},
		{"Innstillingen ble vedtatt mot 1 stemme (FrP).", &doc.Vote{Against: 1}},
		{"Vedtatt med 5 stemmer mot 2.", &doc.Vote{For: 5, Against: 2}},
		{"Framlegget vart samrøystes vedteke.", &doc.Vote{Unanimous: true}},
		{"Innstillingen ble vedtatt 4–0.", &doc.Vote{Unanimous: true, For: 4}},
		{"Framlegget vart vedteke med 7-2.", &doc.Vote{For: 7, Against: 2}},
		{"Forslaget falt 3 – 4.", &doc.Vote{For: 3, Against: 4}},
		{"5 stemte for og 2 stemte mot forslaget.", &doc.Vote{For: 5, Against: 2}},
		{"Innstillingen ble vedtatt med 7 mot 2 stemmer.", &doc.Vote{For: 7, Against: 2}},
		{"Vedtatt 12-2024 i kommunestyret.", nil},
		{"Planen ble godkjent 2.-3. mai.", nil},
		{"Saken ble vedtatt i sak 12-24.", nil},
		{"Styret godkjente planen.", nil},
		{"Innstillingen ble vedtatt 5 mot 2.", &doc.Vote{For: 5, Against: 2}},
		{"Han var mot 2 av forslagene som ble vedtatt.", nil},
		{"For: 5 Mot: 5 Avholdende: 3", &doc.Vote{For: 5, Against: 5}},
		{"For: 6, Mot: 0", &doc.Vote{Unanimous: true, For: 6}},
		{"For: mange. Mot: få.", nil},
	}
	for _, tc := range tests {
		got := parseVote(tc.in)
		if tc.want != nil {
			tc.want.Text = tc.in
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseVote(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestFindConflicts(t *testing.T) {
	got := findConflicts([]string{
		"Christian Cato Bülow-Larsen fratrer AU pga. bytte av arbeidsgiver. Kari Nordmann ba om å få vurdert sin habilitet.",
		"Hun ble erklært inhabil og fratrådte under behandlingen. Saken ble så behandlet.",
		"Ola Hansen fratrådte møtet under behandlingen av saken.",
	})
	want := []string{"Kari Nordmann ba om å få vurdert sin habilitet.", "Hun ble erklært inhabil og fratrådte under behandlingen.",
		"Ola Hansen fratrådte møtet under behandlingen av saken."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("conflicts = %q, want %q", got, want)
	}
}

func TestFindSpeakers(t *testing.T) {
	atts := []doc.Attendee{
		{Name: "Ida-Kristin Martinussen"}, {Name: "Jon Berge Holden"}, {Name: "John Lidvard Nedregård", Organization: "Helse Møre og Romsdal"},
		{Name: "Kari Nordmann"}, {Name: "Kari Hansen"},
	}
	got := findSpeakers([]string{
		"Ida: Er det satt datoer?", "Jon Berge – Sak 21-25 er uklart.", "Helse Møre og Romsdal: Vi bruker sløyfemodellen.",
		"Kari: Tvetydig.", "GE: Initialer.", "Sekretariatet: Svar.", "Per Olsen: Ikke på lista.", "Status fra leder av arbeidsutvalget – Jon",
		"Ida – igjen", "Kl. 12:15 Pause",
	}, newRoster(atts))
	want := []string{"Ida-Kristin Martinussen", "Jon Berge Holden", "John Lidvard Nedregård", "Per Olsen"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("speakers = %q, want %q", got, want)
	}
}
