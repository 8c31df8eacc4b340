package synth

import (
	"strings"
)

var (
	memberWidths = []float64{0.4, 0.4, 0.2}
	caseWidths   = []float64{0.16, 0.84}
	agendaWidths = []float64{0.2, 0.8}
)

// minutesItems lays out minutes: title, date lines, attendees, cases.
func minutesItems(m Meeting) []Item {
	lang := langIndex(m.Lang)
	l := labelSets[lang]
	items := []Item{{Kind: TitleItem, Text: m.Title}}
	switch m.Layout {
	case LayoutProtocol:
		items = append(items, para(l.body, m.Body))
	case LayoutCaseTable:
		items = append(items, para("", "Til "+m.Body))
	}
	items = append(items, dateItems(m, l)...)
	items = append(items, attendeeItems(m, l)...)
	if m.Author != "" && m.Layout != LayoutProtocol {
		items = append(items, para(l.referent, m.Author))
	}
	if m.Layout == LayoutCaseTable {
		return append(items, caseTable(m, l)...)
	}
	if m.Layout == LayoutProtocol && m.Style.Agenda {
		items = append(items, agendaTable(m, l)...)
	}
	for _, c := range m.Cases {
		items = append(items, caseItems(m, l, c)...)
	}
	return items
}

// dateItems writes when and where in one of five forms (Style.DateLines).
func dateItems(m Meeting, l labels) []Item {
	lang := langIndex(m.Lang)
	span := func(sep, dash string) string {
		if m.End == "" {
			return clock(m.Start, sep)
		}
		return clock(m.Start, sep) + dash + clock(m.End, sep)
	}
	place := para(l.place, m.Place)
	switch m.Style.DateLines {
	case 0:
		return []Item{para(l.meetingTime, weekday(m.Date, lang, true)+" "+m.Date.Format("02.01.06")+" "+span(":", " – ")), place}
	case 1:
		return []Item{para(l.date, longDate(m.Date)), para(l.time, "kl. "+span(".", "–")), place}
	case 2:
		return []Item{para(l.date, weekday(m.Date, lang, true)+" "+longDate(m.Date)+", kl. "+span(".", "–")), place}
	case 3:
		return []Item{para(l.meetingDate, m.Date.Format("02.01.2006")), para(l.timeOfDay, span(":", " – ")), para(l.meetingPlace, m.Place)}
	}
	return []Item{para("Dato og tid:", weekday(m.Date, lang, false)+" "+longDate(m.Date)+" kl. "+span(".", "–")), place}
}

// attendeeItems lists who came and who sent apologies, in the layout's form.
func attendeeItems(m Meeting, l labels) []Item {
	switch m.Layout {
	case LayoutTable:
		items := []Item{{Kind: HeadingItem, Level: 1, Text: l.participants}, row(memberWidths, true, l.memberHeader[:]...)}
		for _, p := range m.Present {
			items = append(items, row(memberWidths, false, p.Name, p.Org, p.Role))
		}
		return append(items, para(l.absent, inline(m.Absent, l)))
	case LayoutProtocol:
		items := memberTable(l.membersMet, m.Present, l)
		if len(m.Absent) == 0 {
			return append(items, para(l.membersAbsent, l.none))
		}
		return append(items, memberTable(l.membersAbsent, m.Absent, l)...)
	}
	items := append([]Item{para(l.present, "")}, personLines(m.Present)...)
	switch {
	case m.Style.Inline:
		return append(items, para(l.absent, inline(m.Absent, l)))
	case len(m.Absent) > 0:
		return append(append(items, para(l.absent, "")), personLines(m.Absent)...)
	}
	return items
}

// personLines writes one member a line: "Name, Organisation" (or role).
func personLines(ps []Person) []Item {
	var items []Item
	for _, p := range ps {
		items = append(items, para("", p.Name+", "+orgOrRole(p)))
	}
	return items
}

// inline lists members on one line: "A (Org), B (Org)".
func inline(ps []Person, l labels) string {
	if len(ps) == 0 {
		return l.none
	}
	var s []string
	for _, p := range ps {
		s = append(s, p.Name+" ("+orgOrRole(p)+")")
	}
	return strings.Join(s, ", ")
}

func orgOrRole(p Person) string {
	if p.Org == "" {
		return strings.ToLower(p.Role)
	}
	return p.Org
}

// memberTable is a municipal member table: name, function, party.
func memberTable(label string, ps []Person, l labels) []Item {
	items := []Item{para(label, ""), row(memberWidths, true, l.politicalHeader[:]...)}
	for _, p := range ps {
		items = append(items, row(memberWidths, false, p.Name, p.Role, p.Org))
	}
	return items
}

// agendaTable lists the cases before they are treated, as protocols do.
func agendaTable(m Meeting, l labels) []Item {
	items := []Item{{Kind: HeadingItem, Level: 1, Text: l.agenda}, row(agendaWidths, true, "Saksnr.", "Innhold")}
	for _, c := range m.Cases {
		items = append(items, row(agendaWidths, false, c.Label, c.Title))
	}
	return items
}
