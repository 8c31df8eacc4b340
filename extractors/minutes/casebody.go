package minutes

import (
	"strings"
	"unicode"

	"github.com/motebok/motebok/extractors/doc"
)

// field is a part of a case that lines are being added to.
type field int

const (
	fieldDiscussion field = iota
	fieldProposal
	fieldDecision
	fieldVote
)

// caseBuilder reads the lines of one case in order.
type caseBuilder struct {
	c        doc.Case
	parts    [4][]string // text per field
	cur      field
	sameLine bool // the current field's label had text after it
	titled   bool // a title was found
	inTitle  bool // the last line was the title
	timed    bool // the case's own time was seen
	content  bool // a line after the title was read
	prose    bool // a line outside tables was read after the title
}

// read adds the lines of lines[i:end] to the case and returns the index at
// which the case ended: end, or an agenda break ("Kl. 13:00 Pause") or an
// end marker ("Møtet ble hevet").
func (b *caseBuilder) read(lines []line, i, end int, skip map[string]bool) int {
	for ; i < end; i++ {
		l := lines[i]
		if skip[fold(l.text)] {
			continue
		}
		if endMarker().MatchString(l.text) {
			return i
		}
		if _, rest, ok := splitTime(l.text); ok {
			if (b.timed || b.content) && agendaBreak(lines, i, end, rest) {
				return i
			}
			b.timed = true
			if rest == "" {
				continue
			}
			l = l.withText(rest)
		}
		b.line(l)
	}
	return end
}

// agendaBreak reports whether the time at line i opens a new agenda item
// that is no case ("Kl. 13:00 Pause", "15:30 | Slutt").
func agendaBreak(lines []line, i, end int, rest string) bool {
	if rest == "" {
		if i+1 >= end {
			return true
		}
		rest = lines[i+1].text
	}
	k, _, _ := splitLabel(rest)
	return k == labelNone && startsUpper(rest) && wordCount(rest) <= 6 && !endsSentence(rest)
}

// line adds one line of the case: its title, a labelled part, or the
// continuation of the current part.
func (b *caseBuilder) line(l line) {
	if !b.titled {
		if b.title(l) {
			return
		}
	} else if b.inTitle && l.kind != doc.ListItem && wrapsTitle(b.c.Title, l) {
		b.c.Title += " " + l.text
		return
	}
	b.inTitle = false
	b.content = true
	b.prose = b.prose || !l.inTable()
	rest := l.labRest
	switch l.lab {
	case labelProposal:
		b.open(fieldProposal, rest)
	case labelDecision:
		b.open(fieldDecision, rest)
	case labelVote:
		b.open(fieldVote, rest)
	case labelDiscussion, labelConflict:
		b.open(fieldDiscussion, rest)
	case labelMeta, labelDate, labelPlace, labelDatePlace:
		b.archive(l.text)
	case labelTitle:
		if b.c.Title == "" {
			b.c.Title = rest // "Sak: 46/24" over "Tittel: Økonomiplan"
		}
	default:
		if !b.continues(l) {
			b.cur, b.sameLine = fieldDiscussion, false
		}
		b.parts[b.cur] = append(b.parts[b.cur], l.text)
	}
}

// wrapsTitle reports whether line l continues a title broken over two
// lines ("Godkjenning av referat fra møte" + "16.09.25").
func wrapsTitle(title string, l line) bool {
	s := l.text
	if endsSentence(title) || wordCount(s) > 8 || l.lab != labelNone || itemNumber().MatchString(s) {
		return false
	}
	r := []rune(s)[0]
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// title takes the case's type and title from the first lines after the
// number; it reports whether the line was used.
func (b *caseBuilder) title(l line) bool {
	if l.lab == labelTitle {
		b.titled = true
		b.c.Title = l.labRest
		return true
	}
	if l.lab != labelNone {
		b.titled = true
		return false
	}
	typ, t := splitType(cleanTitle(l.text))
	if typ != "" && b.c.Type == "" {
		b.c.Type = typ
	}
	if strings.Trim(t, "0123456789 ") == "" {
		return true
	}
	b.c.Title, b.titled, b.inTitle = t, true, true
	return true
}

// open starts a labelled part with the text after its label. A proposal
// or decision opened again after another part supersedes the earlier one:
// the council's decision after the committee's, printed as the case's
// history.
func (b *caseBuilder) open(f field, rest string) {
	if (f == fieldProposal || f == fieldDecision) && f != b.cur {
		b.parts[f] = nil
	}
	b.cur, b.sameLine = f, rest != ""
	if rest != "" {
		b.parts[f] = append(b.parts[f], rest)
	}
}

// continues reports whether an unlabelled line continues the current
// proposal, decision or vote rather than starting free discussion text.
func (b *caseBuilder) continues(l line) bool {
	if b.cur == fieldDiscussion {
		return true
	}
	p := b.parts[b.cur]
	if b.cur == fieldDecision && len(p) > 0 && onlyUnanimous().MatchString(l.text) {
		b.cur = fieldVote // "Enstemmig." after the decision's wording
		return true
	}
	if b.cur == fieldProposal && len(p) > 0 && isProposalReference(l.text) {
		return false // "Enstemmig som innstillingen." records the outcome
	}
	if genericLabel(l.text) {
		return len(p) == 0
	}
	if !b.sameLine || len(p) == 0 {
		return true
	}
	return l.kind == doc.ListItem || startsLower(l.text) || strings.HasSuffix(p[len(p)-1], ":")
}
