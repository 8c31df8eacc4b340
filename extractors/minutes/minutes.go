// Package minutes classifies a document (minutes, agenda, presentation,
// guide or other) and, for minutes, reads the meeting, the attendees and the cases
// with what was proposed and decided.
//
// # Overview
//
// Everything works on the blocks a format reader produced. flatten turns
// them into lines: one per paragraph, heading or list item, and one per
// paragraph of each table cell, so that a Word table, the same table
// rebuilt from a PDF and a run of paragraphs read alike. Blocks outside the
// main flow (headers, footers, notes) are ignored.
//
// Readers garble layouts in known ways, and flatten and the attendee
// reader undo what they can (split.go, attendee_rows.go,
// attendee_columns.go): labelled paragraphs run into a heading ("12/24
// Budsjett Vedtak: ..."), a label drawn into the last row of the table
// before it, rows stacked into one row of multi-paragraph cells, table
// columns given one after the other, labels put together before their
// tables, and cell paragraphs a text export joined with " / ".
//
// Labels drive the reading: "Sted:", "Til stede", "Forfall", "Vedtak:",
// "Kommunedirektørens innstilling" (see lexicon_labels.go), in bokmål and nynorsk,
// followed by text on the same line or on the next lines, cells or rows.
// Attendee sections are read first; case numbers ("33/25", "Sak 19/25",
// "PS 12/24", "Sak 3", else agenda items numbered 1, 2, 3 ...) then split
// the rest into cases, and the lines before the first case hold the
// meeting's fields.
//
// A case is read in passes (decision.go): its labelled parts; a decision
// that only refers to the proposal ("Som forslag til vedtak", "Forslag
// vedtatt.") resolved to the proposal's words; else the outcome its text
// records without a label (outcome.go): "Godkjent", "Årsmøtet godkjente
// …", "… ble enstemmig valgt", "Forslaget faller", "Saka vert utsett",
// "Tas til orientering", a vote count, a body's position ("Styret
// støtter"), a question answered "Ja."; then its vote, conflicts of
// interest and speakers. A number met again keeps its first
// item (cases.go): an agenda line gives way to the minutes' heading, a
// number reused for another item is a slip.
//
// An agenda (Møteinnkalling, Sakskart, a Dagsorden without outcomes) has
// cases and proposals but records no meeting: it is classified agenda and
// read for its meeting and cases, not for attendees.
//
// Dates and times of day come from package dates.
//
// # Vocabulary
//
// Every word the reader knows lives in the lexicon files, bokmål and
// nynorsk side by side, as word lists and the few patterns built from
// them; a new label, outcome or heading word is added there without
// reading the passes:
//
//   - lexicon_labels.go: labels and the kind of part each opens;
//   - lexicon_attendance.go: attendance, absence, roles, group labels,
//     table columns, remarks after a name;
//   - lexicon_meeting.go: meeting fields, titles, agenda and section
//     headings, adjournment, a body named in a title or a treatment;
//   - lexicon_cases.go: case numbers and series, archive numbers, item
//     kinds, the end of the cases;
//   - lexicon_outcomes.go: outcomes, votes, proposals, case labels.
//
// BUG(minutes): a case whose number a reader dropped (Word list numbering
// lost in conversion) is not found; a speaker is only recognised at the
// start of a line; attendee lists that put the organisation first are read
// with the organisation as the name when it looks like a person's name;
// names listed surname first ("Nordmann Kari") are kept as written; when a
// PDF reader shifts the rows of a case table (a decision drawn into the
// next case's row) or puts an attendee label after the table it heads, the
// text goes to the wrong case or section.
package minutes

import (
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// Result is what Analyze understands of one document.
type Result struct {
	Kind      string       // one of doc.Kinds
	Title     string       // the document's title
	Meeting   *doc.Meeting // nil when not minutes or an agenda, or nothing found
	Attendees []doc.Attendee
	Cases     []doc.Case
	Warnings  []string // e.g. classification evidence when unsure
}

// Analyze classifies d and, for minutes, reads its meeting, attendees and
// cases; for an agenda, its meeting and cases. ref resolves dates written
// without a year. It never fails: what it cannot find stays empty.
func Analyze(d *doc.Document, ref time.Time) Result {
	lines := flatten(d.Blocks)
	r := Result{Title: findTitle(d, lines)}
	var warn string
	r.Kind, warn = classify(d, lines, r.Title)
	if warn != "" {
		r.Warnings = append(r.Warnings, warn)
	}
	switch r.Kind {
	case doc.KindMinutes:
		used := make([]bool, len(lines))
		r.Attendees = findAttendees(lines, used)
		r.Meeting, r.Cases = readCases(lines, used, r.Title, d.Meta.Date, ref, r.Attendees)
	case doc.KindAgenda:
		r.Meeting, r.Cases = readCases(lines, make([]bool, len(lines)), r.Title, d.Meta.Date, ref, nil)
	}
	return r
}

// readCases splits the lines into cases and reads the meeting from the
// lines before the first one.
func readCases(lines []line, used []bool, title, stated string, ref time.Time, att []doc.Attendee) (*doc.Meeting, []doc.Case) {
	starts := findStarts(lines, used)
	cut := len(lines)
	if len(starts) > 0 {
		cut = starts[0].at
	}
	return findMeeting(lines, cut, title, stated, ref), buildCases(lines, starts, att)
}
