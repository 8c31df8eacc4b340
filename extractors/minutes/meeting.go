package minutes

import (
	"regexp"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/dates"
	"github.com/motebok/motebok/extractors/doc"
)

// meetingReader fills a Meeting from labelled lines.
type meetingReader struct {
	m   doc.Meeting
	ref time.Time
}

// findMeeting reads the meeting's body, day, times and place from the lines
// before the first case (labelled lines, header tables, "Til <body>"),
// falling back on the title and on what the cases say ("Valgstyrets
// vedtak"). It returns nil when nothing is found.
func findMeeting(lines []line, cut int, title string, ref time.Time) *doc.Meeting {
	r := &meetingReader{ref: ref}
	for i := 0; i < cut; i++ {
		for _, part := range splitInlineLabels(lines[i].text) {
			r.labelled(lines, i, cut, part)
		}
	}
	if r.m.Date == "" {
		r.when(title)
	}
	for i := 0; i < min(cut, 15) && r.m.Date == ""; i++ {
		if !stampLine.MatchString(lines[i].text) {
			r.day(lines[i].text)
		}
	}
	r.clockNotes(lines)
	for i := -1; i < min(cut, 5) && r.m.Body == ""; i++ {
		if i < 0 {
			r.m.Body = bodyFromTitle(title)
		} else {
			r.m.Body = bodyFromTitle(lines[i].text)
		}
	}
	if r.m.Body == "" {
		r.m.Body = bodyAfterTitle(lines, cut)
	}
	if r.m.Body == "" {
		r.m.Body = bodyFromCases(lines[cut:])
	}
	if r.m == (doc.Meeting{}) {
		return nil
	}
	return &r.m
}

// labelled reads one "Label: value" part of line i. A label alone takes its
// value from the next line (the next cell of a header table, or the next
// paragraph).
func (r *meetingReader) labelled(lines []line, i, cut int, s string) {
	if b := addressee(s); b != "" && r.m.Body == "" {
		r.m.Body = b
		return
	}
	k, _, v := splitLabel(s)
	if !k.isMeeting() {
		return
	}
	if v == "" && i+1 < cut {
		if lines[i+1].lab == labelNone {
			v = lines[i+1].text
		}
	}
	switch {
	case v == "":
	case k == labelDate:
		r.when(v)
	case k == labelPlace && r.m.Place == "":
		r.m.Place = v
	case k == labelDatePlace:
		r.when(v)
		if p := placeAfterWhen(v, r.ref); p != "" && r.m.Place == "" {
			r.m.Place = p
		}
	case k == labelBody && r.m.Body == "":
		r.m.Body = v
	}
}

// when takes the meeting day and times from a value such as "Tirsdag
// 02.12.25 12:00 – 15:30" or "kl. 10.00–14.00".
func (r *meetingReader) when(v string) {
	r.day(v)
	if r.m.Start == "" {
		r.m.Start, r.m.End = dates.Clock(v)
	}
}

// day takes the meeting day from the first day named in v.
func (r *meetingReader) day(v string) {
	if r.m.Date != "" {
		return
	}
	for _, d := range dates.Find(v, r.ref) {
		if d.Grain == "day" {
			r.m.Date = d.Value
			return
		}
	}
}

// stampLine matches a line that is only a time stamp to the second, as a
// system prints when it made the document ("10.09.2019 17:56:07"): no
// meeting day.
var stampLine = regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}:\d{2}$`)

// opened matches "Møtet ble satt kl. 18.00", "Møtet starta kl. 10".
var opened = regexp.MustCompile(`(?i)^møtet (ble |vart |blei )?(satt|sett|åpnet|opna|opnet|startet|starta|begynte)\b`)

// clockNotes takes the start from "Møtet ble satt kl. 18.00" and the end
// from "Møtet ble hevet kl. 19.30" when no span gave them.
func (r *meetingReader) clockNotes(lines []line) {
	for _, l := range lines {
		open, end := opened.MatchString(l.text), endMarker.MatchString(l.text)
		if !open && !end {
			continue
		}
		t, _ := dates.Clock(l.text)
		switch {
		case t == "":
		case r.m.Start == "" && open:
			r.m.Start = t
		case r.m.End == "" && end && t != r.m.Start:
			r.m.End = t
		}
	}
}

// placeAfterWhen returns what is left of "16.09.2025 kl. 10–14, Rådhuset"
// once the date and times are removed.
func placeAfterWhen(v string, ref time.Time) string {
	for _, d := range dates.Find(v, ref) {
		v = strings.Replace(v, d.Text, "", 1)
	}
	v = clock.ReplaceAllString(v, "")
	v = trimSeps(strings.Join(strings.Fields(v), " "))
	if strings.IndexFunc(v, func(r rune) bool { return r >= 'A' }) < 0 {
		return ""
	}
	return v
}

// inlineLabel finds a second label inside a line: "Dato: 12.03.2024 Sted:
// Rådhuset".
var inlineLabel = regexp.MustCompile(`\s(?:Møtested|Møtestad|Sted|Stad|Tid|Tidspunkt|Møtetid|Dato|Møtedato|Kl\.?)\s*:`)

// splitInlineLabels splits a line that holds several labelled fields.
func splitInlineLabels(s string) []string {
	var out []string
	for {
		loc := inlineLabel.FindStringIndex(s)
		if loc == nil || !strings.Contains(s[:loc[0]], ":") {
			return append(out, s)
		}
		out = append(out, strings.TrimSpace(s[:loc[0]]))
		s = strings.TrimSpace(s[loc[0]:])
	}
}
