package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Names of the analysers this package registers with bleve. All share one
// tokenizer (words), so a word has the same byte offsets in every field.
const (
	// AnalyzerName: NFKC, lower case, stop words, Stem. The main text field.
	AnalyzerName = "motebok_no"
	// ExactAnalyzerName: NFKC and lower case only, for exact-form ranking.
	ExactAnalyzerName = "motebok_no_exact"
	// FoldAnalyzerName: the main chain, then Fold, for ASCII-typed queries.
	FoldAnalyzerName = "motebok_no_fold"
	// ReverseAnalyzerName: the main chain, then reversed terms, so that a
	// prefix lookup finds words ending in a stem (…sikkerhet).
	ReverseAnalyzerName = "motebok_no_rev"
	wordsName           = "motebok_words"
)

// chains lists each analyser's token filters by registered name.
// Each starts with the words of the text in NFKC and lower case (words).
var chains = map[string][]string{
	AnalyzerName:        {StopName, StemmerName},
	ExactAnalyzerName:   {},
	FoldAnalyzerName:    {StopName, StemmerName, FoldName},
	ReverseAnalyzerName: {StopName, StemmerName, ReverseName},
}

func init() {
	mustRegister(registry.RegisterTokenizer(wordsName, newWords))
	for name, filters := range chains {
		mustRegister(registry.RegisterAnalyzer(name, chainConstructor(filters)))
	}
}

// chainConstructor builds an analyser of the words tokenizer and filters.
func chainConstructor(filters []string) registry.AnalyzerConstructor {
	return func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		tok, err := cache.TokenizerNamed(wordsName)
		if err != nil {
			return nil, fmt.Errorf("tokenizer %s: %w", wordsName, err)
		}
		a := &analysis.DefaultAnalyzer{Tokenizer: tok}
		for _, name := range filters {
			f, err := cache.TokenFilterNamed(name)
			if err != nil {
				return nil, fmt.Errorf("token filter %s: %w", name, err)
			}
			a.TokenFilters = append(a.TokenFilters, f)
		}
		return a, nil
	}
}
