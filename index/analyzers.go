package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Names of the analysers this package registers with bleve. All read words
// with one tokenizer (words.go), so a word has the same byte offsets in
// every field.
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
)

// chain is an analyser: a tokenizer and token filters, by registered name.
type chain struct {
	tokenizer string
	filters   []string
}

// chains are the analysers. Their tokenizers are the starts they share
// (see words.go): the words of a text in NFKC and lower case, then without
// stop words and stemmed.
var chains = map[string]chain{
	AnalyzerName:        {stemsName, nil},
	ExactAnalyzerName:   {wordsName, nil},
	FoldAnalyzerName:    {stemsName, []string{FoldName}},
	ReverseAnalyzerName: {stemsName, []string{ReverseName}},
}

func init() {
	for name, c := range chains {
		mustRegister(registry.RegisterAnalyzer(name, chainConstructor(c)))
	}
}

// chainConstructor builds the analyser of c.
func chainConstructor(c chain) registry.AnalyzerConstructor {
	return func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		tok, err := cache.TokenizerNamed(c.tokenizer)
		if err != nil {
			return nil, fmt.Errorf("tokenizer %s: %w", c.tokenizer, err)
		}
		a := &analysis.DefaultAnalyzer{Tokenizer: tok}
		for _, name := range c.filters {
			f, err := cache.TokenFilterNamed(name)
			if err != nil {
				return nil, fmt.Errorf("token filter %s: %w", name, err)
			}
			a.TokenFilters = append(a.TokenFilters, f)
		}
		return a, nil
	}
}
