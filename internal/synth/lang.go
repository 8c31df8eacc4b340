package synth

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Language indices into the [2] arrays of this package.
const (
	nb = 0
	nn = 1
)

var langCodes = [2]string{"nb", "nn"}

// labels are the fixed words of minutes in one written standard.
type labels struct {
	present, absent, place, meetingPlace, date, time, meetingDate, meetingTime, timeOfDay    string
	proposal, decision, discussion, treatment, vote, referent, agenda, body, none            string
	membersMet, membersAbsent, participants, minutesFrom, boardMinutes, protocol, asProposed string
	memberHeader, politicalHeader                                                            [3]string
	caseHeader                                                                               [2]string
	page, guide, version, contents                                                           string
	weekdays                                                                                 [7]string
}

var labelSets = [2]labels{
	{
		present: "Til stede:", absent: "Forfall:", place: "Sted:", meetingPlace: "Møtested:", date: "Dato:",
		time: "Tid:", meetingDate: "Møtedato:", meetingTime: "Møtetidspunkt:", timeOfDay: "Tidspunkt:",
		proposal: "Forslag til vedtak:", decision: "Vedtak:", discussion: "Diskusjon:", treatment: "Behandling:",
		vote: "Votering:", referent: "Referent:", agenda: "Saksliste", body: "Utvalg:", none: "Ingen",
		membersMet: "Faste medlemmer som møtte:", membersAbsent: "Faste medlemmer som ikke møtte:",
		participants: "Deltakere", minutesFrom: "Referat fra møte i", boardMinutes: "Protokoll fra styremøte i",
		protocol: "Møteprotokoll", asProposed: "Som forslag til vedtak.",
		memberHeader: [3]string{"Navn", "Virksomhet", "Rolle"}, politicalHeader: [3]string{"Navn", "Funksjon", "Representerer"},
		caseHeader: [2]string{"Sak", "Sakstittel / kommentar / forslag til vedtak"},
		page:       "Side %d av %d", guide: "Veileder for", version: "Versjon", contents: "Innhold",
		weekdays: [7]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
	},
	{
		present: "Til stades:", absent: "Fråverande:", place: "Stad:", meetingPlace: "Møtestad:", date: "Dato:",
		time: "Tid:", meetingDate: "Møtedato:", meetingTime: "Møtetidspunkt:", timeOfDay: "Tidspunkt:",
		proposal: "Framlegg til vedtak:", decision: "Vedtak:", discussion: "Drøfting:", treatment: "Handsaming:",
		vote: "Røysting:", referent: "Referent:", agenda: "Saksliste", body: "Utval:", none: "Ingen",
		membersMet: "Faste medlemmar som møtte:", membersAbsent: "Faste medlemmar som ikkje møtte:",
		participants: "Deltakarar", minutesFrom: "Referat frå møte i", boardMinutes: "Protokoll frå styremøte i",
		protocol: "Møteprotokoll", asProposed: "Som framlegg til vedtak.",
		memberHeader: [3]string{"Namn", "Verksemd", "Rolle"}, politicalHeader: [3]string{"Namn", "Funksjon", "Representerer"},
		caseHeader: [2]string{"Sak", "Sakstittel / kommentar / framlegg til vedtak"},
		page:       "Side %d av %d", guide: "Rettleiar for", version: "Versjon", contents: "Innhald",
		weekdays: [7]string{"sundag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"},
	},
}

var months = [12]string{"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}

// longDate writes "5. mars 2025".
func longDate(t time.Time) string {
	return fmt.Sprintf("%d. %s %d", t.Day(), months[t.Month()-1], t.Year())
}

// weekday writes the day's name, capitalised when cap is set.
func weekday(t time.Time, lang int, cap bool) string {
	w := labelSets[lang].weekdays[t.Weekday()]
	if cap {
		return capitalize(w)
	}
	return w
}

// clock rewrites "HH:MM" with another separator: clock("10:00", ".") is "10.00".
func clock(hm, sep string) string { return strings.Replace(hm, ":", sep, 1) }

// capitalize upper-cases the first letter of s.
func capitalize(s string) string { return mapFirst(s, unicode.ToUpper) }

// lowerFirst lower-cases the first letter of s.
func lowerFirst(s string) string { return mapFirst(s, unicode.ToLower) }

func mapFirst(s string, f func(rune) rune) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(f(r)) + s[n:]
}
