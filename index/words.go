package index

import (
	"bytes"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/unicodenorm"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// words is the tokenizer of every analyser: the unicode tokenizer, then
// NFKC and lower case. A text is indexed in four fields (main, exact, fold,
// rev), each analysed on its own; words keeps the tokens of the last texts
// it read, so that the other three fields copy them instead of segmenting
// the text again (segmenting was a tenth of indexing CPU).
type words struct {
	norm   []analysis.TokenFilter
	mu     sync.Mutex
	recent [wordsKept]wordsRead
	next   int // the entry of recent to replace
}

// wordsRead is a text words read and its tokens.
type wordsRead struct {
	text   []byte
	tokens analysis.TokenStream
}

const (
	wordsKept   = 16 // texts kept: more than bleve analyses at once
	minKeptText = 256
	maxKeptText = 1 << 20 // a longer text is read again: its tokens would hold too much memory
)

func newWords(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
	return &words{norm: []analysis.TokenFilter{unicodenorm.MustNewUnicodeNormalizeFilter(unicodenorm.NFKC), lowercase.NewLowerCaseFilter()}}, nil
}

// Tokenize returns the tokens of input, which the caller owns.
func (w *words) Tokenize(input []byte) analysis.TokenStream {
	var text []byte // input as read: the filters lower its letters in place
	if len(input) >= minKeptText && len(input) <= maxKeptText {
		if ts := w.kept(input); ts != nil {
			return ts
		}
		text = bytes.Clone(input)
	}
	ts := unicode.NewUnicodeTokenizer().Tokenize(input)
	for _, f := range w.norm {
		ts = f.Filter(ts)
	}
	if text != nil {
		w.mu.Lock()
		w.recent[w.next] = wordsRead{text, clone(ts)}
		w.next = (w.next + 1) % wordsKept
		w.mu.Unlock()
	}
	return ts
}

// kept returns a copy of the tokens of input if words read it lately.
func (w *words) kept(input []byte) analysis.TokenStream {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, r := range w.recent {
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
