package index

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/unicodenorm"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// A text is indexed in four fields (main, exact, fold, rev), each analysed
// on its own, and their chains share a start: every one reads the words of
// the text in NFKC and lower case (wordsName), and all but the exact one
// then drop stop words and stem (stemsName). Each start is a tokenizer
// that keeps the tokens of the last texts it read, so that the fields
// after the first copy them instead of reading the text again (segmenting
// was a tenth of indexing CPU, stemming a thirtieth).
const (
	wordsName = "motebok_words"
	stemsName = "motebok_stems"
)

func init() {
	mustRegister(registry.RegisterTokenizer(wordsName, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		norm := []analysis.TokenFilter{unicodenorm.MustNewUnicodeNormalizeFilter(unicodenorm.NFKC), lowercase.NewLowerCaseFilter()}
		return newKept(unicode.NewUnicodeTokenizer(), norm), nil
	}))
	mustRegister(registry.RegisterTokenizer(stemsName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Tokenizer, error) {
		words, err := cache.TokenizerNamed(wordsName)
		if err != nil {
			return nil, fmt.Errorf("tokenizer %s: %w", wordsName, err)
		}
		var filters []analysis.TokenFilter
		for _, name := range []string{StopName, StemmerName} {
			f, err := cache.TokenFilterNamed(name)
			if err != nil {
				return nil, fmt.Errorf("token filter %s: %w", name, err)
			}
			filters = append(filters, f)
		}
		return newKept(words, filters), nil
	}))
}

// kept is a tokenizer and filters that keeps the tokens of the last texts
// it read.
type kept struct {
	tok     analysis.Tokenizer
	filters []analysis.TokenFilter
	mu      sync.Mutex
	recent  [keptTexts]keptRead
	next    int // the entry of recent to replace
}

// keptRead is a text kept read and its tokens.
type keptRead struct {
	text   []byte
	tokens analysis.TokenStream
}

const (
	keptTexts   = 16 // texts kept: more than bleve analyses at once
	minKeptText = 256
	maxKeptText = 1 << 20 // a longer text is read again: its tokens would hold too much memory
)

func newKept(tok analysis.Tokenizer, filters []analysis.TokenFilter) *kept {
	return &kept{tok: tok, filters: filters}
}

// Tokenize returns the tokens of input, which the caller owns.
func (k *kept) Tokenize(input []byte) analysis.TokenStream {
	var text []byte // input as read: filters lower its letters in place
	if len(input) >= minKeptText && len(input) <= maxKeptText {
		if ts := k.kept(input); ts != nil {
			return ts
		}
		text = bytes.Clone(input)
	}
	ts := k.tok.Tokenize(input)
	for _, f := range k.filters {
		ts = f.Filter(ts)
	}
	if text != nil {
		k.mu.Lock()
		k.recent[k.next] = keptRead{text, clone(ts)}
		k.next = (k.next + 1) % keptTexts
		k.mu.Unlock()
	}
	return ts
}

// kept returns a copy of the tokens of input if k read it lately.
func (k *kept) kept(input []byte) analysis.TokenStream {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, r := range k.recent {
		if bytes.Equal(r.text, input) {
			return clone(r.tokens)
		}
	}
	return nil
}

// clone copies ts, terms included: filters change tokens in place.
func clone(ts analysis.TokenStream) analysis.TokenStream {
	n := 0
	for _, t := range ts {
		n += len(t.Term)
	}
	terms := make([]byte, 0, n)
	tokens := make([]analysis.Token, len(ts))
	out := make(analysis.TokenStream, len(ts))
	for i, t := range ts {
		tokens[i] = *t
		start := len(terms)
		terms = append(terms, t.Term...)
		tokens[i].Term = terms[start:len(terms):len(terms)]
		out[i] = &tokens[i]
	}
	return out
}
