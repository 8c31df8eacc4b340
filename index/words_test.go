package index

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/unicodenorm"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// TestWordsKeepsTokens checks that every analyser gives the tokens of a
// fresh unicode tokenizer, NFKC, lower case and its filters, for texts it
// reads for the first time and again (from what its tokenizer kept), also
// when analysers run at once and change their tokens in place.
func TestWordsKeepsTokens(t *testing.T) {
	long := strings.Repeat("Styremøtet VEDTOK budsjettet for ﬁre år; Ærlig talt: møte-referat 2024/25. ", 20)
	texts := []string{"Kort tekst om Møtet", long, long + " Siste setning", "Ｆｕｌｌｗｉｄｔｈ og ÅRSMØTE " + long}
	cache := registry.NewCache()
	want := func(name, text string) []tok {
		ts := unicode.NewUnicodeTokenizer().Tokenize([]byte(text))
		ts = unicodenorm.MustNewUnicodeNormalizeFilter(unicodenorm.NFKC).Filter(ts)
		ts = lowercase.NewLowerCaseFilter().Filter(ts)
		filters := chains[name].filters
		if chains[name].tokenizer == stemsName {
			filters = append([]string{StopName, StemmerName}, filters...)
		}
		for _, f := range filters {
			tf, err := cache.TokenFilterNamed(f)
			if err != nil {
				t.Fatal(err)
			}
			ts = tf.Filter(ts)
		}
		return tokens(ts)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				for _, text := range texts {
					for name := range chains {
						a, err := cache.AnalyzerNamed(name)
						if err != nil {
							t.Error(err)
							return
						}
						if got, w := tokens(a.Analyze([]byte(text))), want(name, text); !slices.Equal(got, w) {
							t.Errorf("%s of %.30q: %d tokens differ from a fresh analysis (%d)", name, text, len(got), len(w))
						}
					}
				}
			}
		})
	}
	wg.Wait()
}

// tok is an analysis.Token that == compares.
type tok struct {
	term            string
	start, end, pos int
	typ             analysis.TokenType
	keyword         bool
}

func tokens(ts analysis.TokenStream) []tok {
	out := make([]tok, len(ts))
	for i, t := range ts {
		out[i] = tok{string(t.Term), t.Start, t.End, t.Position, t.Type, t.KeyWord}
	}
	return out
}

// TestWordsKept: a text of a few hundred bytes to a megabyte is kept for
// the next analyser, a title, a query or a huge text is not.
func TestWordsKept(t *testing.T) {
	tz, err := registry.NewCache().TokenizerNamed(stemsName)
	if err != nil {
		t.Fatal(err)
	}
	w := tz.(*kept)
	for _, c := range []struct {
		text string
		kept bool
	}{
		{"Møte i styret", false},
		{strings.Repeat("Møte i styret. ", 50), true},
		{strings.Repeat("Møte i styret. ", maxKeptText/10), false},
	} {
		w.Tokenize([]byte(c.text))
		if got := w.kept([]byte(c.text)) != nil; got != c.kept {
			t.Errorf("%d bytes: kept %v, want %v", len(c.text), got, c.kept)
		}
	}
}
