package minutes

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// slides builds a PDF-like deck: n pages with a short title and two bullets.
func slides(n int) *doc.Document {
	d := &doc.Document{Format: "pdf", Pages: n}
	for i := 1; i <= n; i++ {
		d.Blocks = append(d.Blocks,
			doc.Block{Kind: doc.Paragraph, Text: fmt.Sprintf("Tema %d for året", i), Page: i},
			doc.Block{Kind: doc.Paragraph, Text: "Bedre struktur, språk og lesbarhet i hele dokumentet", Page: i},
			doc.Block{Kind: doc.Paragraph, Text: "Oppdatert etter relevante krav i forordningen", Page: i})
	}
	return d
}

// letteredProtocol builds a short form-like protocol whose every page opens
// with a lettered section heading, as election-board protocols print them.
func letteredProtocol() *doc.Document {
	d := &doc.Document{Format: "pdf", Pages: 4, Blocks: []doc.Block{
		{Kind: doc.Heading, Level: 1, Text: "Valgprotokoll for stemmestyret", Page: 1},
		{Kind: doc.Paragraph, Text: "Krets: Sentrum", Page: 1},
		{Kind: doc.Paragraph, Text: "Til stede: Hansen Kari, Lunde Per, Berg Siri", Page: 1}}}
	for i, part := range []string{"B Behandling av stemmegivninger", "C2 Opptelling av stemmesedler", "D Andre forhold"} {
		d.Blocks = append(d.Blocks,
			doc.Block{Kind: doc.Heading, Level: 2, Text: part, Page: i + 2},
			doc.Block{Kind: doc.Paragraph, Text: "Godkjente stemmesedler 1 200, forkastede 3, blanke 12 i alt.", Page: i + 2},
			doc.Block{Kind: doc.Paragraph, Text: "Merknad: ingen avvik ble registrert under opptellingen.", Page: i + 2})
	}
	return d
}

// report builds a PDF-like report of n dense pages.
func report(title string, n int) *doc.Document {
	d := &doc.Document{Format: "pdf", Pages: n, Blocks: []doc.Block{{Kind: doc.Heading, Level: 1, Text: title, Page: 1}}}
	text := strings.Repeat("Virksomheten skal ha rutiner for tilgangsstyring og logging av alle oppslag. ", 20)
	for i := 1; i <= n; i++ {
		d.Blocks = append(d.Blocks, doc.Block{Kind: doc.Paragraph, Text: text, Page: i})
	}
	return d
}

