package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// Layout names a way a document is laid out.
type Layout string

// The layouts of minutes, guides and slide decks.
const (
	LayoutHeadings  Layout = "headings"  // attendees one per line, cases as headings
	LayoutTable     Layout = "table"     // attendee table, absentees inline, cases as headings
	LayoutCaseTable Layout = "casetable" // cases in a two-column table (Sak | text)
	LayoutProtocol  Layout = "protocol"  // municipal protocol: member tables, PS numbers
	LayoutBoard     Layout = "board"     // health trust board: roles instead of organisations
	LayoutGuide     Layout = "guide"     // numbered chapters
	LayoutSlides    Layout = "slides"    // one slide a page
)

// Meeting is the content of one synthetic document. For guides and slide
// decks only Kind, Lang, Layout, Title, Body, Date, Author, Sections and
// Topics are set.
type Meeting struct {
	Kind    string // doc.KindMinutes, doc.KindGuide or doc.KindPresentation
	Lang    string // nb or nn
	Layout  Layout
	Title   string
	Body    string // the governing body, "Formannskapet i Voss herad"
	Short   string // how its decisions name it, "Formannskapet"
	Date    time.Time
	Start   string // HH:MM
	End     string // HH:MM, "" when the minutes give none
	Place   string
	Present []Person
	Absent  []Person
	Cases   []Case
	// Sections are the chapters of a guide or the slides of a deck.
	Sections []Section
	Topics   []string // topic keys, for search benchmarks
	Author   string
	Style    Style
	// Flow, when set, is the document's flow as written, instead of the
	// one Items lays out from the fields above.
	Flow []Item
}

// Style holds the presentation choices drawn for one document, so that
// writers are pure functions of a Meeting.
type Style struct {
	DateLines  int  // which form the date, time and place lines take (0-4)
	BoldLabels bool // lead-ins such as "Vedtak:" set in bold
	PlainHeads bool // headings as bold paragraphs instead of heading styles
	PDFText    int  // how PDF text is drawn: 0 a BT per line, 1 runs with T*, 2 TJ with word gaps
	Header     bool // a running header on later pages
	Agenda     bool // protocols: an agenda table before the cases
	Types      bool // a line with the case type under each case heading
	Inline     bool // absentees on one line: "Forfall: A (Org), B (Org)" or "Forfall: Ingen"
}

// Person is one member listed in minutes.
type Person struct {
	Name, Org, Role string
}

// Case is one agenda item.
type Case struct {
	Label    string // as the heading writes it: "Sak 12/25", "PS 12/25", "12/25"
	Number   string // the label without "Sak": "12/25", "PS 12/25"
	Title    string
	Type     string // Beslutningssak, Orienteringssak ... or ""
	Time     string // "Kl. 12:10" in the case table layout, else ""
	Paras    []string
	Proposal string
	Decision string // "" when the case was not decided
	Note     string // said after the proposal instead of a decision: "Saken ble utsatt ..."
	Vote     string
}

// Section is a chapter of a guide or a slide.
type Section struct {
	Heading string
	Paras   []string
	Bullets []string
}

// Minutes draws the minutes of one meeting.
func Minutes(rng *rand.Rand) Meeting {
	b := pick(rng, bodies)
	lang, owner := bodyOwner(rng, b)
	m := Meeting{Kind: doc.KindMinutes, Lang: langCodes[lang], Body: b.nb, Short: b.shortNB}
	if lang == nn {
		m.Body, m.Short = b.nn, b.shortNN
	}
	if owner != "" {
		m.Body = fmt.Sprintf(m.Body, owner)
	}
	m.Layout = minutesLayout(rng, b.kind)
	m.Date, m.Start, m.End = meetingTime(rng)
	m.Place = strings.Replace(pick(rng, places[b.kind]), "%s", ownerName(owner), 1)
	m.Present, m.Absent = members(rng, b.kind, lang)
	m.Style = drawStyle(rng, m.Layout)
	m.Cases, m.Topics = cases(rng, &m, b.domains, lang)
	m.Title = minutesTitle(rng, &m, lang)
	// The referent is a role, not a person: whether a named referent counts
	// as present is a matter of taste the truth should not depend on.
	m.Author = pick(rng, []string{"Sekretariatet", "Utvalgssekretær", "Politisk sekretariat", "Sekretariatet for " + m.Short})
	return m
}

// bodyOwner draws the written standard and the owner that fills the body's %s.
func bodyOwner(rng *rand.Rand, b bodyTemplate) (int, string) {
	lang := nb
	if chance(rng, 0.25) {
		lang = nn
	}
	switch {
	case b.ownerList != nil:
		return lang, pick(rng, b.ownerList)
	case !strings.Contains(b.nb, "%s"):
		return lang, ""
	case chance(rng, 0.4):
		return nn, pick(rng, municipalitiesNN)
	default:
		return nb, pick(rng, municipalitiesNB)
	}
}

// ownerName drops "kommune" or "herad" from an owner: "Voss herad" → "Voss".
func ownerName(owner string) string {
	owner = strings.TrimSuffix(owner, " kommune")
	return strings.TrimSuffix(owner, " herad")
}

func minutesLayout(rng *rand.Rand, k bodyKind) Layout {
	switch k {
	case committee:
		return pick(rng, []Layout{LayoutProtocol, LayoutProtocol, LayoutHeadings})
	case board:
		return pick(rng, []Layout{LayoutBoard, LayoutBoard, LayoutHeadings, LayoutTable})
	}
	return pick(rng, []Layout{LayoutHeadings, LayoutTable, LayoutCaseTable})
}

// meetingTime draws a working day in 2019-2026, a start on the hour or the
// half hour and an end 1-5 hours later (none in a tenth of the meetings).
func meetingTime(rng *rand.Rand) (time.Time, string, string) {
	d := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(8*365))
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	start := 8*60 + rng.IntN(20)*30
	end := start + 60 + rng.IntN(9)*30
	hm := func(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }
	if chance(rng, 0.1) {
		return d, hm(start), ""
	}
	return d, hm(start), hm(end)
}

func drawStyle(rng *rand.Rand, l Layout) Style {
	s := Style{DateLines: rng.IntN(5), BoldLabels: chance(rng, 0.5), PlainHeads: chance(rng, 0.3),
		PDFText: rng.IntN(3), Header: chance(rng, 0.5), Agenda: chance(rng, 0.5), Types: chance(rng, 0.4),
		Inline: chance(rng, 0.4)}
	if l == LayoutCaseTable {
		s.DateLines = 0 // the Normen style: "Møtetidspunkt: Tirsdag 02.12.25 12:00 – 15:30"
	}
	return s
}
