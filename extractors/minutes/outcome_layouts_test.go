package minutes

import (
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/internal/fixtures"
)

// outcomeLayouts are minutes that record their outcomes without a
// "Vedtak:" label, paraphrased from the layouts of a student board, an
// association's annual meeting and a nynorsk board. Their meetings and
// attendees are left to the other layout tests.
var outcomeLayouts = []struct {
	name  string
	doc   func() *doc.Document
	cases []wantCase
}{
	{"student board", studentBoard, []wantCase{
		{Number: "10/2024", Title: "Godkjenning av referat", Decision: "Godkjent.", Decided: true},
		{Number: "11/2024", Title: "Valg av kasserer", Decision: "Siv velges ved akklamasjon.", Decided: true},
		{Number: "12/2024", Title: "Nettsiden", Speakers: []string{"Ola Hansen"}},
		{Number: "13/2024", Title: "Spørsmål om FAQ", Decision: "For: 2 Mot: 3 Avholdende: 0\nForslaget faller.", Decided: true,
			Vote: &doc.Vote{For: 2, Against: 3}},
		{Number: "14/2024", Title: "Søknader om støtte", Decision: "Skolekorpset: støtter.\nSjakklubben: støtter ikke.", Decided: true},
	}},
	{"annual meeting", annualMeeting, []wantCase{
		{Number: "00", Title: "Valg av møteleder og referent",
			Decision: "Kari Nordmann ble valgt til møteleder. Ola Hansen ble valgt til referent.", Decided: true},
		{Number: "01", Title: "Godkjenne innkallingen", Decision: "Årsmøtet godkjente innkallingen enstemmig.", Decided: true,
			Vote: &doc.Vote{Unanimous: true}},
		{Number: "02", Title: "Regnskap", Decision: "Årsmøtet godkjente regnskapet.", Decided: true},
		{Number: "03", Title: "Valg av styre", Decision: "Årsmøtet valgte Siv Li som ny leder.", Decided: true},
		{Number: "04", Title: "Eventuelt"},
	}},
	{"nynorsk board", nynorskOutcomes, []wantCase{
		{Number: "1/24", Title: "Søknad om støtte frå korpset", Decision: "Søknaden vert innvilga med kr 5 000.", Decided: true},
		{Number: "2/24", Title: "Ny nettstad", Decision: "Saka vert utsett til neste møte.", Decided: true},
		{Number: "3/24", Title: "Endring av vedtekter", Proposal: "Vedtektene vert endra som framlagt.", Decision: "Framlegget fall.", Decided: true},
		{Number: "4/24", Title: "Budsjett", Proposal: "Budsjettet vert godkjent.", Decision: "Budsjettet vert godkjent.",
			AsWritten: "Framlegget vart samrøystes vedteke.", Decided: true, Vote: &doc.Vote{Unanimous: true}},
		{Number: "5/24", Title: "Orientering frå leiar", Decision: "Leiar orienterte om arbeidet. Teke til orientering.", Decided: true},
		{Number: "6/24", Title: "Eventuelt"},
	}},
}

func TestOutcomeLayouts(t *testing.T) {
	ref := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range outcomeLayouts {
		t.Run(tc.name, func(t *testing.T) {
			cases := Analyze(tc.doc(), ref).Cases
			if len(cases) != len(tc.cases) {
				t.Fatalf("%d cases, want %d: %+v", len(cases), len(tc.cases), cases)
			}
			for i, w := range tc.cases {
				fixtures.CheckCase(t, true, cases[i], w)
			}
		})
	}
}

