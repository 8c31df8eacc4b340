package minutes

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/dates"
)

// addressee returns the body a "Til <body>" line addresses, "" when the
// line is no such line or names people.
func addressee(s string) string {
	if !strings.HasPrefix(s, "Til") {
		return ""
	}
	m := addresseeRe().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	f := strings.Fields(m[1])
	if len(f) >= 2 && looksLikeName(f[0]+" "+strings.Trim(f[1], ","), 2) {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// bodyFromTitle returns the body named in a title such as "Protokoll fra
// møte i Formannskapet 12.03.2024", without dates, or "".
func bodyFromTitle(title string) string {
	m := titleBodyRe().FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	b := m[2]
	for _, sep := range []string{" – ", " - ", ":", ","} {
		if i := strings.Index(b, sep); i > 0 {
			b = b[:i]
		}
	}
	for _, d := range dates.Find(b, time.Time{}) {
		b = strings.Replace(b, d.Text, "", 1)
	}
	f := strings.Fields(b)
	for len(f) > 0 && (strings.ContainsAny(f[len(f)-1], "0123456789") || tailWord().MatchString(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 || strings.Contains(strings.ToLower(f[0]), "møte") {
		return ""
	}
	b = upperFirst(strings.Join(f, " "))
	if own := meetingOf[strings.ToLower(m[1])]; own != "" {
		return own + " i " + b // "styremøte i Helse Vest RHF": its board met
	}
	return b
}

// meetingOf names the body whose meeting a compound names: a "styremøte
// i X" is a meeting of the board of X.
var meetingOf = map[string]string{
	"styre": "Styret", "representantskaps": "Representantskapet", "års": "Årsmøtet",
}

// bodyAfterTitle returns the short line under a bare title
// ("MØTEPROTOKOLL" / "Formannskapet"), "" when there is none.
func bodyAfterTitle(lines []line, cut int) string {
	for i := 0; i+1 < min(cut, 4); i++ {
		next := lines[i+1]
		if bareTitle().MatchString(lines[i].text) && next.lab == labelNone && wordCount(next.text) <= 6 &&
			startsUpper(next.text) && !strings.ContainsAny(next.text, "0123456789:") {
			return next.text
		}
	}
	return ""
}

// bodyFromCases finds the body from the cases: "Valgstyrets vedtak" gives
// "Valgstyret", "Behandling i Formannskapet" gives "Formannskapet".
func bodyFromCases(lines []line) string {
	for _, l := range lines {
		if m := ownVedtakRe().FindStringSubmatch(l.text); m != nil {
			return m[1]
		}
		if m := behandlingRe().FindStringSubmatch(l.text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
