package dates

import "time"

// counts returns the number words of a count of units, bokmål and nynorsk.
func counts() map[int][]string {
	return map[int][]string{1: {"en", "én", "ei", "et", "ett", "eit", "eitt"}, 2: {"to"}, 3: {"tre"},
		4: {"fire"}, 5: {"fem"}, 6: {"seks"}, 7: {"sju", "syv"}, 8: {"åtte"}, 9: {"ni"}, 10: {"ti"},
		11: {"elleve"}, 12: {"tolv"}, 14: {"fjorten"}, 15: {"femten"}, 20: {"tjue"}, 30: {"tretti"}}
}

// Units of a shift from ref, in days (0 for months, -1 for years).
var shiftUnits = map[string]int{
	"dag": 1, "dager": 1, "dagar": 1, "døgn": 1,
	"uke": 7, "uker": 7, "veke": 7, "veker": 7, "vekor": 7,
	"måned": 0, "måneder": 0, "månad": 0, "månader": 0,
	"år": -1,
}

// Words after which "om" means "about", not "in": "søknad om 3 dager",
// "rapport om 2 år med drift".
var aboutBefore = wordSet(`be ba bedt bad søke søker søkte søkt søknad søknaden søknader forslag
	forslaget vedtak vedtaket spørsmål avtale avtalen avtalt snakk snakke snakker snakket snakka
	prate diskutere diskuterte diskusjon krav kravet ønske ønsker ønsket beslutning enige enighet
	enig gjelder gjaldt handler dreier dreide spør spørre spurte lurer lurte usikker usikre vurdere
	vurderer vurderte rapport rapporten informasjon orientering orienterte melding notat innlegg
	presentasjon foredrag dialog evaluering erfaring erfaringer tilbakemelding`)

// shift parses a distance from ref: "om en uke", "om 3 dager", "om tre
// måneder", "en uke siden", "for to år siden" (the "for" stays out of
// Text), nynorsk "om ei veke", "tre år sidan". The result is a day, or the
// month for years: one grain finer than the unit, as Duckling resolves.
func (p *parser) shift(i int, ref time.Time) (match, bool) {
	j := i
	in := p.low(i) == "om"
	if in {
		if aboutBefore[p.low(i-1)] {
			return match{}, false
		}
		j++
	}
	n, k := p.count(j)
	unit, ok := shiftUnits[p.low(k)]
	if n == 0 || !ok {
		return match{}, false
	}
	k++
	if !in {
		if w := p.low(k); w != "siden" && w != "sidan" {
			return match{}, false
		}
		n, k = -n, k+1
	}
	switch unit {
	case -1:
		t := civil(ref.Year()+n, int(ref.Month()), 1)
		return match{from: i, to: k, a: period{g: gMonth, y: t.Year(), m: int(t.Month())}}, true
	case 0:
		first := civil(ref.Year(), int(ref.Month())+n, 1)
		d := min(ref.Day(), daysIn(first.Year(), int(first.Month())))
		return match{from: i, to: k, a: dayOf(first.AddDate(0, 0, d-1))}, true
	}
	return match{from: i, to: k, a: dayOf(ref.AddDate(0, 0, n*unit))}, true
}

// nextDays parses the days just after or before ref as an interval: "neste
// 3 dager" (from tomorrow), "siste to dagar" (until yesterday).
func (p *parser) nextDays(i int, ref time.Time) (match, bool) {
	sign := 1
	switch p.word(i).kind {
	case wLast:
		sign = -1
	case wNext:
	default:
		return match{}, false
	}
	n, k := p.count(i + 1)
	if w := p.low(k); n == 0 || w != "dager" && w != "dagar" {
		return match{}, false
	}
	a, b := ref.AddDate(0, 0, 1), ref.AddDate(0, 0, n)
	if sign < 0 {
		a, b = ref.AddDate(0, 0, -n), ref.AddDate(0, 0, -1)
	}
	return match{from: i, to: k + 1, a: dayOf(a), b: dayOf(b)}, true
}

// count reads a count of units at token i, a number word or up to three
// digits; 0 when there is none.
func (p *parser) count(i int) (n, next int) {
	if w := p.word(i); w.kind == wCount {
		return w.val, i + 1
	}
	if v, digits, ok := p.num(i); ok && digits <= 3 && !p.inNumber(i) && !p.continues(i+1) {
		return v, i + 1
	}
	return 0, i
}
