package minutes

import (
	"reflect"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// TestCaseMentions reads documents that mention a case number twice: an
// agenda then the minutes, one case written twice, or a number reused by
// a slip.
func TestCaseMentions(t *testing.T) {
	tests := []struct {
		name   string
		blocks []doc.Block
		want   []string // number: title (decided)
	}{
		{"a reused number keeps the first item", []doc.Block{
			h(2, "Sak 48/2024: Strategi og høringssvar"), p("Enighet om å skrive om trivsel."),
			h(2, "Sak 49/2024: Seminar"), p("Siv lager program."),
			h(2, "Sak 48/2024: Eventuelt"), p("Ingen saker."),
			h(2, "Sak 10/24: Status fra gruppene"), p("Alle har hatt møte."),
			h(2, "Sak 10/24: Pris til foreleser"), p("KONKLUSJON: Vi lager en plan."),
		}, []string{"48/2024: Strategi og høringssvar (true)", "49/2024: Seminar (false)", "10/24: Status fra gruppene (false)"}},
		{"the minutes' heading wins over the agenda line; an item never treated is left out", []doc.Block{
			p("Saker:"), p("Sak 1: Bekrefte datoen for samlingen."), p("Sak 2: Nettside"), p("Sak 3: Status og oppgaver"),
			h(2, "Sak 1: Bekrefte dato for samling"), p("Bekrefter 3. juni."),
			h(2, "Sak 2: Nettsiden vår"), p("Siv tar ansvar."),
		}, []string{"1: Bekrefte dato for samling (true)", "2: Nettsiden vår (false)"}},
		{"items without text that open the minutes stay without an agenda", []doc.Block{
			h(2, "Sak 1/24: Godkjenning av innkalling"), h(2, "Sak 2/24: Budsjett"), p("Godkjent."), h(2, "Sak 3/24: Eventuelt"),
		}, []string{"1/24: Godkjenning av innkalling (false)", "2/24: Budsjett (true)", "3/24: Eventuelt (false)"}},
		{"one case written twice is joined", []doc.Block{
			h(2, "Sak 5/24 Budsjett"), p("Forslag til vedtak: Budsjettet godkjennes."),
			h(2, "Sak 5/24 Budsjett"), p("Vedtak: Budsjettet godkjennes."),
		}, []string{"5/24: Budsjett (true)"}},
		{"type codes are taken off the titles", []doc.Block{
			p("Vedtakssak: V"), p("Orienteringssak: O"),
			h(2, "Sak 01/24: Godkjenne innkalling V"), p("Behandling: Godkjent"),
			h(2, "Sak 02/24: Betalingsfrist for bokskap V24 O"), p("Tekst."),
			h(2, "Sak 03/24: Plan B"), p("Tekst."),
		}, []string{"01/24: Godkjenne innkalling (true)", "02/24: Betalingsfrist for bokskap V24 (false)", "03/24: Plan B (false)"}},
		{"without a legend, codes that end two titles", []doc.Block{
			h(2, "Sak 1/24: Plan B"), p("Tekst."), h(2, "Sak 2/24: Budsjett (V)"), p("Tekst."), h(2, "Sak 3/24: Regnskap (V)"), p("Tekst."),
		}, []string{"1/24: Plan B (false)", "2/24: Budsjett (false)", "3/24: Regnskap (false)"}},
	}
	ref := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			blocks := append([]doc.Block{h(1, "Referat fra styremøte"), p("Dato: 15.01.2024")}, tc.blocks...)
			var got []string
			for _, c := range Analyze(docOf("docx", blocks...), ref).Cases {
				got = append(got, c.Number+": "+c.Title+" ("+map[bool]string{true: "true", false: "false"}[c.Decided]+")")
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("cases =\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestSameTitle(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Bekrefte datoen for digital samling.", "Bekrefte dato for digital samling", true},
		{"", "Budsjett", true},
		{"Budsjett 2025", "Budsjett", true},
		{"UiO-strategi og høringssvar", "Eventuelt", false},
		{"Hvordan går det med gruppene?", "Foreleserpris - hvilket format?", false},
	}
	for _, tc := range tests {
		if got := sameTitle(tc.a, tc.b); got != tc.want {
			t.Errorf("sameTitle(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
