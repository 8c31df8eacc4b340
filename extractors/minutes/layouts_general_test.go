package minutes

import (
	"strings"
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

// TestCaseEndsAttendeeColumns checks that a case's number ends an
// attendee table whose cells a PDF reader gave as paragraphs, even where
// the reader put a cell of the table after it.
func TestCaseEndsAttendeeColumns(t *testing.T) {
	d := docOf("pdf", p("Møteprotokoll"), p("Utval: Kommunestyret"), p("Dato: 20.06.2024"),
		p("Frå administrasjonen møtte:"), p("Namn"), p("Stilling"), p("Åse Fure"),
		p("PS 31/24 Årsrekneskap 2023"), p("Tilråding:"), p("Rekneskapen vert godkjend."), p("Kommunedirektør"),
		p("Vedtak i Kommunestyret - 20.06.2024"), p("Rekneskapen vert godkjend."))
	r := Analyze(d, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	if len(r.Cases) != 1 || r.Cases[0].Number != "PS 31/24" || r.Cases[0].Decision != "Rekneskapen vert godkjend." {
		t.Errorf("cases = %+v", r.Cases)
	}
	for _, a := range r.Attendees {
		if strings.Contains(a.Role, "31/24") {
			t.Errorf("a case taken as a cell: %+v", a)
		}
	}
}

// TestCaseOutcomes reads one case written the ways council protocols
// record an outcome, and the look-alikes that record none.
func TestCaseOutcomes(t *testing.T) {
	tests := []struct {
		lines               []string
		decision, asWritten string
	}{
		{[]string{"Rådmannens innstilling:", "Planen vedtas.", "Enstemmig som innstillingen."}, "Planen vedtas.", "Enstemmig som innstillingen."},
		{[]string{"Framlegg til vedtak:", "Planen vert vedteken.", "Samrøystes vedteke som tilrådd."}, "Planen vert vedteken.", "Samrøystes vedteke som tilrådd."},
		{[]string{"Innstilling:", "Planen vedtas.", "Votering:", "Innstillingen ble vedtatt mot 3 stemmer (FrP)."},
			"Planen vedtas.", "Innstillingen ble vedtatt mot 3 stemmer (FrP)."},
		{[]string{"Forslag til vedtak:", "Planen vedtas.", "Behandling:", "Saken ble sendt tilbake til administrasjonen."},
			"Saken ble sendt tilbake til administrasjonen.", ""},
		{[]string{"Saka vart send attende til administrasjonen for meir utgreiing."}, "Saka vart send attende til administrasjonen for meir utgreiing.", ""},
		{[]string{"Formannskapet tok saken til orientering."}, "Formannskapet tok saken til orientering.", ""},
		{[]string{"Utvalet tek meldinga til vitande."}, "Utvalet tek meldinga til vitande.", ""},
		{[]string{"Kommunestyret gir sin tilslutning til planen."}, "Kommunestyret gir sin tilslutning til planen.", ""},
		{[]string{"Styrets innstilling:", "Planen vedtas.", "Årsmøtets vedtak:", "Planen vedtas med endringen i punkt 2."},
			"Planen vedtas med endringen i punkt 2.", ""},
		{[]string{"Tilråding:", "Planen vert vedteken.", "Røysting:", "Tilrådinga fekk 10 røyster og vart vedteken."},
			"Planen vert vedteken.", "Tilrådinga fekk 10 røyster og vart vedteken."},
		{[]string{"Tilråding:", "Planen vert vedteken.", "Handsaming:", "Framlegget frå Ap fekk 5 røyster og fall. Tilrådinga vart vedteken med 10 røyster."},
			"Planen vert vedteken.", "Tilrådinga vart vedteken med 10 røyster."},
		{[]string{"Innstilling:", "Planen vedtas.", "Behandling:", "Rådmannens innstilling ble enstemmig bifalt."},
			"Planen vedtas.", "Rådmannens innstilling ble enstemmig bifalt."},
		{[]string{"Innstilling:", "Planen vedtas.", "Behandling:", "Enstemmig innstilt."}, "Planen vedtas.", "Enstemmig innstilt."},

		// look-alikes
		{[]string{"Innstilling:", "Planen vedtas.", "Behandling:", "Forslaget fra Sp falt med 8 mot 13 stemmer."},
			"Forslaget fra Sp falt med 8 mot 13 stemmer.", ""},
		{[]string{"Forslag til vedtak: Saken tas til orientering."}, "", ""},
		{[]string{"Kontrollutvalget viser til rapporten og ber om en oppfølging innen juni."}, "", ""},
		{[]string{"Referatet sendes ut på e-post."}, "", ""},
		{[]string{"Vi tar gjerne imot innspill til orientering neste gang."}, "", ""},
	}
	ref := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.lines[len(tc.lines)-1], func(t *testing.T) {
			bs := []doc.Block{p("Møteprotokoll"), p("Utvalg: Formannskapet"), p("Dato: 12.03.2024"), p("Sak 12/24 Plan")}
			for _, l := range tc.lines {
				bs = append(bs, p(l))
			}
			cases := Analyze(docOf("pdf", append(bs, p("Sak 13/24 Eventuelt"))...), ref).Cases
			if len(cases) != 2 {
				t.Fatalf("cases = %+v", cases)
			}
			c := cases[0]
			if c.Decision != tc.decision || c.DecisionAsWritten != tc.asWritten || c.Decided != (tc.decision != "") {
				t.Errorf("decision %q (as written %q, decided %v), want %q (%q)", c.Decision, c.DecisionAsWritten, c.Decided, tc.decision, tc.asWritten)
			}
		})
	}
}
