package index

import (
	"strconv"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// entry is one bleve document: a source file or one of its cases.
type entry struct {
	id     string
	fields map[string]interface{}
}

// caseID is the id of the i-th case of the file at p.
func caseID(p string, i int) string { return p + "#" + strconv.Itoa(i) }

// entries turns a record into its bleve documents: the file itself (id =
// Path) and one per case (id = Path#i). The result depends only on the
// record, so re-putting a record yields the same index.
func entries(r *doc.Record) []entry {
	common := commonFields(r)
	text := withTitle(r.Title, r.Text)
	file := withFields(common, map[string]interface{}{
		fType:        typeDoc,
		fTitle:       r.Title,
		fileSet.text: text,
		fGroup:       groupKeys(r, ""),
		fCopy:        copyField(r), // the file's cases share it (see copies)
	})
	setNonEmpty(file, fPages, filePages(r, text))
	out := []entry{{id: r.Path, fields: file}}
	var numbers, decisions []string
	for i := range r.Cases {
		cf := caseFields(r, &r.Cases[i], i)
		out = append(out, entry{id: caseID(r.Path, i), fields: withFields(common, cf)})
		numbers, decisions = append(numbers, cf[fCase].(string)), append(decisions, cf[fDecision].(string))
	}
	// case: and decision: queries find the file too, not only its cases.
	if len(numbers) > 0 {
		file[fCase], file[fDecision] = numbers, joinNonEmpty(decisions...)
	}
	return out
}

func caseFields(r *doc.Record, c *doc.Case, i int) map[string]interface{} {
	number := c.Number
	if number == "" {
		number = strconv.Itoa(i + 1)
	}
	decision := joinNonEmpty(c.Proposal, c.Decision, c.DecisionAsWritten)
	f := map[string]interface{}{
		fType:        typeCase,
		fCase:        number,
		fTitle:       c.Title,
		caseSet.text: joinNonEmpty("Sak "+number+" "+c.Title, c.Type, c.Discussion, decision),
		fDecision:    decision,
		fGroup:       groupKeys(r, "#"+ident.CaseKey(number)),
	}
	setNonEmpty(f, fPages, casePages(c))
	setNonEmpty(f, fAnswer, c.Decision)
	return f
}

// setNonEmpty sets field to value unless value is empty.
func setNonEmpty(fields map[string]interface{}, field, value string) {
	if value != "" {
		fields[field] = value
	}
}

// commonFields are the fields a file shares with its cases.
func commonFields(r *doc.Record) map[string]interface{} {
	f := map[string]interface{}{fPath: r.Path, fKind: r.Kind, fFormat: r.Format, fLang: r.Language}
	if r.Meeting != nil && r.Meeting.Body != "" {
		f[fBody], f[fBodyText] = r.Meeting.Body, r.Meeting.Body
	}
	if d, ok := recordDate(r); ok {
		f[fDate], f[fYear] = d, strconv.Itoa(d.Year())
	}
	return f
}

// withTitle prefixes text with the title unless the text already starts
// with it, so that every text field also finds title words.
func withTitle(title, text string) string {
	if strings.HasPrefix(strings.TrimSpace(text), strings.TrimSpace(title)) {
		return text
	}
	return title + "\n" + text
}

func withFields(base, extra map[string]interface{}) map[string]interface{} {
	out := make(map[string]interface{}, len(base)+len(extra))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range extra {
		out[k] = v
	}
	return out
}

// recordDate is the meeting date, else the first full date in the text,
// else the file's own metadata date.
func recordDate(r *doc.Record) (time.Time, bool) {
	if r.Meeting != nil {
		if d, err := time.Parse(time.DateOnly, r.Meeting.Date); err == nil {
			return d, true
		}
	}
	for _, d := range r.Dates {
		if t, err := time.Parse(time.DateOnly, d.Value); err == nil {
			return t, true
		}
	}
	for _, t := range []*time.Time{r.Meta.Created, r.Meta.Modified} {
		if t != nil && !t.IsZero() {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// groupKeys are the keys of the hits that may be copies of r: the meeting
// (body and date, ident.MeetingKey) and the title (ident.TitleKey). suffix
// distinguishes a case within its meeting. Sharing a key is not enough:
// group compares the hits' copy fields too.
func groupKeys(r *doc.Record, suffix string) []string {
	var keys []string
	if r.Meeting != nil {
		if k := ident.MeetingKey(r.Meeting.Body, r.Meeting.Date); k != "" {
			keys = append(keys, "m:"+k+suffix)
		}
	}
	if t := ident.TitleKey(r.Title); t != "" {
		keys = append(keys, "t:"+t+suffix)
	}
	return keys
}

// copyField is what group compares to tell copies of one document from
// different documents that share a key: the organisation the file speaks
// for, the date its text gives (not the file's metadata, which differs
// between copies) and the sketch of its text.
func copyField(r *doc.Record) string {
	return strings.Join([]string{ident.BodyKey(ident.Organization(r)), textDate(r), ident.NewSketch(r.Text).String()}, "|")
}

// textDate is the meeting date, else the first full date in the text, else "".
func textDate(r *doc.Record) string {
	if r.Meeting != nil && r.Meeting.Date != "" {
		return r.Meeting.Date
	}
	for _, d := range r.Dates {
		if _, err := time.Parse(time.DateOnly, d.Value); err == nil {
			return d.Value
		}
	}
	return ""
}

func joinNonEmpty(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n")
}
