package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// Guide draws a guide ("Veileder for ..."): numbered chapters of prose and
// points, which mention meetings, dates and case numbers without being
// minutes.
func Guide(rng *rand.Rand) Meeting {
	m, subject := distractor(rng, doc.KindGuide, LayoutGuide)
	m.Title = labelSets[langIndex(m.Lang)].guide + " " + subject
	lang := langIndex(m.Lang)
	for i, ch := range guideChapters[lang] {
		s := Section{Heading: fmt.Sprintf("%d %s", i+1, ch)}
		for range 1 + rng.IntN(3) {
			s.Paras = append(s.Paras, guideParagraph(rng, &m, subject))
		}
		if i == 3 || i == 4 {
			s.Bullets = bullets(rng, lang, subject, 3+rng.IntN(3))
		}
		m.Sections = append(m.Sections, s)
	}
	return m
}

// Presentation draws a slide deck: a title slide, an agenda, 3-7 slides of
// points and a closing slide.
func Presentation(rng *rand.Rand) Meeting {
	m, subject := distractor(rng, doc.KindPresentation, LayoutSlides)
	lang := langIndex(m.Lang)
	m.Title = fill(pick(rng, deckTitles[lang]), "{X}", subject, "{Y}", fmt.Sprint(m.Date.Year()))
	m.Sections = []Section{{Heading: m.Title, Paras: []string{m.Author, m.Body, longDate(m.Date)}}}
	agenda := Section{Heading: "Agenda"}
	heads := append([]string(nil), slideHeadings[lang]...)
	rng.Shuffle(len(heads), func(i, j int) { heads[i], heads[j] = heads[j], heads[i] })
	for _, h := range heads[:3+rng.IntN(5)] {
		h = fill(h, "{Y}", fmt.Sprint(m.Date.Year()))
		agenda.Bullets = append(agenda.Bullets, h)
		m.Sections = append(m.Sections, Section{Heading: h, Bullets: bullets(rng, lang, subject, 2+rng.IntN(4))})
	}
	m.Sections = append(m.Sections[:1], append([]Section{agenda}, m.Sections[1:]...)...)
	m.Sections = append(m.Sections, Section{Heading: "Spørsmål?"})
	return m
}

// distractor draws what guides and decks share: language, publisher,
// author, date, subject.
func distractor(rng *rand.Rand, kind string, l Layout) (Meeting, string) {
	lang := nb
	if chance(rng, 0.25) {
		lang = nn
	}
	s := pick(rng, guideSubjects)
	date, _, _ := meetingTime(rng)
	m := Meeting{Kind: kind, Lang: langCodes[lang], Layout: l, Body: pick(rng, publishers), Date: date,
		Author: personName(rng), Topics: []string{s.key}, Style: drawStyle(rng, l)}
	return m, s.name[lang]
}

func guideParagraph(rng *rand.Rand, m *Meeting, subject string) string {
	lang := langIndex(m.Lang)
	var s []string
	for range 2 + rng.IntN(3) {
		later := m.Date.AddDate(0, 0, rng.IntN(200)-100)
		s = append(s, expand(pick(rng, guidePhrases[lang]), func(key string) string {
			switch key {
			case "ORG":
				return m.Body
			case "D":
				return longDate(later)
			case "C":
				return fmt.Sprintf("%d/%02d", 1+rng.IntN(60), later.Year()%100)
			}
			return guideValue(rng, lang, subject, key)
		}))
	}
	return strings.Join(s, " ")
}

// guideValue fills {X} with the subject and the compound placeholders.
func guideValue(rng *rand.Rand, lang int, subject, key string) string {
	if v, ok := compoundValue(rng, lang, key); ok {
		return v
	}
	if key == "X" {
		return subject
	}
	return "{" + key + "}"
}

func bullets(rng *rand.Rand, lang int, subject string, n int) []string {
	list := append([]string(nil), guideBullets[lang]...)
	rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
	list = list[:min(n, len(list))]
	for i := range list {
		list[i] = expand(list[i], func(key string) string { return guideValue(rng, lang, subject, key) })
	}
	return list
}

// langIndex maps "nb"/"nn" to the index of the [2] arrays.
func langIndex(code string) int {
	if code == langCodes[nn] {
		return nn
	}
	return nb
}