// noticeOf builds a meeting notice: the given top, members called, an
// agenda and the proposals to be treated.
func noticeOf(top ...doc.Block) *doc.Document {
	return docOf("pdf", append(top,
		p("Dato: 12.03.2024 kl. 10:00"),
		p("Medlemmer: Kari Nordmann, Ola Hansen, Per Olsen"),
		h(2, "Saksliste"),
		row("PS 12/24", "Godkjenning av innkalling og saksliste"),
		row("PS 13/24", "Budsjett 2024"),
		h(2, "PS 13/24 Budsjett 2024"),
		p("Kommunedirektørens innstilling:"),
		p("Budsjettet vedtas."))...)
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name   string
		d      *doc.Document
		want   string
		unsure bool
	}{
		{"case table minutes", tableMinutes(), doc.KindMinutes, false},
		{"heading minutes", headingMinutes(), doc.KindMinutes, false},
		{"municipal protocol", municipalProtocol(), doc.KindMinutes, false},
		{"pptx", &doc.Document{Format: "pptx", Blocks: []doc.Block{h(1, "Referat fra arbeidet")}}, doc.KindPresentation, false},
		{"pdf slides", slides(8), doc.KindPresentation, false},
		{"lettered sections on every page", letteredProtocol(), doc.KindMinutes, true},
		{"guide", report("Veileder: Sikre helseopplysningenes integritet", 3), doc.KindGuide, false},
		{"faktaark", report("Faktaark om kunstig intelligens", 1), doc.KindGuide, false},
		{"plain report", report("Årsrapport 2024", 4), doc.KindOther, false},
		{"scanned pdf", &doc.Document{Format: "pdf", Pages: 5}, doc.KindOther, false},
		{"labels without a title", docOf("pdf", p("Notat"), p("Til stede: Kari Nordmann, Ola Hansen"), p("Sted: Rådhuset")), doc.KindMinutes, false},
		{"close call", docOf("docx", h(1, "Veileder – referat fra arbeidsmøte"), p("Teksten følger.")), doc.KindMinutes, true},
		{"weak evidence", docOf("docx", h(1, "Notat"), p("Sted: Rådhuset")), doc.KindOther, true},
		{"notice", noticeOf(h(1, "Møteinnkalling"), p("Utvalg: Formannskapet")), doc.KindAgenda, false},
		{"nynorsk notice", noticeOf(h(1, "Innkalling til styremøte"), p("Stad: Heradshuset")), doc.KindAgenda, false},
		{"notice under a banner", noticeOf(p("Fjordvik kommune"), p("Innkalling til møte i Eldrerådet")), doc.KindAgenda, false},
		{"sakskart", noticeOf(h(1, "Sakskart"), p("Dato: 12.03.2024")), doc.KindAgenda, false},
		{"minutes approving the notice", docOf("pdf", h(1, "Protokoll – Formannskapet"), p("Dato: 12.03.2024"), p("Til stede: Kari Nordmann, Ola Hansen"),
			h(2, "PS 1/24 Godkjenning av innkalling"), p("Vedtak: Innkalling godkjent."), h(2, "PS 2/24 Innkalling til ekstraordinært møte"), p("Vedtak: Vedtatt.")),
			doc.KindMinutes, false},
		{"minutes opening with innkalling", docOf("pdf", h(1, "Styremøte 12.03.2024"), p("Innkalling og saksliste"), p("Til stede: Kari Nordmann, Ola Hansen"),
			h(2, "Sak 1/24 Budsjett"), p("Vedtak: Budsjettet vedtas."), h(2, "Sak 2/24 Eventuelt"), p("Vedtak: Ingen.")),
			doc.KindMinutes, false},
		{"agenda under an annual meeting's title", docOf("pdf", h(1, "Fjordvik Bridgeklubb"), h(1, "Årsmøte 2023 og medlemskveld"),
			p("Sted: Klubbhuset Tid: 14. mars kl. 18.00 – 20.00"), h(2, "Dagsorden"), li("Valg av møteleder"), li("Godkjenning av innkalling"),
			p("1. Endring av kontingent"), p("Forslag til vedtak: Kontingenten økes til 300 kr."), p("2. Valg")),
			doc.KindAgenda, false},
		{"saksliste that records outcomes", docOf("pdf", h(1, "2023-10-02 Referat"), p("Saksliste for styremøte den 2. oktober 2023 kl 08:15 på Rommet"),
			h(3, "Sak 40/2023: Godkjenning av dagsorden"), p("Godkjent"), h(3, "Sak 41/2023: Godkjenning av referat"), p("Godkjent"),
			h(3, "Sak 42/2023: Eventuelt"), p("Ingen saker.")),
			doc.KindMinutes, false},
		{"notice telling of an earlier outcome", noticeOf(h(1, "Møteinnkalling"), p("Utvalg: Formannskapet"), p("Saken ble utsatt i møtet 12.02.2024.")),
			doc.KindAgenda, false},
		{"saksliste title over recorded outcomes", docOf("pdf", h(1, "Saksliste for styremøte 14.10.2019"), p("Til stede: Kari, Ola"),
			h(3, "Sak 40/2019 Godkjenning av dagsorden"), p("Godkjent"), h(3, "Sak 41/2019 Godkjenning av referat"), p("Godkjent")),
			doc.KindMinutes, false},
		{"announcement of a residents' meeting", docOf("md", h(1, "Varsel om beboermøte"), p("Vi varsler om et beboermøte:"),
			p("2019-05-28 18:30\ni Kirken"), p("Temaer ble sendt ut i siste styremøteprotokoll.")), doc.KindAgenda, false},
		{"a warning is no announcement", docOf("md", h(1, "Varsel om strømbrudd"), p("Strømmen blir borte 28. mai fra 10 til 12.")),
			doc.KindOther, false},
		{"wiki minutes of notes only", docOf("txt", p("Tid: 16. mai 2008 kl 19"), h(2, "Tilstede:"), li("Kari Nordmann (1. trinn)"), h(2, "Saker"),
			h(3, "Regnskap"), p("Regnskapet er mottatt og blir kontrollert."), h(3, "Skolefrukt"), p("FAU tar det opp med rektor.")),
			doc.KindMinutes, false},
		{"live log of a convention", docOf("txt", p("10.00 Åpning"), p("1. Konstituering"), p("1.1 Valg av ordstyrer. Kari ble valgt."),
			p("Resultat: For: 30 stemmer. Mot: 2 stemmer. Forslaget er vedtatt"), p("2. Vedtekter"),
			p("2.1 Resultat: For: 8 stemmer. Mot: 25 stemmer. Forslaget er avvist"), p("2.2 Forslaget trekkes."),
			p("Resultat: For: 20 stemmer. Mot: 12 stemmer. Vedtatt"), p("3. Budsjett"), p("Resultat: For: 31 stemmer. Mot: 1 stemmer. Vedtatt")),
			doc.KindMinutes, false},
		{"statutes that speak of elections", docOf("md", h(1, "Vedtekter for foreldrerådet"), h(2, "Medlemmer"),
			p("Foreldrerådet består av alle foreldre. Klassekontakter er valgt for ett år."), h(2, "Møter"),
			p("Leder kaller inn med en ukes varsel."), p("Vedtatt av årsmøtet 16.9.2008")),
			doc.KindOther, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Analyze(tc.d, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
			if r.Kind != tc.want {
				t.Errorf("kind = %q, want %q (%v)", r.Kind, tc.want, r.Warnings)
			}
			if unsure := len(r.Warnings) > 0; unsure != tc.unsure {
				t.Errorf("warnings = %q, want unsure=%v", r.Warnings, tc.unsure)
			}
			switch r.Kind {
			case doc.KindMinutes:
			case doc.KindAgenda:
				if r.Attendees != nil {
					t.Errorf("agenda has attendees: %+v", r.Attendees)
				}
			default:
				if r.Meeting != nil || r.Cases != nil || r.Attendees != nil {
					t.Errorf("%s has minutes fields: %+v", r.Kind, r)
				}
			}
		})
	}
}

