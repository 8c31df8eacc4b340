package index

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/no"
	"github.com/blevesearch/bleve/v2/analysis/token/reverse"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/motebok/motebok/extractors/norm"
)

// Names of the token filters this package registers with bleve.
const (
	StopName    = "motebok_stop_no" // Norwegian stop words, bokmål and nynorsk
	StemmerName = "motebok_stem_no" // Stem
	FoldName    = "motebok_fold_no" // FoldFilter
	ReverseName = "motebok_reverse" // ReverseFilter
	nynorskStop = "frå berre òg vera vert desse sjølv utan"
)

// StemFilter replaces each token's term by its Stem.
type StemFilter struct{}

// Filter implements analysis.TokenFilter.
func (StemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		t.Term = []byte(Stem(string(t.Term)))
	}
	return input
}

// FoldFilter replaces each token by its ASCII spellings (norm.FoldForms),
// placed at the token's position and offsets.
type FoldFilter struct{}

// Filter implements analysis.TokenFilter.
func (FoldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input))
	for _, t := range input {
		forms := norm.FoldForms(string(t.Term))
		t.Term = []byte(forms[0])
		out = append(out, t)
		for _, f := range forms[1:] {
			dup := *t
			dup.Term = []byte(f)
			out = append(out, &dup)
		}
	}
	return out
}

// ReverseFilter reverses each term, keeping combining marks after their
// base letter. Unlike bleve's reverse filter, which panics on invalid UTF-8
// (testdata/fuzz/FuzzAnalyze), it first replaces invalid bytes by U+FFFD.
type ReverseFilter struct{}

// Filter implements analysis.TokenFilter.
func (ReverseFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if !utf8.Valid(t.Term) {
			t.Term = bytes.ToValidUTF8(t.Term, []byte("\uFFFD"))
		}
	}
	return reverse.NewReverseFilter().Filter(input)
}

// newStopFilter extends bleve's Norwegian list with common nynorsk words it
// lacks. Tokens reach it NFKC-normalised, so decomposed å still matches.
func newStopFilter(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
	words := analysis.NewTokenMap()
	if err := words.LoadBytes(no.NorwegianStopWords); err != nil {
		return nil, fmt.Errorf("loading Norwegian stop words: %w", err)
	}
	words.LoadLine(nynorskStop)
	return stop.NewStopTokensFilter(words), nil
}

func init() {
	mustRegister(registry.RegisterTokenFilter(StopName, newStopFilter))
	mustRegister(registry.RegisterTokenFilter(StemmerName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return StemFilter{}, nil
	}))
	mustRegister(registry.RegisterTokenFilter(ReverseName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return ReverseFilter{}, nil
	}))
	mustRegister(registry.RegisterTokenFilter(FoldName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return FoldFilter{}, nil
	}))
}

// mustRegister panics on a duplicate name: a programming error caught at
// start-up, as in bleve's own init functions.
func mustRegister(err error) {
	if err != nil {
		panic(fmt.Sprintf("motebok index: %v", err))
	}
}
