package index

import (
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
)

func analyze(t testing.TB, analyzer, input string) []string {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(analyzer)
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	for _, tok := range a.Analyze([]byte(input)) {
		terms = append(terms, string(tok.Term))
	}
	return terms
}

func TestAnalyzers(t *testing.T) {
	tests := []struct {
		name, analyzer, input string
		want                  []string
	}{
		{"inflections meet", AnalyzerName, "veileder veilederen veiledere veilederne", []string{"veiled", "veiled", "veiled", "veiled"}},
		{"stop words go", AnalyzerName, "Forslag til vedtak", []string{"forslag", "vedtak"}},
		{"nynorsk stop words go", AnalyzerName, "Saka frå møtet", []string{"sak", "møt"}},
		{"decomposed å is a stop word", AnalyzerName, "p\u0061\u030a møtet", []string{"møt"}},
		{"ligature expands", AnalyzerName, "\ufb02yt", []string{"flyt"}},
		{"no ascii folding in main", AnalyzerName, "får møte", []string{"får", "møt"}},
		{"exact keeps forms", ExactAnalyzerName, "Veilederen og møtet", []string{"veilederen", "og", "møtet"}},
		{"fold both spellings", FoldAnalyzerName, "Møtet på Sløyfemodellen", []string{"mot", "moet", "sloyfemodel", "sloeyfemodel"}},
		{"fold ascii query", FoldAnalyzerName, "mote sloyfemodellen", []string{"mot", "sloyfemodel"}},
		{"fold long ascii query", FoldAnalyzerName, "moete", []string{"moet"}},
		{"reverse stems", ReverseAnalyzerName, "informasjonssikkerheten", []string{"hrekkissnojsamrofni"}},
		{"numbers kept", AnalyzerName, "sak 33/25 i 2026", []string{"sak", "33", "25", "2026"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := analyze(t, tt.analyzer, tt.input); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s(%q) = %q, want %q", tt.analyzer, tt.input, got, tt.want)
			}
		})
	}
}

// TestAnalyzersKeepOffsets checks that all analysers place a word at the same
// byte offsets, which fragments rely on.
func TestAnalyzersKeepOffsets(t *testing.T) {
	input := "Styringsgruppen godkjente møtet i sløyfemodellen"
	cache := registry.NewCache()
	want := map[int]int{}
	for name := range chains {
		a, err := cache.AnalyzerNamed(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range a.Analyze([]byte(input)) {
			if end, ok := want[tok.Start]; ok && end != tok.End {
				t.Errorf("%s: token at %d ends at %d, others at %d", name, tok.Start, tok.End, end)
			}
			want[tok.Start] = tok.End
			if w := input[tok.Start:tok.End]; strings.ContainsAny(w, " ") {
				t.Errorf("%s: span %q crosses words", name, w)
			}
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"veilederne møtet", "p\u0061\u030a", "\ufb01", "ÆØÅ æøå", "33/25", "\xff\xfe", strings.Repeat("s", 300)} {
		f.Add(s)
	}
	cache := registry.NewCache()
	f.Fuzz(func(t *testing.T, s string) {
		for name := range chains {
			a, err := cache.AnalyzerNamed(name)
			if err != nil {
				t.Fatal(err)
			}
			for _, tok := range a.Analyze([]byte(s)) {
				if tok.Start < 0 || tok.End > len(s) || tok.Start > tok.End {
					t.Fatalf("%s: bad span %d-%d of %d bytes", name, tok.Start, tok.End, len(s))
				}
			}
		}
	})
}
