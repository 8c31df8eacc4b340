package minutes

import (
	"reflect"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// readerArtifacts are minutes as readers garble them: paragraphs a PDF ran
// into a heading or a table row, rows it stacked or drew labels into, and
// cells a plain-text export joined with " / ".
var readerArtifacts = []layout{
	{
		Name: "run together by a PDF", Doc: runTogether,
		Meeting: doc.Meeting{Body: "Styret i Helse Fjord HF", Date: "2023-10-20", Start: "15:30", Place: "Administrasjonsbygget"},
		Attendees: []doc.Attendee{
			{Name: "Ida Eriksen", Role: "Styreleder", Status: doc.Present},
			{Name: "Terje Sæther", Role: "Styremedlem", Status: doc.Present},
			{Name: "Jon Vik", Status: doc.Absent},
		},
		Cases: []wantCase{
			{Number: "67/23", Title: "Godkjenning av innkalling og dagsorden", Proposal: "Styret godkjenner innkalling og dagsorden.",
				Decision: "Innkalling og dagsorden godkjennes.", Decided: true},
			{Number: "68/23", Title: "Budsjett 2024", Proposal: "Styret vedtar budsjettet.", Decision: "Styret vedtar budsjettet.",
				AsWritten: "Som forslag til vedtak.", Decided: true, Vote: &doc.Vote{For: 4, Against: 1}},
			{Number: "69/23", Title: "Eventuelt"},
		},
	},
	{
		Name: "case table joined by slashes", Doc: slashedCaseTable,
		Meeting:   doc.Meeting{Body: "Styringsgruppen", Date: "2024-08-19", Start: "10:00", End: "12:30"},
		Attendees: []doc.Attendee{{Name: "Kari Nordmann", Organization: "KS", Status: doc.Present}},
		Cases: []wantCase{
			{Number: "40/24", Title: "Avvikssystem", Proposal: "Styringsgruppen godkjenner rapporten.", Decision: "Styringsgruppen godkjenner rapporten.",
				AsWritten: "Som forslag til vedtak.", Decided: true, Speakers: []string{"Kari Nordmann"}},
			{Number: "41/24", Title: "Budsjett / økonomiplan 2025"},
			{Number: "42/24", Title: "Eventuelt"},
		},
	},
	{
		Name: "agenda rows stacked by a PDF", Doc: stackedAgenda,
		Meeting:   doc.Meeting{Body: "Eldrerådet", Date: "2019-09-12"},
		Attendees: []doc.Attendee{{Name: "Svein Solberg", Role: "Leder", Status: doc.Present}},
		Cases: []wantCase{
			{Number: "PS 12/19", Title: "Godkjenning av innkalling", Proposal: "Eldrerådet godkjenner innkallingen.",
				Decision: "Eldrerådet godkjenner innkallingen.", AsWritten: "Som forslag til vedtak.", Decided: true},
			{Number: "PS 13/19", Title: "Budsjett", Decision: "Budsjettet tas til orientering.", Decided: true},
			{Number: "PS 14/19", Title: "Eventuelt"},
		},
	},
}

// runTogether is a board protocol whose PDF reader ran a case's labelled
// paragraphs into its heading and drew the labels after the attendee table
// into the table's last row.
func runTogether() *doc.Document {
	return docOf("pdf",
		h(1, "Protokoll fra styremøte i Helse Fjord HF"),
		p("Møtetidspunkt: Fredag 20.10.23 15:30"),
		p("Sted: Administrasjonsbygget"),
		h(2, "Deltakere"),
		row("Navn\nIda Eriksen", "Rolle\nStyreleder"),
		row("Terje Sæther\nForfall: Jon Vik\nReferent: Sekretariatet", "Styremedlem"),
		h(2, "67/23 Godkjenning av innkalling og dagsorden Forslag til vedtak: Styret godkjenner innkalling og dagsorden. Vedtak: Innkalling og dagsorden godkjennes."),
		h(2, "68/23 Budsjett 2024"),
		p("Saken ble drøftet. Terje Sæther: Støtter forslaget. Forslag til vedtak: Styret vedtar budsjettet."),
		p("Styrets vedtak: Som forslag til vedtak."),
		p("Votering: Vedtatt 4–1."),
		h(2, "69/23 Eventuelt"),
		p("Ingen saker."),
	)
}

// slashedCaseTable is a case table exported to plain text, the paragraphs
// of each cell joined with " / ".
func slashedCaseTable() *doc.Document {
	return docOf("txt",
		p("Referat fra møte i styringsgruppen 19. august 2024"),
		p("Møtetidspunkt: Mandag 19.08.24 10:00 – 12:30"),
		p("Til stede:"),
		p("Kari Nordmann, KS"),
		p("Referent: Utvalgssekretær"),
		row("Sak", "Sakstittel / kommentar / forslag til vedtak"),
		row("40/24 / Kl. 10:00", "Avvikssystem / Flere rapporter må ses i sammenheng. / Kari Nordmann: Har dere tall? / "+
			"Forslag til vedtak: Styringsgruppen godkjenner rapporten. / Vedtak: Som forslag til vedtak."),
		row("41/24 / Kl. 10:45", "Budsjett / økonomiplan 2025"),
		row("42/24 / Kl. 11:25", "Eventuelt / Neste møte er 28. november 2024."),
	)
}

// stackedAgenda is a protocol whose PDF reader stacked the agenda's rows
// into one and ran the agenda heading into the attendee table.
func stackedAgenda() *doc.Document {
	return docOf("pdf",
		h(1, "Møteprotokoll – Eldrerådet"),
		p("Utvalg: Eldrerådet"),
		p("Dato: 12.09.2019"),
		p("Faste medlemmer som møtte:"),
		row("Navn", "Funksjon"),
		row("Svein Solberg\nSaksliste", "Leder"),
		row("Saksnr. Innhold\nPS 12/19", "", ""),
		row("", "Godkjenning av innkalling"),
		row("PS 13/19\nPS 14/19", "Budsjett\nEventuelt"),
		h(2, "PS 12/19 Godkjenning av innkalling"),
		p("Kommunedirektørens forslag til vedtak: Eldrerådet godkjenner innkallingen. Eldrerådets vedtak: Som forslag til vedtak."),
		h(2, "PS 13/19 Budsjett"),
		p("Eldrerådets vedtak: Budsjettet tas til orientering."),
		h(2, "PS 14/19 Eventuelt"),
		p("Ingen saker."),
	)
}

func TestSplitCaseLabels(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"12/24 Budsjett Vedtak: Godkjent.", []string{"12/24 Budsjett", "Vedtak: Godkjent."}},
		{"Forslag til vedtak: A. Formannskapets vedtak: B.", []string{"Forslag til vedtak: A.", "Formannskapets vedtak: B."}},
		{"Saken ble drøftet. Votering: Enstemmig.", []string{"Saken ble drøftet.", "Votering: Enstemmig."}},
		{"Kari Nordmann Forfall:", []string{"Kari Nordmann", "Forfall:"}},
		{"HOU- 12/24 Vedtak:", []string{"HOU- 12/24 Vedtak:"}},
		{"Kari Nordmann fremmet forslag til vedtak: Saken utsettes.", []string{"Kari Nordmann fremmet forslag til vedtak: Saken utsettes."}},
		{"Ola Hansen: Støtter Vedtaket fra i fjor.", []string{"Ola Hansen: Støtter Vedtaket fra i fjor."}},
		{"Møtet startet kl. 10:00 Vedtak: X", []string{"Møtet startet kl. 10:00", "Vedtak: X"}},
		{"Forfall: Kari Nordmann", []string{"Forfall: Kari Nordmann"}},
		{"Møteleder: Kari Nordmann Referent: Ola Hansen", []string{"Møteleder: Kari Nordmann", "Referent: Ola Hansen"}},
		{"Dato: 12.03.2024 Tid: 09:00–11:00 Sted: Rådhuset", []string{"Dato: 12.03.2024", "Tid: 09:00–11:00", "Sted: Rådhuset"}},
		{"Til stede: Kari Nordmann, Ola Hansen Forfall: Per Olsen", []string{"Til stede: Kari Nordmann, Ola Hansen", "Forfall: Per Olsen"}},
		{"Møtedato: 12.03.2024 Tid: 09:00 - 12:15 Møtested: Rådhuset", []string{"Møtedato: 12.03.2024", "Tid: 09:00 - 12:15", "Møtested: Rådhuset"}},
		{"Sted: Rådhuset, møterom Fjorden", []string{"Sted: Rådhuset, møterom Fjorden"}},
		{"PS 15/24 Naust på gnr. 8 bnr. 3 Rådmannens forslag til vedtak:", []string{"PS 15/24 Naust på gnr. 8 bnr. 3", "Rådmannens forslag til vedtak:"}},
		{"Kari Nordmann orienterte Referent: Ola", []string{"Kari Nordmann orienterte Referent: Ola"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := splitCaseLabels(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSplitSlashed(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"40/24 / Kl. 10:00", []string{"40/24", "Kl. 10:00"}},
		{"Eventuelt / Ingen saker under eventuelt.", []string{"Eventuelt", "Ingen saker under eventuelt."}},
		{"Plan / Vedtak: Godkjent. / se vedlegg", []string{"Plan", "Vedtak: Godkjent. / se vedlegg"}},
		{"Budsjett / økonomiplan 2025", []string{"Budsjett / økonomiplan 2025"}},
		{"Helse / Omsorg", []string{"Helse / Omsorg"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := splitSlashed(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
