package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Profiles of function words. Words both written standards share count as
// Scandinavian; only the words that tell them apart decide nb against nn.
type profile uint8

const (
	scand profile = iota + 1
	bokmal
	nynorsk
	english
)

var profiles = func() map[string]profile {
	m := map[string]profile{}
	add := func(p profile, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = p
		}
	}
	add(scand, `og i er av til med som det på den har kan skal vil seg om ved eller men så
		etter mellom når under over dette må andre alle får mot sin sine blitt hadde
		gjennom sakene blei`)
	add(bokmal, `ikke jeg hva hvordan hvorfor hvem hvis hvilke hvilken hvor fra også ble noen
		noe være vært mye en et hun dere deres man uten siden samme selv disse kun enda
		saken vedtatt behandlet mener nå bare sier`)
	add(nynorsk, `ikkje eg kva korleis kvifor kven viss kor frå òg vart nokon noko vere vore
		mykje ein eit ho dykk dykkar dei deira utan sidan same sjølv desse berre meir
		heile medan difor saka handsama handsaming vedteke seier fekk gjer gjere kome
		meiner`)
	add(english, `the and of to is that with on are this be by from it as not or we you have
		has which will an was were been their its these those into should must would
		can may shall such other than also`)
	return m
}()

// minHits is the least number of function words Language decides on.
const minHits = 2

// Language returns "nb", "nn" or "en" for text, or "" when it holds too
// few function words to tell. English wins only when its function words
// outnumber the Scandinavian ones, so an English quotation in a bokmål
// document leaves it "nb"; nynorsk wins when its own words outnumber the
// bokmål ones.
func Language(text string) string {
	var n [english + 1]int
	eachWord(text, func(w []byte) {
		n[profiles[string(w)]]++ // no allocation for the lookup
	})
	norw := n[scand] + n[bokmal] + n[nynorsk]
	switch {
	case norw+n[english] < minHits:
		return ""
	case n[english] > norw:
		return "en"
	case n[nynorsk] > n[bokmal]:
		return "nn"
	}
	return "nb"
}

// maxLangBytes bounds the text Language reads: a sample decides.
const maxLangBytes = 1 << 20

// eachWord calls f with each lower-cased word of text (up to maxLangBytes).
func eachWord(text string, f func([]byte)) {
	text = text[:min(len(text), maxLangBytes)]
	var buf [32]byte
	w := buf[:0]
	long := false
	for _, r := range text {
		if unicode.IsLetter(r) {
			if len(w)+utf8.UTFMax > len(buf) {
				long = true
				continue
			}
			w = utf8.AppendRune(w, unicode.ToLower(r))
			continue
		}
		if len(w) > 0 && !long {
			f(w)
		}
		w, long = w[:0], false
	}
	if len(w) > 0 && !long {
		f(w)
	}
}
