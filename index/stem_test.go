package index

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/no"
)

// conflationGroups lists word forms that a search for any one of them should
// find. Each group must share one stem.
var conflationGroups = []struct {
	name  string
	forms []string
}{
	{"veileder", []string{"veileder", "veilederen", "veiledere", "veilederne", "veiledernes", "veileders"}},
	{"møte", []string{"møte", "møtet", "møter", "møtene", "møtets", "møta", "møtte"}},
	{"sak", []string{"sak", "saken", "saker", "sakene", "saka", "sakane", "sakens"}},
	{"vedtak", []string{"vedtak", "vedtaket", "vedtakene", "vedtaka", "vedtaks"}},
	{"godkjenne", []string{"godkjenne", "godkjenner", "godkjente", "godkjent", "godkjennes"}},
	{"handlingsplan", []string{"handlingsplan", "handlingsplanen", "handlingsplaner", "handlingsplanene"}},
	{"styringsgruppe", []string{"styringsgruppe", "styringsgruppen", "styringsgruppa", "styringsgrupper", "styringsgruppens"}},
	{"medlem", []string{"medlem", "medlemmer", "medlemmene", "medlemmet"}},
	{"konsekvens", []string{"konsekvens", "konsekvensen", "konsekvenser", "konsekvensene"}},
	{"kommune", []string{"kommune", "kommunen", "kommuner", "kommunene", "kommunar", "kommunane"}},
	{"saksbehandlar", []string{"saksbehandlar", "saksbehandlaren", "saksbehandlarar", "saksbehandlarane"}},
	{"eventuell", []string{"eventuell", "eventuelt", "eventuelle"}},
	{"vurdere", []string{"vurdere", "vurderer", "vurdert", "vurderes"}},
	{"norm", []string{"normen", "normens"}},
	{"vanlig", []string{"vanlig", "vanlige", "vanleg", "vanlege"}},
	{"liste", []string{"liste", "listen", "lister", "listene"}},
	{"referat", []string{"referat", "referatet", "referatene", "referata"}},
}

func TestStemConflates(t *testing.T) {
	for _, g := range conflationGroups {
		t.Run(g.name, func(t *testing.T) {
			want := Stem(g.forms[0])
			for _, f := range g.forms[1:] {
				if got := Stem(f); got != want {
					t.Errorf("Stem(%q) = %q, Stem(%q) = %q", f, got, g.forms[0], want)
				}
			}
		})
	}
}

// TestStemKeepsApart guards precision: these pairs must not merge.
func TestStemKeepsApart(t *testing.T) {
	pairs := [][2]string{
		{"veileder", "veiledning"}, {"sak", "saksliste"}, {"møte", "mot"},
		{"status", "stat"}, {"prosess", "pros"}, {"2026", "202"},
		{"sikkerhet", "sikker"}, {"integritet", "integr"},
	}
	for _, p := range pairs {
		t.Run(p[0]+"/"+p[1], func(t *testing.T) {
			if Stem(p[0]) == Stem(p[1]) {
				t.Errorf("Stem(%q) == Stem(%q) == %q", p[0], p[1], Stem(p[0]))
			}
		})
	}
}

// TestStemVersusSnowball measures both stemmers on conflationGroups and
// requires ours to conflate clearly more groups.
func TestStemVersusSnowball(t *testing.T) {
	snow := no.NewNorwegianStemmerFilter()
	snowStem := func(w string) string {
		ts := snow.Filter(analysis.TokenStream{{Term: []byte(w)}})
		return string(ts[0].Term)
	}
	ours, theirs := 0, 0
	for _, g := range conflationGroups {
		ours += conflated(g.forms, Stem)
		theirs += conflated(g.forms, snowStem)
	}
	t.Logf("groups fully conflated: motebok %d/%d, snowball %d/%d", ours, len(conflationGroups), theirs, len(conflationGroups))
	if ours != len(conflationGroups) || theirs >= ours {
		t.Errorf("motebok %d, snowball %d of %d groups", ours, theirs, len(conflationGroups))
	}
}

func conflated(forms []string, stem func(string) string) int {
	want := stem(forms[0])
	for _, f := range forms[1:] {
		if stem(f) != want {
			return 0
		}
	}
	return 1
}

func BenchmarkStem(b *testing.B) {
	words := []string{"veilederne", "styringsgruppens", "godkjente", "informasjonssikkerhet", "møtet", "konsekvensene"}
	for i := 0; b.Loop(); i++ {
		Stem(words[i%len(words)])
	}
}
