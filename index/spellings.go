package index

import "strings"

// formPairs are nynorsk and bokmål forms of words common in minutes, one
// pair a line, nynorsk first. A query for either finds both.
//
// Source: chosen by hand from the vocabulary of Norwegian minutes, agendas
// and annual-meeting papers (boards, councils, associations); each form as
// written in Nynorskordboka and Bokmålsordboka (ordbokene.no, Språkrådet and
// Universitetet i Bergen). Inflected forms need no line of their own: the
// pairs are compared by stem. Extend by adding a line.
const formPairs = `
rekneskap regnskap
rekneskapsførar regnskapsfører
vedteke vedtatt
vedtek vedtar
ikkje ikke
leiar leder
styreleiar styreleder
nestleiar nestleder
kasserar kasserer
val valg
valnemnd valgkomité
utval utvalg
arbeidsutval arbeidsutvalg
høyring høring
fråsegn uttalelse
framlegg forslag
handsaming behandling
handsame behandle
utgreiing utredning
løyving bevilgning
tilskot tilskudd
godkjend godkjent
oppnemnd oppnevnt
fråvær fravær
fleirtal flertall
mindretal mindretall
samrøystes enstemmig
einstemmig enstemmig
røysting avstemning
tilsett ansatt
føresette foresatte
skule skole
elevar elever
verksemd virksomhet
kunngjering kunngjøring
teneste tjeneste
eigar eier
bustad bolig
kyrkje kirke
årsmelding årsberetning
framtid fremtid
seinare senere
`

// formsByStem maps the stem of each form to the stems of its other forms.
var formsByStem = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(formPairs, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		a, b := Stem(f[0]), Stem(f[1])
		if a != b {
			m[a] = append(m[a], b)
			m[b] = append(m[b], a)
		}
	}
	return m
}()

// otherForms returns the stems of the other forms of the word with stem.
func otherForms(stem string) []string { return formsByStem[stem] }
