// Package extractors turns one file into one structured record: it sniffs
// the format, reads the file into the common document model (package doc),
// normalises the text (norm), finds dates (dates) and understands minutes
// (minutes). Everything here is a pure function of the file's bytes and the
// options; nothing is stored.
package extractors

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/dates"
	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/minutes"
	"github.com/motebok/motebok/extractors/norm"
	"github.com/motebok/motebok/extractors/pdf"
	"github.com/motebok/motebok/internal/lazy"
)

// version identifies the extractor's output. Bump it whenever a change alters
// records, so that the next ingest re-extracts everything.
//
//	1: first release.
//	2: PDF table rows from rulings and gaps; year-less dates resolved against
//	   the document's first full date on any page before the file's mtime.
//	3: minutes: presence and absence columns, remarks as notes, case-table
//	   conclusion columns, place/time labels, bare vote counts, case keys
//	   without leading zeros.
//	   PDF member lists in columns, bold headings at ordinary spacing, kept
//	   line-end hyphens after inner capitals (PhD-, eHelse-).
//	4: minutes: several labels on one line split, unknown attendee columns as
//	   notes; dotted time spans (12.30–14.00) read as times of day.
//	5: PDF paragraphs split where lines are over 1.5 ems apart under a larger
//	   heading, and at a labelled line set left of a list item's text.
//	6: dates: nth weekdays, days and weeks of a month, holidays, shifts from
//	   the reference (om to uker, 3 dager siden, neste 3 dager).
//	7: minutes: header-less member rows of names in columns, task tables
//	   ending attendee sections, attendee labels run into list items.
//	8: minutes: Styresak 045-2024 and O-/V-sak series numbers; a series is
//	   part of a case's key (PS 3/24 and RS 3/24 are two cases).
//	9: PDF table rows going on at the top of the next page under a running
//	   header in a smaller font.
//	10: kind agenda (notices, lists of cases without outcomes) read for
//	   meeting and cases; Markdown front matter, Liquid, kramdown and
//	   MediaWiki markup; titles past running headers and banners; meeting
//	   times and places from sentences, adjournment ends; year-less dates
//	   against the document's own date.
//	11: minutes: outcomes without a label decide a case (Godkjent, ble valgt,
//	   Forslaget faller, vote tallies, a body's position); a reused case
//	   number keeps the first item; agenda items never treated left out;
//	   type codes off titles.
//	12: DOCX text hidden with w:vanish dropped; PDF arrays nested over 9
//	   deep skipped with a warning.
//	13: minutes: attendees grouped under headings and labels (class levels,
//	   organisations), definition lists, Oppmøte/Frafall/Mangler labels,
//	   summoned but not present as absent, organisations from Navn |
//	   Tilhørighet tables and Name (Org) columns; role holders in case
//	   items are no attendees.
//	14: minutes: case-system protocols (treatment headings, a body's own
//	   proposal, the council's decision after the committee's), elections
//	   under "Følgende ble valgt:", nynorsk outcome words.
//	15: minutes: a body's recommendation to the council heads its decision,
//	   proposals referred to with their votes, a single case's protocol.
//	16: text kept per document capped at Limits.MaxText (2 MiB) with a
//	   warning; readers stop there. Hidden text left out: Word's w:vanish
//	   through character and paragraph styles, ODF's text:display="none"
//	   styles and sections, hidden paragraphs and hidden-text fields.
//	17: minutes: vote forms (15 for, 3 mot; Vedtatt (15-3)), Forfall: Ingen
//	   ends its section, officers listed under "Fra forretningsfører:",
//	   party columns headed Parti/liste.
const version = "17"

// Version returns the extractor version recorded in the manifest.
func Version() string { return version }

// Options tune one extraction.
type Options struct {
	// RefDate resolves dates written without a year. Zero means: the
	// document's own date, else the file's modification time.
	RefDate time.Time
	Limits  doc.Limits
	// Timeout bounds one document; zero means no deadline.
	Timeout time.Duration
}

// DefaultOptions are the options the CLI and the pipeline start from.
func DefaultOptions() Options {
	return Options{Limits: doc.DefaultLimits, Timeout: 2 * time.Minute}
}

// ExtractFile extracts the file at path. Errors name the file.
func ExtractFile(ctx context.Context, path string, opts Options) (*doc.Record, error) {
	f, err := openFile(path)
	if err != nil {
		return nil, err // *PathError names the file
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	switch {
	case st.IsDir():
		return nil, &doc.ExtractError{Path: path, Offset: -1, Err: fmt.Errorf("is a directory: %w", doc.ErrUnsupported)}
	case !st.Mode().IsRegular():
		return nil, &doc.ExtractError{Path: path, Offset: -1, Err: fmt.Errorf("not a regular file (%s): %w", st.Mode().Type(), doc.ErrUnsupported)}
	}
	return Extract(ctx, f, st.Size(), path, st.ModTime(), opts)
}

// Extract extracts a file given as a ReaderAt. name is its path (used for
// messages and to tell Markdown from text); modTime is the last resort for
// resolving dates without a year. A panic in a reader becomes an error.
func Extract(ctx context.Context, r io.ReaderAt, size int64, name string, modTime time.Time, opts Options) (rec *doc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &doc.ExtractError{Path: name, Offset: -1, Err: fmt.Errorf("reader panic: %v\n%s", p, debug.Stack())}
		}
	}()
	parent := ctx
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	id, err := hashOf(r, size)
	if err != nil {
		return nil, &doc.ExtractError{Path: name, Offset: -1, Err: err}
	}
	d, err := Read(ctx, r, size, name, opts.Limits)
	if errors.Is(err, doc.ErrCorrupt) && isPDF(r, size, name) {
		d, err = fallbackPDF(ctx, name, opts.Limits, err)
	}
	if err != nil && parent.Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		err = fmt.Errorf("not read within the time limit of %s: %w", opts.Timeout, doc.ErrLimit)
	}
	if err != nil {
		return nil, &doc.ExtractError{Path: name, Offset: -1, Err: err}
	}
	rec = Understand(d, opts.RefDate, modTime)
	rec.ID, rec.Path = id, name
	return rec, nil
}

