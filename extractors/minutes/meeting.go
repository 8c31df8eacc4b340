package minutes

import (
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
// before the first case (labelled lines, header tables, "Til <body>", a
// sentence such as "Referat for styremøte den 14. mars 2019 kl 09:15 på
// Awk"), falling back on the title, on the date the file states for itself
// (stated, from front matter) and on what the cases say ("Valgstyrets
// vedtak"). It returns nil when nothing is found.
func findMeeting(lines []line, cut int, title, stated string, ref time.Time) *doc.Meeting {
	r := &meetingReader{ref: ref}
	for i := 0; i < cut; i++ {
		for _, part := range splitInlineLabels(lines[i].text) {
			r.labelled(lines, i, cut, part)
		}
	}
	if r.m.Date == "" {
		r.when(title)
	}
	for i := 0; i < min(cut, 15); i++ {
		if t := lines[i].text; !stampLine().MatchString(t) && r.m.Date == "" {
			r.day(t)
		}
		r.sentence(lines[i])
	}
	r.day(stated)
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

// sentence takes the times and place from a short line that names the
// meeting with its day: "Referat for styremøte den 15.01.24 kl. 16:15 -
// 18:00", "... kl 09:15 på Awk".
func (r *meetingReader) sentence(l line) {
	if l.lab != labelNone || wordCount(l.text) > 25 || !namesKind(l.text) || !hasDay(l.text, r.ref) {
		return
	}
	if r.m.Start == "" {
		r.m.Start, r.m.End = dates.Clock(l.text)
	}
	if m := placeAfterClock().FindStringSubmatch(l.text); m != nil && r.m.Place == "" {
		r.m.Place = m[1]
	}
}

// hasDay reports whether s names a day.
func hasDay(s string, ref time.Time) bool {
	for _, d := range dates.Find(s, ref) {
		if d.Grain == "day" {
			return true
		}
	}
	return false
}

// labelled reads one "Label: value" part of line i. A label alone takes its
// value from the next line (the next cell of a header table, or the next
// paragraph).
func (r *meetingReader) labelled(lines []line, i, cut int, s string) {
	if b := addressee(s); b != "" && r.m.Body == "" {
		r.m.Body = b
		return
	}
	k, v := lines[i].lab, lines[i].labRest // read once, by flatten
	if s != lines[i].text {
		k, _, v = splitLabel(s)
	}
	if !k.isMeeting() {
		return
	}
	if v == "" && i+1 < cut && lines[i+1].lab == labelNone && !nameColumn(lines[i+1:cut]) {
		v = lines[i+1].text
	}
	switch {
	case v == "":
	case k == labelDate:
		r.when(v)
		if p := placeAfterComma(v, r.ref); p != "" && r.m.Place == "" {
			r.m.Place = p
		}
	case k == labelPlace && r.m.Place == "" && !signingPlace().MatchString(v):
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

// nameColumn reports whether lines open with two names of people, as the
// column under "Navn | Adresse" does: no value of a label above them.
func nameColumn(lines []line) bool {
	return len(lines) >= 2 && looksLikeName(lines[0].text, 2) && looksLikeName(lines[1].text, 2)
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

// clockNotes takes the start from "Møtet ble satt kl. 18.00" (and the day,
// when none was found, from "Møtet startet 12/12/2016") and the end from
// "Møtet ble hevet kl. 19.30": an adjournment as it happened wins over the
// end of a scheduled span.
func (r *meetingReader) clockNotes(lines []line) {
	for _, l := range lines {
		if !meetingNote(l.text) {
			continue
		}
		open, end := meetingOpened().MatchString(l.text), meetingAdjourned().MatchString(l.text)
		if !open && !end {
			continue
		}
		if open {
			r.day(l.text)
		}
		t, _ := dates.Clock(l.text)
		switch {
		case t == "":
		case r.m.Start == "" && open:
			r.m.Start = t
		case end && t != r.m.Start:
			r.m.End = t
		}
	}
}

// placeAfterComma returns the place a date value names after a comma,
// "11.12.2024, digitalt": a last part without digits.
func placeAfterComma(v string, ref time.Time) string {
	i := strings.LastIndexByte(v, ',')
	if i < 0 || strings.ContainsAny(v[i:], "0123456789") {
		return ""
	}
	return placeAfterWhen(v[i+1:], ref)
}

// placeAfterWhen returns what is left of "16.09.2025 kl. 10–14, Rådhuset"
// once the date and times are removed.
func placeAfterWhen(v string, ref time.Time) string {
	for _, d := range dates.Find(v, ref) {
		v = strings.Replace(v, d.Text, "", 1)
	}
	v = clockPhrase().ReplaceAllString(v, "")
	v = trimSeps(squash(v))
	if strings.IndexFunc(v, func(r rune) bool { return r >= 'A' }) < 0 {
		return ""
	}
	return v
}

// splitInlineLabels splits a line that holds several labelled fields.
func splitInlineLabels(s string) []string {
	if strings.Count(s, ":") < 2 { // a colon before the label and its own
		return []string{s}
	}
	var out []string
	for {
		loc := inlineLabel().FindStringIndex(s)
		if loc == nil || !strings.Contains(s[:loc[0]], ":") {
			return append(out, s)
		}
		out = append(out, strings.TrimSpace(s[:loc[0]]))
		s = strings.TrimSpace(s[loc[0]:])
	}
}
