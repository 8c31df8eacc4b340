package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var caseTypes = [2][3]string{{"Beslutningssak", "Orienteringssak", "Drøftingssak"}, {"Vedtakssak", "Orienteringssak", "Drøftingssak"}}

// cases draws the agenda: approval of the notice and of the last minutes,
// 1-7 topical cases, and often "Eventuelt" last. It returns the cases and
// the keys of their topics.
func cases(rng *rand.Rand, m *Meeting, domains string, lang int) ([]Case, []string) {
	f := &filler{rng: rng, m: m, lang: lang}
	ts := topicsFor(rng, domains, 1+rng.IntN(7))
	var cs []Case
	var keys []string
	if chance(rng, 0.8) {
		cs = append(cs, approvalCase(f, lang), minutesCase(f, lang))
	}
	for i, t := range ts {
		f.object = years(t.object[lang], m.Date.Year())
		f.object2 = years(ts[(i+1)%len(ts)].object[lang], m.Date.Year())
		cs = append(cs, topicCase(f, years(t.title[lang], m.Date.Year())))
		keys = append(keys, t.key)
	}
	if chance(rng, 0.6) {
		cs = append(cs, otherCase(f))
	}
	numberCases(rng, m, cs)
	return cs, keys
}

func approvalCase(f *filler, lang int) Case {
	c := Case{Title: [2]string{"Godkjenning av innkalling og dagsorden", "Godkjenning av innkalling og saksliste"}[lang]}
	c.Proposal = f.fill([2]string{"{S} godkjenner innkalling og dagsorden.", "{S} godkjenner innkalling og saksliste."}[lang])
	c.Decision = f.decide(c.Proposal, [2]string{"Innkalling og dagsorden godkjennes.", "Innkalling og saksliste vart godkjend."}[lang])
	return c
}

func minutesCase(f *filler, lang int) Case {
	prev := f.m.Date.AddDate(0, 0, -7*(4+f.rng.IntN(9)))
	c := Case{Title: [2]string{"Godkjenning av referat fra møtet ", "Godkjenning av referat frå møtet "}[lang] + prev.Format("02.01.2006")}
	c.Decision = [2]string{"Referatet fra møtet %s godkjennes uten merknader.", "Referatet frå møtet %s vert godkjent utan merknader."}[lang]
	c.Decision = fmt.Sprintf(c.Decision, longDate(prev))
	return c
}

// topicCase draws a topical case: a decision (sometimes postponed), a
// briefing (sometimes noted in a decision) or a discussion without one.
func topicCase(f *filler, title string) Case {
	kind := f.rng.IntN(10)
	c := Case{Title: title, Paras: f.paragraphs()}
	switch {
	case kind < 6:
		c.Type = caseTypes[f.lang][0]
		c.Proposal = f.fill(pick(f.rng, proposalPhrases[f.lang]))
		if kind == 0 {
			c.Note = postponedPhrase[f.lang]
			return c
		}
		c.Decision = f.decide(c.Proposal, "")
		c.Vote = f.vote()
	case kind < 8:
		c.Type = caseTypes[f.lang][1]
		if chance(f.rng, 0.5) {
			c.Decision = f.fill(noticePhrase[f.lang])
		}
	default:
		c.Type = caseTypes[f.lang][2]
	}
	return c
}

// otherCase is "Eventuelt": nothing, or the date of the next meeting.
func otherCase(f *filler) Case {
	c := Case{Title: "Eventuelt", Paras: []string{nothingPhrase[f.lang]}}
	if chance(f.rng, 0.5) {
		c.Paras = []string{f.fill(nextPhrase[f.lang])}
	}
	return c
}

// numberCases gives the cases consecutive numbers in the style of the layout.
func numberCases(rng *rand.Rand, m *Meeting, cs []Case) {
	n := 1 + rng.IntN(90)
	year := fmt.Sprintf("%02d", m.Date.Year()%100)
	if m.Layout == LayoutBoard && chance(rng, 0.5) {
		year = fmt.Sprint(m.Date.Year())
	}
	prefix := "Sak "
	switch {
	case m.Layout == LayoutProtocol:
		prefix = "PS "
	case m.Layout == LayoutCaseTable || chance(rng, 0.15):
		prefix = ""
	}
	clock := m.Start
	for i := range cs {
		cs[i].Label = fmt.Sprintf("%s%d/%s", prefix, n+i, year)
		cs[i].Number = strings.TrimPrefix(cs[i].Label, "Sak ")
		if m.Layout == LayoutCaseTable {
			cs[i].Time = "Kl. " + clock
			clock = addMinutes(clock, 5+5*rng.IntN(12))
		}
	}
}

// addMinutes adds d minutes to "HH:MM", staying within the day.
func addMinutes(hm string, d int) string {
	var h, m int
	fmt.Sscanf(hm, "%d:%d", &h, &m)
	t := min(h*60+m+d, 23*60+59)
	return fmt.Sprintf("%02d:%02d", t/60, t%60)
}