func isPDF(r io.ReaderAt, size int64, name string) bool {
	f, err := Sniff(r, size, name)
	return err == nil && f == "pdf"
}

// fallbackPDF reads a PDF our reader refused with poppler's pdftotext, when
// it is installed; the document then carries a warning saying so. Without
// pdftotext the original error stands.
func fallbackPDF(ctx context.Context, path string, lim doc.Limits, readErr error) (*doc.Document, error) {
	d, err := pdf.ReadWithPdftotext(ctx, path, lim)
	if err != nil {
		return nil, readErr
	}
	d.Warn("read with pdftotext after: " + readErr.Error())
	return d, nil
}

func hashOf(r io.ReaderAt, size int64) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(r, 0, size)); err != nil {
		return "", fmt.Errorf("hashing: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Understand builds a record from a document that has been read: it
// normalises the blocks, detects the language, understands minutes and
// finds dates. ref may be zero; fallback is used when the document gives no
// date of its own.
func Understand(d *doc.Document, ref, fallback time.Time) *doc.Record {
	blocks := normalise(d.Blocks)
	nd := *d
	nd.Blocks = blocks
	text := doc.JoinText(blocks)
	own := ref
	if own.IsZero() {
		own = writtenDate(d.Meta, blocks, fallback)
	}
	m := minutes.Analyze(&nd, own)
	if ref.IsZero() {
		ref = meetingDate(m, own)
	}
	rec := &doc.Record{
		Format:    d.Format,
		Kind:      m.Kind,
		Title:     m.Title,
		Language:  norm.Language(text),
		Meta:      d.Meta,
		Meeting:   m.Meeting,
		Attendees: nonNil(m.Attendees),
		Cases:     nonNil(m.Cases),
		Dates:     findDates(blocks, ref),
		Blocks:    blocks,
		Text:      text,
		Warnings:  append(nonNil(d.Warnings), m.Warnings...),
	}
	if rec.Title == "" {
		rec.Title = d.Meta.Title
	}
	return rec
}

// ownDateBlocks is how far into a document writtenDate looks: documents
// date themselves near the top.
const ownDateBlocks = 60

// writtenDate is the document's own time, which dates written without a
// year are placed around: the first date written with its year in the
// first ownDateBlocks blocks, else the date its front matter states, else when the file says it was
// last modified or created, else fallback. A document's dates beat the
// file's modification time, which copying resets.
func writtenDate(meta doc.Meta, blocks []doc.Block, fallback time.Time) time.Time {
	for _, b := range blocks[:min(len(blocks), ownDateBlocks)] {
		for _, dt := range dates.Find(b.Text, fallback) {
			if t, err := time.Parse(time.DateOnly, dt.Value); err == nil && yearWritten().MatchString(dt.Text) {
				return t
			}
		}
	}
	if t, ok := dates.ParseDay(meta.Date, fallback); ok && yearWritten().MatchString(meta.Date) {
		return t
	}
	for _, t := range []*time.Time{meta.Modified, meta.Created} {
		if t != nil && !t.IsZero() {
			return *t
		}
	}
	return fallback
}

// meetingDate is the meeting's date for minutes and agendas, else own.
func meetingDate(m minutes.Result, own time.Time) time.Time {
	if m.Meeting != nil {
		if t, err := time.Parse(time.DateOnly, m.Meeting.Date); err == nil {
			return t
		}
	}
	return own
}

// yearWritten matches a date written with its year (four digits, or a
// numeric date with three parts such as 02.12.25).
var yearWritten = lazy.Regexp(`\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}`)

func findDates(blocks []doc.Block, ref time.Time) []doc.Date {
	out := []doc.Date{}
	for _, b := range blocks {
		out = append(out, dates.Find(b.Text, ref)...)
	}
	return out
}

// normalise runs the normaliser over every block and drops empty ones.
// Table cells keep their inner paragraph breaks as "\n".
func normalise(in []doc.Block) []doc.Block {
	out := make([]doc.Block, 0, len(in))
	for _, b := range in {
		if b.Cells != nil {
			cells := make([]string, len(b.Cells))
			for i, c := range b.Cells {
				cells[i] = normCell(c)
			}
			b.Cells = cells
			b.Text = strings.Join(cells, " | ")
			b.Text = norm.Text(b.Text)
		} else {
			b.Text = norm.Text(b.Text)
		}
		if strings.TrimSpace(strings.ReplaceAll(b.Text, "|", "")) != "" {
			out = append(out, b)
		}
	}
	return out
}

// normCell normalises each paragraph of a cell and separates them with "\n".
func normCell(s string) string {
	lines := strings.Split(s, doc.CellBreak)
	kept := lines[:0]
	for _, l := range lines {
		if l = norm.Text(l); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
