package minutes

import (
	"strings"

	"github.com/motebok/motebok/internal/lazy"
)

// The vocabulary of the meeting's fields, the document's title and its
// kind, bokmål and nynorsk. Extend the lists; the regexps are built from
// them below.

// sectionTitles head a part of a document, never the document itself: a
// heading such as "Fremmøte" above the attendees is no title.
var sectionTitles = wordSet("fremmøte|frammøte|oppmøte|tilstede|til stede|til stades|deltakere|deltakarar|innhold|innhald|" +
	"innholdsfortegnelse|innhaldsliste|saksliste|sakliste|sakskart|dagsorden|agenda|saker|" +
	"saker til behandling|formaliteter|toc")

// presenceLabels say who came, which only a record of a meeting held can:
// "Til stede:", "Fremmøte". An agenda may list members, not who came.
var presenceLabels = []string{"til stede", "tilstede", "til stades", "tilstades", "møtt", "møtte", "fremmøte", "frammøte",
	"fremmøtte", "frammøtte", "oppmøte", "oppmøtte"}

// saysWhoCame reports whether a line opens with one of presenceLabels.
func saysWhoCame(s string) bool {
	f := fold(s)
	for _, p := range presenceLabels {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// agendaHeadings head the list of cases of a meeting, in a notice as in
// minutes.
var agendaHeadings = wordSet("saksliste|sakliste|sakskart|dagsorden|agenda|saker|saker til behandling|forslag til dagsorden|" +
	"forslag til saksliste")

// callPrefixes begin the words that call a meeting: "Innkalling til
// styremøte", "Møteinnkalling".
var callPrefixes = []string{"innkalling", "innkallelse", "møteinnkalling", "møteinnkallelse", "innkalla"}

// announcePrefixes begin the words that announce something; with a
// meeting's name they call it: "Varsel om beboermøte".
var announcePrefixes = []string{"varsel", "varsling", "kunngjøring", "kunngjering"}

// agendaNames name a list of cases in a title: "Sakskart", "Saksliste".
var agendaNames = wordSet("sakskart|saksliste|sakliste|dagsorden")

// signingPlace matches the place-and-date line above a signature: "Oslo,
// den 11. Desember 2024", "Bergen 3.3.2025"; only a place and a full date. It names where the
// minutes were signed, not where the meeting was.
var signingPlace = lazy.Regexp(`^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?,?\s+(?:den\s+)?\d{1,2}\.\s*(?:\p{L}+\.?|\d{1,2}\.?)\s*\d{2,4}\.?$`)

// markupLeftover matches a line that is only what a site generator would
// have filled or dropped: Liquid ("{{ page.title }}", "{% include %}") or a
// kramdown table-of-contents marker ("* toc {:toc}").
var markupLeftover = lazy.Regexp(`^(?:\{\{.*\}\}|\{%.*%\}|(?:toc\s*)?\{:[^}]*\})$`)

// meetingNote is in every line meetingOpened or meetingAdjourned match: a
// cheap test before them.
func meetingNote(s string) bool {
	return strings.Contains(s, "øtet") || strings.Contains(s, "ØTET") || strings.Contains(s, "øteslutt") ||
		strings.Contains(s, "ØTESLUTT") || len(s) > 6 && strings.EqualFold(s[:6], "til kl")
}

// meetingOpened matches "Møtet ble satt kl. 18.00", "Møtet starta kl. 10".
var meetingOpened = lazy.Regexp(`(?i)^møtet (ble |vart |blei )?(satt|sett|åpnet|opna|opnet|startet|starta|begynte)\b`)

// meetingAdjourned matches "Møtet hevet kl. 09.02", "Møtet ble hevet
// 10:45", "Møtet vart heva", "Møtet var ferdig klokken 16", and the end
// of a protocol's header: "Møteslutt: 12:30", "Til kl.: 12:30".
var meetingAdjourned = lazy.Regexp(`(?i)\bmøtet (ble |vart |blei |er |var )?(hevet|heva|avsluttet|avslutta|slutt|ferdig)\b|^møteslutt\b|^til kl\.?\s*:`)

// clockWords introduce a time of day: "kl. 18", "klokken 14.15".
const clockWords = `(?:kl\.?|klokka|klokken|klokkå)`

// clockPhrase matches a time of day or a span of them: "kl. 10–14",
// "klokken 14.15", "12:00 - 15:30".
var clockPhrase = lazy.Regexp(`(?i)(?:\b` + clockWords + `\s*\d{1,2}(?:[:.]\d{2})?|\b\d{1,2}:\d{2})(?:\s*[-–—]\s*(?:kl\.?\s*)?\d{1,2}(?:[:.]\d{2})?)?`)

// placeAfterClock matches the place a sentence names after the time:
// "... kl 09:15 på Awk", "... kl. 18 i Rådhuset".
var placeAfterClock = lazy.Regexp(`(?i)\b` + clockWords + `\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[-–—]\s*\d{1,2}(?:[:.]\d{2})?)?,?\s+(?:på|i)\s+(\p{Lu}[\p{L}\d -]{0,40}?)\s*\.?$`)

// meetingDateLabels label the meeting's time, besides those of labels.go.
var meetingDateLabels = []string{"tidsramme", "tidsrom", "møtetid og dato", "møtedato/tid", "møtedato og tid", "møtedato/-tid",
	"fra - til", "frå - til", "fra-til", "frå-til", "fra kl", "frå kl"}

func init() {
	for _, l := range meetingDateLabels {
		if _, dup := exactLabels[l]; !dup {
			exactLabels[l] = labelDate
		}
	}
}

// stampLine matches a line that is only a time stamp to the second, as a
// system prints when it made the document ("10.09.2019 17:56:07"): no
// meeting day.
var stampLine = lazy.Regexp(`^\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}:\d{2}$`)

// inlineLabel finds a second label inside a line: "Dato: 12.03.2024 Sted:
// Rådhuset".
var inlineLabel = lazy.Regexp(`\s(?:Møtested|Møtestad|Sted|Stad|Tid|Tidspunkt|Møtetid|Dato|Møtedato|Kl\.?)\s*:`)

// junkTitle matches meta titles that editors fill in by themselves.
var junkTitle = lazy.Regexp(`(?i)^(microsoft (word|powerpoint)|untitled|uten tittel|utan tittel|dokument\d*|document\d*|presentasjon\d*|presentation\d*|powerpoint[- ]presentasjon|lysbilde \d+|slide \d+|mal|template|tittel|title)\b|\.(docx?|pdf|pptx?|odt|odp)$`)

// sectionMark matches a heading numbered as a part of a document: "1
// Innledning", "2.1 Tekniske tiltak", "B Behandling", "C2 Partifordelte
// stemmer" (a lettered part, whose next word is capitalised, unlike "I
// dag").
var sectionMark = lazy.Regexp(`^(\d{1,2}(\.\d{1,2})*\.?|\p{Lu}\d{0,2}(\.\d{1,2})*)\s+\p{Lu}`)

// sectionHeading: "1 Innledning", "2.1 Tekniske tiltak".
var sectionHeading = lazy.Regexp(`^\d{1,2}(\.\d{1,2})*\.?\s+\p{Lu}`)

// minutesWord: referat, møtereferat, (møte)protokoll, møtebok, styremøte.
func minutesWord(w string) bool {
	return w == "referat" || w == "møtebok" || strings.HasSuffix(w, "protokoll") || strings.HasSuffix(w, "referat") ||
		strings.HasSuffix(w, "møte") || strings.HasSuffix(w, "møtet")
}

// guidePrefixes begin the words that name a guide in its title.
var guidePrefixes = []string{"veileder", "veiledning", "rettleiar", "rettleiing", "faktaark", "retningslinje", "håndbok", "handbok",
	"brukerveiledning", "guide", "manual"}

// guideWord: veileder, veiledning, faktaark, retningslinje, håndbok ...
func guideWord(w string) bool {
	for _, p := range guidePrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// noticeWord: innkalling, møteinnkalling, innkallelse, sakskart, saksliste,
// dagsorden.
// A notice calls a meeting and lists its cases; it records no meeting.
func noticeWord(w string) bool {
	return callWord(w) || agendaNames.has(w)
}

// callWord: innkalling, møteinnkalling, innkallelse.
func callWord(w string) bool {
	for _, p := range callPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// announceWord: varsel, varsling, kunngjøring.
func announceWord(w string) bool {
	for _, p := range announcePrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// recordWord: referat, protokoll, møtebok, the words of a record of a
// meeting held (unlike minutesWord, not "styremøte").
func recordWord(w string) bool {
	return w == "møtebok" || strings.HasSuffix(w, "protokoll") || strings.HasSuffix(w, "referat")
}

// headingWord reports whether a line, folded and without a closing colon,
// is one of the set.
func headingWord(set words, s string) bool {
	return set.has(strings.TrimSpace(strings.TrimSuffix(fold(s), ":")))
}

// The words of a meeting's body as titles, addressees and treatment
// headings name it (body.go).

var (
	// addresseeRe: "Til Styringsgruppen for Norm for informasjonssikkerhet".
	addresseeRe = lazy.Regexp(`^Til:?\s+(\p{Lu}.*)$`)
	// titleBodyRe: "Protokoll fra møte i Formannskapet", "Møteprotokoll
	// Helse- og omsorgsutvalget", "Referat frå møte i styret", "Referat –
	// arbeidsgruppe for digital skole", "Saksprotokoll i Kommunestyret".
	titleBodyRe = lazy.Regexp(`(?i)^(?:møte|valg|val|saks)?(?:referat|protokoll|møtebok)(?:\s*[-–—:]\s*|\s+)(?:(?:fra|frå|for|i)\s+)?(?:(\p{L}*)møtet?\s+(?:i|for)\s+)?(.+)$`)
	// ownVedtakRe: "Valgstyrets vedtak", "Helse- og omsorgsutvalgets
	// vedtak", "Formannskapet sitt vedtak".
	ownVedtakRe = lazy.Regexp(`^(\p{Lu}[\p{L}\- ]*?t)(?:s| sitt)\s+vedtak\b`)
	// behandlingRe: "Behandling i Formannskapet 12.03.2024:".
	behandlingRe = lazy.Regexp(`^(?:Behandling|Handsaming)\s+i\s+(\p{Lu}[\p{L}\- ]*?)\s*(?:\d|:|$)`)
)

// tailWord matches what may be left dangling after a date is removed or
// a line is broken: a weekday, "den", a preposition.
var tailWord = lazy.Regexp(`(?i)^(den|i|for|fra|frå|på|til|og|om|med|mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag|,)$`)

// bareTitle matches a title that names no body: "MØTEPROTOKOLL".
var bareTitle = lazy.Regexp(`(?i)^(møteprotokoll|protokoll|møtebok|referat|møtereferat)$`)
