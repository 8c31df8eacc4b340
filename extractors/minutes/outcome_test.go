package minutes

import (
	"reflect"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// TestOutcomeLine reads lines as real minutes write them (paraphrased) and
// the look-alikes that record no outcome.
func TestOutcomeLine(t *testing.T) {
	ctx := caseContext{roster: newRoster([]doc.Attendee{{Name: "Kari Nordmann"}}), collective: map[string]bool{"fu": true}}
	tests := []struct{ in, want string }{
		// approvals, bare or with a subject
		{"Godkjent", "Godkjent"},
		{"Godkjent.", "Godkjent."},
		{"Referatet godkjennes.", "Referatet godkjennes."},
		{"Forslag vedtatt.", "Forslag vedtatt."},
		{"Årsmøtet godkjente regnskapet enstemmig uten merknader.", "Årsmøtet godkjente regnskapet enstemmig uten merknader."},
		{"Framlegget vart samrøystes vedteke.", "Framlegget vart samrøystes vedteke."},
		{"Styret godkjende budsjettet.", "Styret godkjende budsjettet."},
		// elections
		{"Per Ås ble enstemmig valgt som ny revisor.", "Per Ås ble enstemmig valgt som ny revisor."},
		{"Begge ble enstemmig valgt.", "Begge ble enstemmig valgt."},
		{"Siv stiller. Siv velges ved akklamasjon.", "Siv velges ved akklamasjon."},
		{"Kasserer (1): Siv. Valgt ved akklamasjon.", "Kasserer (1): Siv. Valgt ved akklamasjon."},
		{"Årsmøtet valgte Ola Vik og Siv Li som nye styremedlemmer.", "Årsmøtet valgte Ola Vik og Siv Li som nye styremedlemmer."},
		{"Lise vart vald til leiar.", "Lise vart vald til leiar."},
		{"Som møteleder ble valgt Trine Vold.", "Som møteleder ble valgt Trine Vold."},
		{"Følgende ble valgt:", "Følgende ble valgt:"},
		{"Desse vart valde:", "Desse vart valde:"},
		// rejections, postponements, notes, grants
		{"IKKE godkjent", "IKKE godkjent"},
		{"Forslaget falt.", "Forslaget falt."},
		{"Framlegget fall.", "Framlegget fall."},
		{"Forslaget trekkes.", "Forslaget trekkes."},
		{"Endringsforslaget ble trukket.", "Endringsforslaget ble trukket."},
		{"For: 4 Mot: 4 Avholdende: 1", "For: 4 Mot: 4 Avholdende: 1"},
		{"Saken utsettes til neste møte.", "Saken utsettes til neste møte."},
		{"Saka vert utsett.", "Saka vert utsett."},
		{"Tas til orientering.", "Tas til orientering."},
		{"Saka vart teken til orientering.", "Saka vart teken til orientering."},
		{"Søknaden innvilges med kr 5 000.", "Søknaden innvilges med kr 5 000."},
		{"Årsmeldinga vart teken til vitande.", "Årsmeldinga vart teken til vitande."},
		{"Saken ble tatt til orientering.", "Saken ble tatt til orientering."},
		// positions and agreements
		{"Skolekorpset: støtter. Liker planen.", "Skolekorpset: støtter. Liker planen."},
		{"Støtter søknaden fra korpset.", "Støtter søknaden fra korpset."},
		{"Styret støtter forslaget.", "Styret støtter forslaget."},
		{"Fu stiller seg positive til dette", "Fu stiller seg positive til dette"},
		{"Stemmer: 2, 5, 0. FU stemmer på bowling.", "FU stemmer på bowling."},
		{"Vi er enige om at vi vil ha seminar. Siv finner dato.", "Vi er enige om at vi vil ha seminar. Siv finner dato."},
		{"Enighet om å skrive om trivsel.", "Enighet om å skrive om trivsel."},
		{"Bekrefter 3. juni kl. 10-12.", "Bekrefter 3. juni kl. 10-12."},
		{"Kan vi låne salen? Ja.", "Kan vi låne salen? Ja."},
		{"Klubben spør om hjelp. Vil FU støtte dette? Absolutt!!", "Vil FU støtte dette? Absolutt!!"},

		// look-alikes
		{"Revisor Ina Berg anbefalte at årsmøtet godkjente regnskapet.", ""},
		{"Budsjettet vil kunne godkjennes til våren.", ""},
		{"Noen av postene har blitt søkt om og godkjent tidligere.", ""},
		{"Følgende ble foreslått for valgkomiteen:", ""},
		{"Kari Nordmann: Støtter forslaget, men ønsker en ny vurdering.", ""},
		{"Ola Hansen: Støtter forslaget.", ""},
		{"Lise foreslår at vi lager en quiz.", ""},
		{"Hva foretrekker styret?", ""},
		{"Vil styret støtte dette?", ""},
		{"Skal vi prøve å ha allmøte før jul? Lise sier nei.", ""},
		{"I så fall kommer det til høsten.", ""},
		{"Marit ønsket ikke gjenvalg.", ""},
		{"Av disse var Ola og Siv på valg.", ""},
		{"Godkjenning av referat", ""},
		{"Alle som kan stiller.", ""},
		{"Ansvarlig: Siv", ""},
		{"Er det enig i at vi har et problem.", ""},
		{"Lapper henges opp med info.", ""},
		{"Velger derfor flere enn fire.", ""},
		{"Planen ble vedtatt i fjor og gjelder ut året.", ""},
		{"Reglementet ble godkjent i 2019.", ""},
		{"Søknaden er allerede innvilget.", ""},
		{"Det var ikke enighet om veien videre.", ""},
		{"KS anbefaler at kommunene venter.", ""},
		{"Regnskapet for 2023 ble godkjent.", "Regnskapet for 2023 ble godkjent."},
		{"Tillitsvalgte velges normalt ved behov.", ""},
		{"Blant medlemmene velges en leder og en kasserer.", ""},
		{"Hvert trinn har en kontakt, og det velges personlig vara.", ""},
		{"Trukket ti vinnere.", ""},
		{"Best med de nye. Kanskje rart å ikke bruke dem? Enighet om å bruke nye adresser.", "Enighet om å bruke nye adresser."},
		{"Vi drøftet lenge. Siv stiller. Valgt ved akklamasjon.", "Siv stiller. Valgt ved akklamasjon."},
		{"Siv ble valgt som revisor for 2024.", "Siv ble valgt som revisor for 2024."},
		{"Som nevnt ble planen vedtatt.", ""},
		{"Ho vart samrøystes kjend ugild.", ""},
		{"Ola Hansen ble enstemmig erklært inhabil.", ""},
		{"Som leder ble Siv valgt i fjor.", ""},
		{"Forslaget fra Ap fikk 5 stemmer og falt.", "Forslaget fra Ap fikk 5 stemmer og falt."},
		{"Som meddommere velges Eva Lund og Jon Vik.", "Som meddommere velges Eva Lund og Jon Vik."},
		{"Kari snublet og falt på isen.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := outcomeLine(tc.in, ctx); got != tc.want {
				t.Errorf("outcomeLine(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFindOutcomeElection(t *testing.T) {
	tests := []struct {
		title string
		lines []string
		want  []string
	}{
		{"Valg av nestleder og sekretær", []string{"Sekretær: Lars", "Nestleder: Siv"}, []string{"Sekretær: Lars", "Nestleder: Siv"}},
		{"Møteleder og referent", []string{"Skal vi velge fast møteleder?", "Møteleder: Siv (Lars som vara)", "Referent: Lars"},
			[]string{"Møteleder: Siv (Lars som vara)", "Referent: Lars"}},
		// an outcome sentence wins over the list of the old board
		{"Valg av styre", []string{"Styret 2024 bestod av:", "Leder: Ola Vik (Norkart)", "Årsmøtet valgte Siv Li som ny leder."},
			[]string{"Årsmøtet valgte Siv Li som ny leder."}},
		// owners of a task are no election
		{"Regnskap", []string{"Leder: Ola", "Ansvarlig: Siv"}, nil},
		{"Valg av revisor", []string{"Revisor: se vedlagt beretning."}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.title, func(t *testing.T) {
			if got := findOutcome(tc.title, tc.lines, caseContext{}); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("findOutcome = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestOutcomeDecision(t *testing.T) {
	c := doc.Case{Proposal: "Styret godkjenner planen."}
	outcomeDecision(&c, []string{"Forslag vedtatt."})
	if c.Decision != c.Proposal || c.DecisionAsWritten != "Forslag vedtatt." {
		t.Errorf("a bare approval must adopt the proposal: %+v", c)
	}
	c = doc.Case{Proposal: "Styret godkjenner planen."}
	outcomeDecision(&c, []string{"Forslaget falt."})
	if c.Decision != "Forslaget falt." || c.DecisionAsWritten != "" {
		t.Errorf("a rejection must stay as written: %+v", c)
	}
}

func TestAcronyms(t *testing.T) {
	lines := flatten([]doc.Block{p("FU møtes. Fra IFI kom Siv."), p("FU stemmer. Til IFI sendes søknad, A4."), p("KONKLUSJON: Godkjent")})
	if got, want := acronyms(lines), map[string]bool{"fu": true, "ifi": true}; !reflect.DeepEqual(got, want) {
		t.Errorf("acronyms = %v, want %v", got, want)
	}
}

func TestDecisionLabels(t *testing.T) {
	tests := []struct {
		in   string
		kind labelKind
	}{
		{"PLANEN ER:", labelDecision},
		{"Konklusjon: Vi lager en plan.", labelDecision},
		{"Beslutning: Saken utsettes.", labelDecision},
		{"Planen er klar.", labelNone},
		{"Planen er: å starte i mai.", labelDecision},
	}
	for _, tc := range tests {
		if k, _, _ := splitLabel(tc.in); k != tc.kind {
			t.Errorf("splitLabel(%q) kind = %v, want %v", tc.in, k, tc.kind)
		}
	}
}

// TestLabelOnItsOwnLine checks that the lines under a decision label that
// stands alone are its text, even when the first reads like "Label: text".
func TestLabelOnItsOwnLine(t *testing.T) {
	d := docOf("docx", h(1, "Referat fra styremøte"), p("Dato: 15.01.2024"),
		h(2, "Sak 4/24: Betalingsfrist"), p("Behandling:"), p("Prisen må bestemmes senere."),
		p("PLANEN ER:"), p("Vi setter en dato: 9. feb for betaling"), p("Lapper henges opp."),
		h(2, "Sak 5/24: Eventuelt"), p("Vedtak:"), p("Ingen saker."), p("Kari: Takk for i dag."))
	cases := Analyze(d, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)).Cases
	want := []string{"Vi setter en dato: 9. feb for betaling\nLapper henges opp.", "Ingen saker."}
	for i, w := range want {
		if i >= len(cases) || cases[i].Decision != w {
			t.Errorf("case %d: %+v, want decision %q", i, cases, w)
		}
	}
}

func TestMayRecordOutcome(t *testing.T) {
	for in, want := range map[string]bool{
		"Enstemmig.": true, "Samrøystes.": true, "For: 3 Mot: 1": true, "GODKJENT": true, "Kan vi? Ja.": true,
		"Vedtatt 4–0.": true, "Alle har tilgang til disken.": false, "": false,
	} {
		if got := mayRecordOutcome(in); got != want {
			t.Errorf("mayRecordOutcome(%q) = %v, want %v", in, got, want)
		}
	}
}
