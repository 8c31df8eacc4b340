package ident

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Abbrev is a short form defined in a text: "Norm for informasjonssikkerhet
// og personvern i helse- og omsorgssektoren (Normen)" defines Short
// "Normen" for Long "Norm for informasjonssikkerhet ...".
type Abbrev struct {
	Short string `json:"short"`
	Long  string `json:"long"`
}

// maxAbbrevs bounds the definitions read from one text, maxParens the
// parentheses looked at, and lookBack how far before one a long form may
// start (bytes).
const (
	maxAbbrevs = 32
	maxParens  = 2000
	lookBack   = 400
)

// Abbreviations finds short forms defined in parentheses after their long
// form (the algorithm of Schwartz and Hearst, 2003): the short form is one
// word that starts with a capital letter, and its letters occur in order
// in the long form, the first at the start of the long form's first word.
// The long form is the shortest such run of at most min(len+5, 2·len)
// words before the parenthesis.
func Abbreviations(text string) []Abbrev {
	var out []Abbrev
	for i, n := 0, 0; len(out) < maxAbbrevs && n < maxParens; n++ {
		open := strings.IndexByte(text[i:], '(')
		if open < 0 {
			break
		}
		open += i
		end := strings.IndexByte(text[open:], ')')
		if end < 0 {
			break
		}
		end += open
		i = open + 1
		short := strings.TrimSpace(text[open+1 : end])
		if a, ok := defined(text[max(0, open-lookBack):open], short); ok {
			out = append(out, a)
		}
	}
	return out
}

// defined finds the long form of short at the end of before.
func defined(before, short string) (Abbrev, bool) {
	first, _ := utf8.DecodeRuneInString(short)
	n := utf8.RuneCountInString(short)
	if n < 2 || n > 12 || strings.ContainsAny(short, " ,;:") || !unicode.IsUpper(first) {
		return Abbrev{}, false
	}
	words := strings.Fields(lastLine(before))
	limit := min(n+5, 2*n)
	for k := 1; k <= min(limit, len(words)); k++ {
		long := words[len(words)-k:]
		if startsWith(long[0], first) && inOrder(strings.ToLower(short), strings.ToLower(strings.Join(long, " "))) {
			return Abbrev{Short: short, Long: strings.Join(long, " ")}, len(long) > 1 || len(long[0]) > n
		}
	}
	return Abbrev{}, false
}

func lastLine(s string) string { return s[strings.LastIndexByte(s, '\n')+1:] }

func startsWith(word string, r rune) bool {
	w, _ := utf8.DecodeRuneInString(word)
	return unicode.ToLower(w) == unicode.ToLower(r)
}

// inOrder reports whether the runes of short occur in long in order.
func inOrder(short, long string) bool {
	for _, r := range short {
		i := strings.IndexRune(long, r)
		if i < 0 {
			return false
		}
		long = long[i+utf8.RuneLen(r):]
	}
	return true
}

// Aliases maps a folded body name to the folded name that stands for it.
type Aliases map[string]string

// ParseAliases reads an alias file: one "name = name it is the same body
// as" a line; blank lines and lines starting with # are skipped. A bad
// line is an error naming its number.
func ParseAliases(r io.Reader) (Aliases, error) {
	out := Aliases{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		alias, canon, ok := strings.Cut(line, "=")
		a, c := BodyKey(alias), BodyKey(canon)
		if !ok || a == "" || c == "" {
			return nil, fmt.Errorf("line %d: want \"name = other name\", got %q", n, line)
		}
		out[a] = c
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// BodyIDs gives each body name (folded) of one organisation the folded
// name that identifies the body across its spellings:
//   - the user's aliases, followed to their end;
//   - a long form defined by an abbreviation in the archive is replaced by
//     its short form, also when the body writes the long form with words
//     left out ("Styringsgruppen for Norm for informasjonssikkerhet i helse-
//     og omsorgssektoren" is "styringsgruppen for normen" when a text
//     defines "Norm for informasjonssikkerhet og personvern i helse- og
//     omsorgssektoren (Normen)");
//   - a name whose words start exactly one longer name is that name
//     ("styringsgruppen" is "styringsgruppen for normen" unless there is also
//     a "styringsgruppen for legevakt"); aliases settle the rest.
func BodyIDs(names []string, abbrevs []Abbrev, aliases Aliases) map[string]string {
	out := make(map[string]string, len(names))
	ids := map[string]bool{}
	for _, name := range names {
		out[name] = shorten(follow(aliases, name), abbrevs)
		ids[out[name]] = true
	}
	for name, id := range out {
		if longer, ok := onlyLonger(id, ids); ok {
			out[name] = longer
		}
	}
	return out
}

// onlyLonger returns the one id that continues id by more words.
func onlyLonger(id string, ids map[string]bool) (string, bool) {
	found := ""
	for other := range ids {
		if strings.HasPrefix(other, id+" ") {
			if found != "" {
				return "", false
			}
			found = other
		}
	}
	return found, found != ""
}

// follow follows aliases from name to its end; a loop in the file ends
// before it comes back.
func follow(aliases Aliases, name string) string {
	seen := map[string]bool{name: true}
	for {
		next, ok := aliases[name]
		if !ok || seen[next] {
			return name
		}
		seen[next], name = true, next
	}
}

// shorten replaces the first long form in name by its short form.
func shorten(name string, abbrevs []Abbrev) string {
	words := strings.Fields(name)
	for _, a := range abbrevs {
		long := strings.Fields(BodyKey(a.Long))
		for i := range words {
			if j, ok := matchLong(words[i:], long); ok {
				return strings.Join(append(append(words[:i:i], BodyKey(a.Short)), words[i+j:]...), " ")
			}
		}
	}
	return name
}

// matchLong reports whether words start with a variant of long: the same
// first and last word, and the words between a subsequence of long's. It
// returns how many words matched.
func matchLong(words, long []string) (int, bool) {
	if len(long) < 2 || len(words) < 2 || words[0] != long[0] {
		return 0, false
	}
	k := 1
	for i := 1; i < len(words) && k < len(long); i++ {
		for k < len(long) && long[k] != words[i] {
			k++
		}
		if k == len(long) {
			return 0, false
		}
		if k == len(long)-1 {
			return i + 1, true
		}
		k++
	}
	return 0, false
}