// studentBoard writes outcomes as "Godkjent." under the item, elections by
// acclamation, a vote by labels, a body's positions after the name of each
// applicant and a type code after each title; a number is reused by a slip.
func studentBoard() *doc.Document {
	return docOf("docx",
		h(1, "Referat for styremøte den 14.03.2024"),
		p("Vedtakssak: V"), p("Orienteringssak: O"), p("Diskusjonssak: D"),
		p("Til stede: Kari Nordmann, Ola Hansen, Siv Li"),
		h(2, "Sak 10/2024: Godkjenning av referat V"),
		p("Godkjent."),
		h(2, "Sak 11/2024: Valg av kasserer V"),
		p("Siv stiller. Siv velges ved akklamasjon."),
		h(2, "Sak 12/2024: Nettsiden O"),
		p("Ola: Ny side er på vei, og den støttes av alle nettlesere."),
		p("Ola foreslår at vi bytter leverandør. Budsjettet vil kunne godkjennes til våren."),
		h(2, "Sak 13/2024: Spørsmål om FAQ D"),
		p("Kari mener siden bør være god nok uten. Hvis det blir stemt for, lager Ola den."),
		p("For: 2 Mot: 3 Avholdende: 0"),
		p("Forslaget faller."),
		h(2, "Sak 14/2024: Søknader om støtte V"),
		p("Styret ser over søknadene som har kommet inn:"),
		p("Skolekorpset: støtter."),
		p("Sjakklubben: støtter ikke."),
		p("Leseklubben: noen av postene har blitt søkt om og godkjent tidligere."),
		h(2, "Sak 12/2024: Eventuelt"),
		p("Ingen saker. Styret godkjente ingenting."),
	)
}

// annualMeeting numbers its items from 00 and records its outcomes as
// sentences: "Årsmøtet godkjente …", "… ble valgt til …".
func annualMeeting() *doc.Document {
	return docOf("pdf",
		h(1, "Referat"),
		p("Møte: Årsmøte i Kartforeningen"),
		p("Tid: 5. desember 2023 kl 10.00 – 11.00"),
		h(2, "00 Valg av møteleder og referent"),
		p("Kari Nordmann ble valgt til møteleder. Ola Hansen ble valgt til referent."),
		h(2, "01 Godkjenne innkallingen"),
		p("Kari Nordmann gikk igjennom innkallingen."),
		p("Årsmøtet godkjente innkallingen enstemmig."),
		h(2, "02 Regnskap"),
		p("Revisor Ina Berg anbefalte at årsmøtet godkjente regnskapet."),
		p("Årsmøtet godkjente regnskapet."),
		h(2, "03 Valg av styre"),
		p("Styret 2023 bestod av Kari Nordmann og Ola Hansen. Ola Hansen ønsket ikke gjenvalg."),
		p("Følgende ble foreslått av valgkomiteen: Siv Li."),
		p("Årsmøtet valgte Siv Li som ny leder."),
		h(2, "04 Eventuelt"),
		p("Det var ikke kommet inn forslag til andre saker."),
		p("Møtet ble hevet 10:45."),
	)
}

// nynorskOutcomes grants, postpones, rejects, adopts and notes in nynorsk.
func nynorskOutcomes() *doc.Document {
	return docOf("odt",
		h(1, "Møtebok for styremøte"),
		p("Dato: 10.01.2024"),
		h(2, "Sak 1/24 Søknad om støtte frå korpset"),
		p("Søknaden vert innvilga med kr 5 000."),
		h(2, "Sak 2/24 Ny nettstad"),
		p("Saka vert utsett til neste møte."),
		h(2, "Sak 3/24 Endring av vedtekter"),
		p("Forslag til vedtak: Vedtektene vert endra som framlagt."),
		p("Framlegget fall."),
		h(2, "Sak 4/24 Budsjett"),
		p("Forslag til vedtak: Budsjettet vert godkjent."),
		p("Framlegget vart samrøystes vedteke."),
		h(2, "Sak 5/24 Orientering frå leiar"),
		p("Leiar orienterte om arbeidet. Teke til orientering."),
		h(2, "Sak 6/24 Eventuelt"),
		p("Ola spør om styret kan låne salen. Det kan det ikkje."),
	)
}
