package index

import (
	"slices"
	"strings"
	"sync"

	"github.com/motebok/motebok/extractors/norm"
)

// formPairs are nynorsk and bokmål forms of words common in minutes, one
// pair a line, nynorsk first. A query for either finds both.
//
// Source: chosen by hand from the vocabulary of Norwegian minutes, agendas
// and annual-meeting papers (boards, councils, associations), in the
// standard spellings of Nynorskordboka and Bokmålsordboka (ordbokene.no,
// Språkrådet and Universitetet i Bergen), the reference to check a new line
// against. Inflected forms need no line of their own: the
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
framdrift fremdrift
seinare senere
fyrste første
heimeside hjemmeside
eigedom eiendom
noverande nåværende
semje enighet
løn lønn
born barn
vaksne voksne
tilbod tilbud
søkjar søker
ynskje ønske
gjere gjøre
stad sted
veke uke
månad måned
haust høst
sommar sommer
`

// formsByStem maps the stem of each form, and its ASCII spelling, to the
// stems of its other forms.
var formsByStem = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(formPairs, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		a, b := Stem(f[0]), Stem(f[1])
		if a == b {
			continue
		}
		m[a], m[b] = append(m[a], b), append(m[b], a)
		if fa, fb := norm.Fold(a), norm.Fold(b); fa != a || fb != b {
			m[fa], m[fb] = append(m[fa], fb), append(m[fb], fa) // typed without æøå
		}
	}
	return m
})

// minAffixForm is the shortest listed stem replaced at the start or end of a
// compound (høyringssvar → høringssvar, årsrekneskap → årsregnskap).
const minAffixForm = 5

// otherForms returns the stems of the other forms of the word with stem,
// also where a listed form starts or ends a compound.
func otherForms(stem string) []string {
	out := slices.Clone(formsByStem()[stem])
	for form, others := range formsByStem() {
		if len(form) < minAffixForm || form == stem {
			continue
		}
		for _, o := range others {
			if rest, ok := strings.CutPrefix(stem, form); ok {
				out = append(out, o+rest)
			}
			if rest, ok := strings.CutSuffix(stem, form); ok {
				out = append(out, rest+o)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
