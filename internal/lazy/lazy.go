// Package lazy defers costly package-level values to their first use, so
// that a command pays at start only for what it runs: `motebok --version`
// compiles none of the minutes lexicon's regular expressions.
package lazy

import (
	"regexp"
	"sync"
)

// Regexp returns a function that compiles expr on its first call and then
// returns that same expression; it panics as regexp.MustCompile does, at
// the first call instead of at start.
func Regexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
