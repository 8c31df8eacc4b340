package dates

import "sync"

// wordKind classifies the words the parser knows.
type wordKind uint8

const (
	wNone        wordKind = iota
	wMonth                // januar … desember; val = month
	wMonthAbbr            // jan, feb., okt …; val = month
	wWeekday              // mandag/måndag …; val = ISO weekday 1..7
	wWeekdayAbbr          // man., tirs. …; only before a date
	wSeason               // våren, hausten …; val = EDTF season code
	wSeasonBare           // vår, høst …: a date only with a year or a cue
	wOrdinal              // første … trettiførste; val = n
	wWeek                 // uke, veke; val 0
	wMonthUnit            // måned, månad
	wYearUnit             // år, året
	wGroup                // kvartal, tertial, halvår; val = first EDTF code
	wNext                 // neste, kommende
	wPrev                 // forrige, førre, sist
	wThis                 // denne, dette
	wStarter              // i, til, på, om, idag, q …: start relative expressions
	wLast                 // siste, seneste
	wFeast                // julaften, påske …; val indexes feasts
	wCount                // en, to, tre …: a count of units; val = n
)

type word struct {
	kind wordKind
	val  int
}

// EDTF sub-year codes (ISO 8601-2 level 2).
const (
	spring  = 21
	summer  = 22
	autumn  = 23
	winter  = 24
	quarter = 33 // 33..36
	tertial = 37 // 37..39 (quadrimesters)
	half    = 40 // 40..41 (semesters)
)

// lexicon maps each date word to its kind and value, built on first use.
var lexicon = sync.OnceValue(buildLexicon)

func buildLexicon() map[string]word {
	lex := map[string]word{}
	add := func(k wordKind, val int, forms ...string) {
		for _, f := range forms {
			lex[f] = word{k, val}
		}
	}
	months := []string{"januar", "februar", "mars", "april", "mai", "juni", "juli",
		"august", "september", "oktober", "november", "desember"}
	for i, m := range months {
		add(wMonth, i+1, m)
	}
	abbr := [][]string{{"jan"}, {"feb", "febr"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"},
		{"aug"}, {"sep", "sept"}, {"okt"}, {"nov"}, {"des"}}
	for i, forms := range abbr {
		add(wMonthAbbr, i+1, forms...)
	}
	days := [][]string{{"mandag", "måndag"}, {"tirsdag", "tysdag"}, {"onsdag"}, {"torsdag"},
		{"fredag"}, {"lørdag", "laurdag"}, {"søndag", "sundag"}}
	dayAbbr := [][]string{{"man", "mån"}, {"tir", "tirs", "tys"}, {"ons"}, {"tor", "tors"},
		{"fre"}, {"lør", "lau", "laur"}, {"søn", "sun"}}
	for i := range days {
		add(wWeekday, i+1, days[i]...)
		add(wWeekdayAbbr, i+1, dayAbbr[i]...)
	}
	add(wSeason, spring, "våren", "vårparten")
	add(wSeason, summer, "sommeren", "sommaren")
	add(wSeason, autumn, "høsten", "hausten")
	add(wSeason, winter, "vinteren", "vintren")
	add(wSeasonBare, spring, "vår")
	add(wSeasonBare, summer, "sommer", "sommar")
	add(wSeasonBare, autumn, "høst", "haust")
	add(wSeasonBare, winter, "vinter")
	for n, forms := range ordinals() {
		add(wOrdinal, n, forms...)
	}
	add(wWeek, 0, "uke", "uka", "uken", "veke", "veka")
	add(wMonthUnit, 0, "måned", "måneden", "månad", "månaden")
	add(wYearUnit, 0, "år", "året")
	add(wGroup, quarter, "kvartal", "kvartalet")
	add(wGroup, tertial, "tertial", "tertialet")
	add(wGroup, half, "halvår", "halvåret")
	add(wNext, 0, "neste", "kommende", "førstkommende", "komande")
	add(wPrev, 0, "forrige", "førre", "sist")
	add(wThis, 0, "denne", "dette", "inneværende")
	add(wLast, -1, "siste", "seneste")
	addFeasts(add)
	for n, forms := range counts() {
		add(wCount, n, forms...)
	}
	add(wStarter, 0, "i", "til", "innen", "på", "om", "q", "ifjor", "idag", "imorgen", "imorgon", "imorra", "igår")
	return lex
}

// known maps every word the parser compares to itself, so that tokens can
// share one lower-case string instead of allocating their own.
var known = sync.OnceValue(func() map[string]string {
	k := map[string]string{}
	for _, set := range []map[string]bool{notDateBefore, dateCueWords, unitWords, listWords,
		shareWords, caseWords, aboutBefore, wordSet("den nr t m fra frå kl klokka klokken kloka og av fjor år igjen dagen")} {
		for w := range set {
			k[w] = w
		}
	}
	for w := range lexicon() {
		k[w] = w
	}
	for w := range dayOffsets {
		k[w] = w
	}
	for w := range shiftUnits {
		k[w] = w
	}
	return k
})

// maxKnown is the length in bytes of the longest known word.
var maxKnown = sync.OnceValue(func() int {
	n := 0
	for w := range known() {
		n = max(n, len(w))
	}
	return min(n, maxWord)
})

// ordinals returns the written ordinals 1..31, bokmål and nynorsk.
func ordinals() map[int][]string {
	units := [][]string{{"første", "fyrste"}, {"andre"}, {"tredje"}, {"fjerde"}, {"femte"},
		{"sjette"}, {"sjuende", "syvende", "sjuande"}, {"åttende", "åttande"}, {"niende", "niande"}}
	o := map[int][]string{}
	for i, u := range units {
		o[i+1] = u
		for _, f := range u {
			o[20+i+1] = append(o[20+i+1], "tjue"+f)
		}
	}
	o[31] = []string{"trettiførste", "trettifyrste"}
	teens := [][]string{{"tiende", "tiande"}, {"ellevte"}, {"tolvte"}, {"trettende", "trettande"},
		{"fjortende", "fjortande"}, {"femtende", "femtande"}, {"sekstende", "sekstande"},
		{"syttende", "syttande"}, {"attende", "attande"}, {"nittende", "nittande"},
		{"tjuende", "tjuande", "tyvende"}}
	for i, t := range teens {
		o[10+i] = t
	}
	o[30] = []string{"trettiende", "trettiande"}
	return o
}
