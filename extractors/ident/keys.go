package ident

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"

	"github.com/motebok/motebok/internal/lazy"
	"golang.org/x/text/unicode/norm"
)

// Lower returns s in lower case, then NFC, with runs of white space
// (including no-break spaces) collapsed to one space: the form keys and
// case-insensitive matching use.
func Lower(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(strings.ToLower(s))), " ")
}

// BodyKey folds a body or organisation name and drops punctuation at its
// ends, so "Styringsgruppen  for Normen." and "styringsgruppen for normen"
// agree.
func BodyKey(name string) string {
	return strings.TrimFunc(Lower(name), IsEdgePunct)
}

// IsEdgePunct reports the runes trimmed from the ends of keys: punctuation,
// symbols and space.
func IsEdgePunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) }

// MeetingKey identifies the meetings of a body on a date: "date|body". It
// is "" without either, since merging unknown bodies on one date would mix
// different meetings. Which organisation's body it is, and whether two
// records of it are copies, is settled by comparing the documents (see
// package doc); the key only says which documents to compare.
func MeetingKey(body, date string) string {
	if b := BodyKey(body); b != "" && date != "" {
		return date + "|" + b
	}
	return ""
}

// seriesDash joins a series to its number: "o-sak 3/24" and "fsk-12/24"
// are written "o 3/24" and "fsk 12/24".
var seriesDash = lazy.Regexp(`^(\pL+)(?:-sak\s*|-\s*)(\d)`)

// CaseKey normalises a case number as written so that the same case gets
// the same key in every source: "Sak 33/25", "sak nr. 33 / 25", "33/2025",
// "Sak 33-25" and "033/25" all give "33/25". Leading label words ending in
// "sak" (sak, beslutningssak) and nr/saksnr are dropped; a series (PS, RS,
// O-sak, FSK-) is kept as a word before the number, since series number
// different cases in one meeting ("ps 12/24", "o 3/24").
//
// A pass can expose a label or series the last one could not see (behind
// punctuation, say), so passes repeat until the key is stable: a key
// normalises to itself.
func CaseKey(number string) string {
	k := caseKey(number)
	for range 16 { // a pass or two reach it; the bound is for safety
		next := caseKey(k)
		if next == k {
			break
		}
		k = next
	}
	return k
}

// caseKey is one pass of CaseKey.
func caseKey(number string) string {
	s := seriesDash().ReplaceAllString(Lower(number), "$1 $2")
	words := strings.Fields(strings.TrimFunc(s, IsEdgePunct))
	for len(words) > 1 && isLabel(strings.TrimRight(words[0], ".:")) {
		words = words[1:]
	}
	s = strings.Join(words, " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, " /", "/"), "/ ", "/")
	s = dashToSlash(s)
	return normDigits(strings.TrimFunc(s, IsEdgePunct))
}

// dashToSlash writes a dash between digits ("045-2024") as a slash.
func dashToSlash(s string) string {
	b := []byte(s)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '-' && isDigit(b[i-1]) && isDigit(b[i+1]) {
			b[i] = '/'
		}
	}
	return string(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isLabel reports a word that only says "case": nr, saksnr, sak,
// styresak, beslutningssak. A series such as "o-sak" (orientering) numbers
// cases of its own and is no label.
func isLabel(w string) bool {
	switch w {
	case "nr", "no", "nummer", "saksnr", "saksnummer", "saknr", "saknummer":
		return true
	}
	return strings.HasSuffix(w, "sak") && !strings.Contains(w, "-")
}

// normDigits drops leading zeros from each run of digits and shortens a
// four-digit year after a slash (33/2025) to two digits.
func normDigits(s string) string {
	return mapDigitRuns(s, func(before, run string) string {
		run = strings.TrimLeft(run, "0")
		if len(run) == 4 && strings.HasSuffix(before, "/") && (run[:2] == "19" || run[:2] == "20") {
			run = strings.TrimLeft(run[2:], "0")
		}
		if run == "" {
			return "0"
		}
		return run
	})
}

// SortKey pads every run of digits in a key to ten places so that "3/25"
// sorts before "19/25".
func SortKey(key string) string {
	return mapDigitRuns(key, func(_, run string) string {
		if n := 10 - len(run); n > 0 {
			return strings.Repeat("0", n) + run
		}
		return run
	})
}

// mapDigitRuns replaces each maximal run of ASCII digits in s by f(text
// before the run, run).
func mapDigitRuns(s string, f func(before, run string) string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteString(f(s[:i], s[i:j]))
		i = j
	}
	return b.String()
}

// PersonKey is a person's name with its words folded and sorted, so that
// "Nordmann Kari" (as election protocols print names), "Nordmann, Kari"
// and "Kari Nordmann" agree.
func PersonKey(name string) string {
	words := strings.FieldsFunc(Lower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	for i := range words {
		words[i] = strings.Trim(words[i], "-")
	}
	words = slices.DeleteFunc(words, func(w string) bool { return w == "" })
	slices.Sort(words)
	return strings.Join(words, " ")
}

// ID derives a stable positive row id from a key: the first 63 bits of its
// SHA-256.
func ID(key string) int64 {
	sum := sha256.Sum256([]byte(key))
	return int64(binary.BigEndian.Uint64(sum[:8]) >> 1)
}

// Words splits s into folded words without edge punctuation ("Høring:" →
// "høring"), dropping words that were only punctuation.
func Words(s string) []string {
	var out []string
	for _, w := range strings.Fields(Lower(s)) {
		if w = strings.TrimFunc(w, IsEdgePunct); w != "" {
			out = append(out, w)
		}
	}
	return out
}
