package dates

import "strings"

// Words after which a number is not a date: case and archive numbers,
// versions, sections, money, standards, phone numbers, clock times.
var notDateBefore = wordSet(`sak saka saken saker sakene saksnr saksnummer arkivsak arkivsaksnr
	arkivnr arkivnummer journalpost journalpostnr jp ps rs os ref referanse nr nummer
	versjon version ver v rev revisjon utgave kap kapittel pkt punkt avsnitt ledd del fig
	figur tabell vedlegg side sidene s kr nok eur usd iso iec ns tlf telefon mob mobil tel
	postboks pb boks kl klokka klokken kloka`)

// Words after which a bare day.month is a date.
var dateCueWords = wordSet(`den fra frå fom tom til innen innan før etter per pr dato datert
	datoen siden sidan møte møtet møtes frist fristen holdes avholdes haldast gjennomføres
	utsatt utsettes flyttet sendt sendes levert leveres mottatt`)

// Words after a number that make it a quantity.
var unitWords = wordSet(`kr kroner nok mill millioner million mrd milliarder prosent pst
	stk personer deltakere deltakarar ansatte tilsette timer timar dager dagar uker veker
	år måneder månader m km kg cm mm gb mb tb ganger gonger poeng plasser mnd`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// inNumber reports whether token i continues a longer number such as
// 1.2.3, 10.000.000 or 27001:2013. A dash may start a range, so it does not
// bind.
func (p *parser) inNumber(i int) bool {
	return p.punct(i-1, ".,/:") && !p.t[i-1].sp && p.tight(i) && i >= 2 && p.t[i-2].kind == tNum
}

// continues reports whether a number ending before token j goes on
// (1.2.3.4, 2.12,5, 01.02.2025.1): then the tokens are no date.
func (p *parser) continues(j int) bool {
	if j < len(p.t) && p.t[j].kind != tPunct && !p.t[j].sp {
		return true // glued to a letter or digit
	}
	return p.punct(j, ".,/:-") && p.tight(j) && p.tight(j+1) && j+1 < len(p.t) && p.t[j+1].kind == tNum
}

// rejectBefore reports whether the words before token i make it a case
// number, a version, an amount or the like: "Sak 21/25", "sak nr. 3/12",
// "versjon 1.1", "kr 2.12", "§ 12".
func (p *parser) rejectBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		switch {
		case p.punct(k, "§#"):
			return true
		case p.punct(k, ".:("):
			continue
		case p.t[k].kind == tWord:
			if notDateBefore[p.t[k].low] {
				return true
			}
			if p.t[k].low != "nr" {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// unitAfter reports whether token j makes the number before it a quantity.
func (p *parser) unitAfter(j int) bool {
	return p.punct(j, "%‰") || unitWords[p.low(j)]
}

// dateCue reports whether the word before token i (a colon or bracket may
// stand between) introduces a date: "den 2.12", "Frist: 30.10".
func (p *parser) dateCue(i int) bool {
	k := i - 1
	if p.punct(k, ".") && p.word(k-1).kind == wWeekdayAbbr {
		return true // ons. 3.12
	}
	if p.punct(k, ":(") {
		k--
	}
	w := p.low(k)
	if w == "" {
		return false
	}
	if dateCueWords[w] || p.word(k).kind == wWeekday {
		return true
	}
	return strings.HasSuffix(w, "frist") || strings.HasSuffix(w, "fristen") || strings.HasSuffix(w, "dato")
}

// clockFollows reports whether a time of day follows at token j.
func (p *parser) clockFollows(j int) bool {
	_, _, _, ok := p.clockAt(j, false)
	return ok
}

// inList reports whether token i continues a list of days begun on this
// line: "2.12, 9.12 og 16.12".
func (p *parser) inList(i int) bool {
	if p.lastDay < 0 || p.lastDay >= i {
		return false
	}
	for k := p.lastDay; k < i; k++ {
		if !p.punct(k, ",/&") && !listWords[p.low(k)] {
			return false
		}
	}
	return true
}

var listWords = wordSet("og eller samt og/eller")
