package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// filler fills sentence templates for one case of a meeting.
type filler struct {
	rng             *rand.Rand
	m               *Meeting
	lang            int
	object, object2 string
}

// fill replaces the placeholders of tmpl (see phrases.go). {K} and {J}
// (J < K) and {W} and {D} (the weekday of that date) agree within a template.
func (f *filler) fill(tmpl string) string {
	k := 2 + f.rng.IntN(8)
	later := f.m.Date.AddDate(0, 0, 7+f.rng.IntN(120))
	return expand(tmpl, func(key string) string {
		switch key {
		case "S":
			return f.m.Short
		case "O":
			return f.object
		case "O2":
			return f.object2
		case "ORG":
			return pick(f.rng, sectorOrgs)
		case "P":
			return f.speaker().Name
		case "D":
			if chance(f.rng, 0.3) {
				return later.Format("02.01.2006")
			}
			return longDate(later)
		case "A":
			return amount(f.rng, f.lang)
		case "Y":
			return strconv.Itoa(f.m.Date.Year())
		case "K":
			return strconv.Itoa(k)
		case "J":
			return strconv.Itoa(f.rng.IntN(k))
		case "W":
			return weekday(later, f.lang, false)
		case "T":
			return clock(f.m.Start, ".")
		}
		if v, ok := compoundValue(f.rng, f.lang, key); ok {
			return v
		}
		return "{" + key + "}"
	})
}

// speaker is a member present, or the secretariat when nobody is.
func (f *filler) speaker() Person {
	if len(f.m.Present) == 0 {
		return Person{Name: "Sekretariatet"}
	}
	return pick(f.rng, f.m.Present)
}

// paragraphs draws 1-3 paragraphs of report and, half the time, remarks by
// members, the way minutes name speakers: "Kari Hansen: ..." or "Kari – ...".
func (f *filler) paragraphs() []string {
	var ps []string
	for range 1 + f.rng.IntN(3) {
		var s []string
		for range 1 + f.rng.IntN(3) {
			s = append(s, f.fill(pick(f.rng, reportPhrases[f.lang])))
		}
		ps = append(ps, strings.Join(s, " "))
	}
	for range f.rng.IntN(4) - 1 {
		p := f.speaker()
		lead := p.Name + ": "
		if chance(f.rng, 0.4) {
			lead = firstName(p.Name) + " – "
		}
		ps = append(ps, lead+f.fill(pick(f.rng, remarkPhrases[f.lang])))
		if chance(f.rng, 0.3) {
			ps = append(ps, answerPhrase[f.lang])
		}
	}
	return ps
}

// decide words the decision on a proposal: as proposed, by reference, amended,
// or alt when one is given.
func (f *filler) decide(proposal, alt string) string {
	switch r := f.rng.IntN(10); {
	case r < 3:
		return labelSets[f.lang].asProposed
	case r < 5:
		return strings.TrimSuffix(proposal, ".") + amendPhrase[f.lang]
	case r < 7 && alt != "":
		return alt
	}
	return proposal
}

// vote records how a decision was voted on, or "" (most minutes do not say).
func (f *filler) vote() string {
	switch f.rng.IntN(6) {
	case 0:
		return unanimousPhrase[f.lang]
	case 1:
		return f.fill(majorityPhrase[f.lang])
	}
	return ""
}

// amount is a sum of money as minutes write it.
func amount(rng *rand.Rand, lang int) string {
	if chance(rng, 0.5) {
		return fmt.Sprintf("%d,%d %s", 1+rng.IntN(40), rng.IntN(10), [2]string{"millioner", "millionar"}[lang])
	}
	return fmt.Sprintf("%d %03d", 50+rng.IntN(900), rng.IntN(1000))
}
