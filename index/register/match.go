package register

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/motebok/motebok/extractors/ident"
	"github.com/motebok/motebok/extractors/norm"
	"modernc.org/sqlite"
)

// Text filters run as Go functions registered with the SQLite driver, so
// that the register folds text as search does (norm.Fold: "horing" finds
// "Høring") and a query is one call per row however many words it has.
const (
	containsWordsFunc = "motebok_contains_words" // (text, words): each word occurs in text
	startsWordsFunc   = "motebok_starts_words"   // (text, words): each word starts a word of text
)

// MaxQueryWords bounds the words of Filter.Query and Filter.Body.
const MaxQueryWords = 64

// ErrQuery is wrapped by errors in a Filter's words.
var ErrQuery = errors.New("invalid query")

func init() {
	sqlite.MustRegisterDeterministicScalarFunction(containsWordsFunc, 2, textFunc(containsWords))
	sqlite.MustRegisterDeterministicScalarFunction(startsWordsFunc, 2, textFunc(startsWords))
}

// textFunc adapts a predicate of two strings to an SQL function; NULL reads
// as "".
func textFunc(f func(text string, words []string) bool) func(*sqlite.FunctionContext, []driver.Value) (driver.Value, error) {
	return func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		text, _ := args[0].(string)
		words, _ := args[1].(string)
		return f(text, strings.Fields(words)), nil
	}
}

// containsWords reports whether every word occurs in text, folded.
func containsWords(text string, words []string) bool {
	text = norm.Fold(text)
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// startsWords reports whether every word starts a word of text, folded:
// "valg" finds "Valgstyret", not "Arbeidsutvalget".
func startsWords(text string, words []string) bool {
	parts := strings.FieldsFunc(norm.Fold(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		found := false
		for _, p := range parts {
			if strings.HasPrefix(p, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// filterWords folds q into the words the SQL functions take, joined by
// spaces: edge punctuation goes ("Høring:" → "horing") unless it is the
// whole word ("%" stays "%").
func filterWords(q string) (string, error) {
	var out []string
	for _, w := range strings.Fields(norm.Fold(q)) {
		if t := strings.TrimFunc(w, ident.IsEdgePunct); t != "" {
			w = t
		}
		out = append(out, w)
	}
	if len(out) > MaxQueryWords {
		return "", fmt.Errorf("%w: %d words, at most %d", ErrQuery, len(out), MaxQueryWords)
	}
	return strings.Join(out, " "), nil
}