// TestOutcomeLines checks the outcome reader on the lines classification
// counts: outcomes in bokmål and nynorsk, and look-alikes.
func TestOutcomeLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Godkjent", true},
		{"Behandling: Godkjent.", true},
		{"Forslaget falt.", true},
		{"Saka vert utsett til neste møte.", true},
		{"Kari Nordmann ble valgt som leder.", true},
		{"Resultat: For: 28 stemmer. Mot: 2 stemmer.", true},
		{"Tas til orientering", true},
		{"Søknaden innvilges med kr 5000.", true},
		{"Saka vart utsett.", true},
		{"Framlegget vart vedteke samrøystes.", true},
		{"Godkjenning av innkalling", false},
		{"Formålet: for alle", false},
		{"Avholdende medlemmer betaler", false},
		{"Fotballen falt ned", false},
		{"Strategien vedtas av generalforsamlingen ved kvalifisert flertall, og den skal evalueres.", false},
		{"Hvis godkjent, må styret melde fra.", false},
		{"Budsjettet vedtas av årsmøtet.", false},
		{"Budsjettet vedtas.", true},
	} {
		if got := outcomeLine(tc.line, caseContext{}) != ""; got != tc.want {
			t.Errorf("outcomeLine(%q) found %v, want %v", tc.line, got, tc.want)
		}
	}
}
