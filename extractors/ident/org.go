package ident

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// headLines bounds how far into a document Organization looks: letterhead,
// title and header lines come first.
const headLines = 12

// Organization returns the organisation a document speaks for, read from
// its head: a line such as "Lier kommune, Viken fylke" or "Helse Vest
// RHF", else a label "Kommune: Lier", else the body's own name ("Styret i
// Nordlys idrettslag"). It stops at an attendance list, whose lines name
// the members' organisations, and returns "" when the head names none.
func Organization(rec *doc.Record) string {
	head := headOf(rec.Text)
	for _, l := range head {
		if m := orgNameRe.FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	for _, l := range head {
		if m := orgLabelRe.FindStringSubmatch(l); m != nil {
			return labelledOrg(m[1], m[2])
		}
	}
	if rec.Meeting != nil {
		if m := orgNameRe.FindStringSubmatch(rec.Meeting.Body); m != nil {
			return m[1]
		}
	}
	return ""
}

// headOf returns the first non-empty lines of text, up to an attendance
// or agenda heading.
func headOf(text string) []string {
	var out []string
	for l := range strings.Lines(text) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if len(out) == headLines || isHeadStop(l) {
			break
		}
		out = append(out, l)
	}
	return out
}

func isHeadStop(l string) bool {
	f := strings.TrimRight(Fold(l), ": ")
	return slices.Contains(headStops, f) || slices.ContainsFunc(headStops, func(s string) bool {
		return strings.HasPrefix(f, s+":")
	})
}

// labelledOrg names the value of an org label: "Kommune: Lier" is "Lier
// kommune"; "Organisasjon: Nordlys IL" is "Nordlys IL".
func labelledOrg(label, value string) string {
	if loc := nextLabel.FindStringIndex(value); loc != nil {
		value = value[:loc[0]]
	}
	value = strings.TrimSpace(strings.SplitN(value, ",", 2)[0])
	l := strings.ToLower(label)
	if slices.Contains(orgNouns, l) && !strings.Contains(strings.ToLower(value), l) {
		return value + " " + l
	}
	return value
}
