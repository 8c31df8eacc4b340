package dates

import "strings"

// caseYears holds the two-digit years of the case numbers a text writes
// with a prefix ("Sak 5/12", "PS 3/12"), so that a bare "6/12" elsewhere in
// the same text is read as a case number of that year, not as 6 December.
type caseYears [100]bool

func (c *caseYears) has(yy int) bool { return c != nil && yy >= 0 && yy < 100 && c[yy] }

var caseWords = wordSet("sak saka saken saksnr saksnummer arkivsak ps rs os nr")

// findCaseYears scans text for prefixed case numbers; nil when there are none.
func findCaseYears(text string) *caseYears {
	var c *caseYears
	for k := strings.IndexByte(text, '/'); k >= 0; {
		if yy, ok := caseNumberAt(text, k); ok {
			if c == nil {
				c = new(caseYears)
			}
			c[yy] = true
		}
		n := strings.IndexByte(text[k+1:], '/')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return c
}

// caseNumberAt reports whether the slash at k sits in "<case word> N/YY".
func caseNumberAt(text string, k int) (yy int, ok bool) {
	if k+3 > len(text) || !isDigit(text[k+1]) || !isDigit(text[k+2]) ||
		(k+3 < len(text) && isDigit(text[k+3])) {
		return 0, false
	}
	j := k
	for j > 0 && k-j < 4 && isDigit(text[j-1]) {
		j--
	}
	if j == k {
		return 0, false
	}
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '.') {
		j--
	}
	w := j
	for w > 0 && j-w < 12 && text[w-1]|0x20 >= 'a' && text[w-1]|0x20 <= 'z' {
		w--
	}
	if !caseWords[strings.ToLower(text[w:j])] {
		return 0, false
	}
	return int(text[k+1]-'0')*10 + int(text[k+2]-'0'), true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
