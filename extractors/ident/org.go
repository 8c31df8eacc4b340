package ident

import (
	"slices"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// headLines bounds how far into a document Organization looks: letterhead,
// title and header lines come first; tailLines how far from its end it
// looks for a signature block.
const (
	headLines = 12
	tailLines = 8
)

// Organization returns the organisation a document speaks for, where a
// reader finds it, in this order: a name in its head ("Lier kommune,
// Viken fylke", "Helse Vest RHF"); a label there ("Kommune: Lier"); the
// page headers and footers; a signature block ("For Fjellvik kommune");
// the file's metadata (title, author); the body's own name ("Styret i
// Nordlys idrettslag"). The head stops at an attendance list, whose lines
// name the members' organisations. It returns "" when none names one.
func Organization(rec *doc.Record) string {
	head := headOf(rec.Text)
	if org := firstName(head); org != "" {
		return org
	}
	for _, l := range head {
		if m := orgLabelRe().FindStringSubmatch(l); m != nil {
			return labelledOrg(m[1], m[2])
		}
	}
	if org := firstName(marginTexts(rec.Blocks)); org != "" {
		return org
	}
	if m := signatureRe().FindStringSubmatch(strings.Join(tailOf(rec.Text), "\n")); m != nil {
		return trimLead(m[1])
	}
	var own []string
	if rec.Meeting != nil {
		own = append(own, rec.Meeting.Body)
	}
	return firstName(append([]string{rec.Meta.Title, rec.Meta.Author}, own...))
}

// firstName returns the first organisation name in lines, without the
// words that only lead into it.
func firstName(lines []string) string {
	for _, l := range lines {
		if m := orgNameRe().FindStringSubmatch(l); m != nil {
			return trimLead(m[1])
		}
	}
	return ""
}

func trimLead(name string) string {
	w := strings.Fields(name)
	for len(w) > 2 && slices.Contains(leadWords, strings.ToLower(w[0])) {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// marginTexts are the texts of the page headers and footers.
func marginTexts(blocks []doc.Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Part == doc.Header || b.Part == doc.Footer {
			out = append(out, b.Text)
		}
	}
	return out
}

// tailOf returns the last non-empty lines of text.
func tailOf(text string) []string {
	var out []string
	for l := range strings.Lines(text) {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out[max(0, len(out)-tailLines):]
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
	f := strings.TrimRight(Lower(l), ": ")
	return slices.Contains(headStops, f) || slices.ContainsFunc(headStops, func(s string) bool {
		return strings.HasPrefix(f, s+":")
	})
}

// labelledOrg names the value of an org label: "Kommune: Lier" is "Lier
// kommune"; "Organisasjon: Nordlys IL" is "Nordlys IL".
func labelledOrg(label, value string) string {
	if loc := nextLabel().FindStringIndex(value); loc != nil {
		value = value[:loc[0]]
	}
	value = strings.TrimSpace(strings.SplitN(value, ",", 2)[0])
	l := strings.ToLower(label)
	if slices.Contains(orgNouns, l) && !strings.Contains(strings.ToLower(value), l) {
		return value + " " + l
	}
	return value
}
