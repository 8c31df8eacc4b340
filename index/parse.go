package index

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The query language (README "Search"): words all must match; a word or
// "phrase" may carry a field: prefix; -word and NOT/IKKE word exclude; OR
// and ELLER join alternatives; pre* and word~N expand to similar terms.
// Parentheses and +must are accepted and need nothing (every word must
// match anyway).

// Query bounds: a query longer than maxQueryBytes or with more than
// maxQueryTerms terms, or more than maxExpanding wildcard and fuzzy terms,
// is refused before the index is read.
const (
	maxQueryBytes = 1024
	maxQueryTerms = 32
	maxExpanding  = 4
	maxFuzziness  = 2
)

// ErrQuery wraps every error in the query text; the CLI reports it as a
// usage error.
var ErrQuery = errors.New("invalid query")

// term is one leaf of a query: a word, a phrase, a wildcard or a fuzzy word,
// optionally in a named field.
type term struct {
	field  string // as typed, "" for the default fields
	text   string
	phrase bool
	wild   bool // holds * or ?
	fuzzy  int  // edit distance of word~N
}

// parsedQuery is a conjunction of groups, each a disjunction of terms, less
// the excluded terms.
type parsedQuery struct {
	groups [][]term
	not    []term
}

// expanding reports whether t is looked up by expansion over the dictionary.
func (t term) expanding() bool { return t.wild || t.fuzzy > 0 }

type operator int

const (
	opAnd operator = iota // the default, accepted
	opOr
	opNot
)

// operators are the operator words, in capitals; in lower case they are
// words.
var operators = map[string]operator{
	"AND": opAnd, "OG": opAnd,
	"OR": opOr, "ELLER": opOr,
	"NOT": opNot, "IKKE": opNot,
}

// parseQuery reads text in the query language.
func parseQuery(text string) (parsedQuery, error) {
	var pq parsedQuery
	if len(text) > maxQueryBytes {
		return pq, fmt.Errorf("%w: %d bytes, at most %d", ErrQuery, len(text), maxQueryBytes)
	}
	toks, err := tokenize(text)
	if err != nil {
		return pq, err
	}
	negate, join := false, false
	for _, tk := range toks {
		if op, ok := operators[tk.text]; ok && !tk.quoted {
			join = op == opOr && len(pq.groups) > 0
			negate = op == opNot
			continue
		}
		t, neg := tk.term()
		if t.text == "" {
			continue
		}
		switch {
		case neg || negate:
			pq.not = append(pq.not, t)
		case join:
			pq.groups[len(pq.groups)-1] = append(pq.groups[len(pq.groups)-1], t)
		default:
			pq.groups = append(pq.groups, []term{t})
		}
		negate, join = false, false
	}
	return pq, pq.check()
}

// check enforces the term bounds.
func (pq parsedQuery) check() error {
	n, expanding := len(pq.not), 0
	for _, t := range pq.not {
		if t.expanding() {
			expanding++
		}
	}
	for _, g := range pq.groups {
		n += len(g)
		for _, t := range g {
			if t.expanding() {
				expanding++
			}
		}
	}
	if n > maxQueryTerms {
		return fmt.Errorf("%w: %d terms, at most %d", ErrQuery, n, maxQueryTerms)
	}
	if expanding > maxExpanding {
		return fmt.Errorf("%w: %d wildcard or fuzzy terms, at most %d", ErrQuery, expanding, maxExpanding)
	}
	return nil
}

// token is a piece of query text: a quoted phrase (with its prefix, as in
// title:"…" or -"…") or a run of non-space characters.
type token struct {
	prefix string // before the quote: "", "-", "+", "field:"
	text   string
	quoted bool
}

// tokenize splits text at white space outside quotes. An unclosed quote
// runs to the end of the text.
func tokenize(text string) ([]token, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("%w: not UTF-8", ErrQuery)
	}
	var out []token
	for rest := strings.TrimSpace(text); rest != ""; rest = strings.TrimLeftFunc(rest, unicode.IsSpace) {
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		if q := strings.IndexByte(rest[:end], '"'); q >= 0 {
			closing := strings.IndexByte(rest[q+1:], '"')
			if closing < 0 {
				closing = len(rest) - q - 1
			}
			out = append(out, token{prefix: rest[:q], text: rest[q+1 : q+1+closing], quoted: true})
			rest = rest[min(len(rest), q+closing+2):]
			continue
		}
		out = append(out, token{text: rest[:end]})
		rest = rest[end:]
	}
	return out, nil
}

// term reads a token as a term; neg reports a leading minus.
func (tk token) term() (t term, neg bool) {
	s := tk.prefix
	if !tk.quoted {
		s = strings.Trim(tk.text, "()")
	}
	for s != "" && (s[0] == '-' || s[0] == '+') {
		neg = neg || s[0] == '-'
		s = s[1:]
	}
	if i := strings.IndexByte(s, ':'); i > 0 && isFieldName(s[:i]) {
		t.field, s = s[:i], s[i+1:]
	}
	if tk.quoted {
		t.text, t.phrase = strings.TrimSpace(tk.text), true
		return t, neg
	}
	if i := strings.LastIndexByte(s, '~'); i > 0 {
		t.fuzzy = fuzziness(s[i+1:])
		s = s[:i]
	}
	t.text = s
	t.wild = t.fuzzy == 0 && strings.ContainsAny(s, "*?")
	return t, neg
}

// fuzziness reads the N of word~N: 1 when absent, at most maxFuzziness.
func fuzziness(s string) int {
	if len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		return min(int(s[0]-'0'), maxFuzziness)
	}
	return 1
}

// isFieldName reports whether s names a field users may search, so that a
// time (13:30) or a case number with a colon stays a word.
func isFieldName(s string) bool {
	f := strings.ToLower(s)
	_, ok := fieldAliases[f]
	return ok || f == "text" || f == "tekst"
}
