package register

import (
	"crypto/sha256"
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold returns s in lower case, then NFC, with runs of white space (including
// no-break spaces) collapsed to one space: the form keys and case-insensitive
// matching use.
func fold(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(strings.ToLower(s))), " ")
}

// bodyKey folds a body name and drops punctuation at its ends, so
// "Styringsgruppen  for Normen." and "styringsgruppen for normen" agree.
func bodyKey(body string) string {
	return strings.TrimFunc(fold(body), isEdgePunct)
}

// isEdgePunct reports the runes trimmed from the ends of keys: punctuation,
// symbols and space.
func isEdgePunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) }

// caseKey normalises a case number as written so that the same case gets
// the same key in every source: "Sak 33/25", "sak nr. 33 / 25", "33/2025"
// and "033/25" all give "33/25". Leading label words ending in "sak" (sak,
// beslutningssak) and nr/saksnr are dropped; series prefixes such as PS, RS
// or FO are kept, since they number different series in many
// municipalities ("ps 12/24").
func caseKey(number string) string {
	words := strings.Fields(strings.TrimFunc(fold(number), isEdgePunct))
	for len(words) > 1 && isLabel(strings.TrimRight(words[0], ".:")) {
		words = words[1:]
	}
	s := strings.Join(words, " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, " /", "/"), "/ ", "/")
	s = dashToSlash(s)
	return normDigits(strings.TrimFunc(s, isEdgePunct))
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
// styresak, beslutningssak. A series such as "o-sak" (orientering) or
// "v-sak" (vedtak) numbers cases of its own and is no label.
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

// sortKey pads every run of digits in a case key to ten places so that
// "3/25" sorts before "19/25".
func sortKey(key string) string {
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
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
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

// keyID derives a stable positive row id from a key: the first 63 bits of
// its SHA-256.
func keyID(key string) int64 {
	sum := sha256.Sum256([]byte(key))
	return int64(binary.BigEndian.Uint64(sum[:8]) >> 1)
}

// meetingKey identifies a meeting by date and body. Without either, the
// meeting stays private to its document: merging unknown bodies on one date
// would mix different meetings' cases, which is worse than a duplicate.
func meetingKey(path, body, date string) string {
	if b := bodyKey(body); b != "" && date != "" {
		return date + "|" + b
	}
	return "doc|" + path
}

// caseKeyIn identifies a case within a meeting: by number, else by title,
// else by its position in its document.
func caseKeyIn(path string, i int, number, title string) string {
	if k := caseKey(number); k != "" {
		return k
	}
	if t := fold(title); t != "" {
		return "title:" + t
	}
	return "pos:" + path + "#" + strconv.Itoa(i)
}
