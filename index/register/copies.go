package register

import (
	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// record is the documents of one meeting key that are copies of one
// record of it: the DOCX, PDF and ODT of one set of minutes.
type record []*source

// splitRecords partitions the sources of one meeting key (body and date)
// into records. srcs must be sorted by compareSources; a source joins the
// first record all of whose copies it matches (sameRecord), else starts
// its own. An agenda is no record of what happened: it joins the first
// record of the minutes whose cases it lists (announces), else the other
// copies of itself. The result depends only on the set of sources.
func splitRecords(srcs []*source) []record {
	var out []record
	var agendas []*source
	for _, s := range srcs {
		if s.Kind == doc.KindAgenda {
			agendas = append(agendas, s)
			continue
		}
		out = place(out, s, record.accepts)
	}
	for _, s := range agendas {
		out = place(out, s, func(r record, s *source) bool { return r.announces(s) || r.accepts(s) })
	}
	return out
}

// place adds s to the first record fits accepts it, else as a record of
// its own.
func place(rs []record, s *source, fits func(record, *source) bool) []record {
	for i, r := range rs {
		if fits(r, s) {
			rs[i] = append(r, s)
			return rs
		}
	}
	return append(rs, record{s})
}

// announces reports whether agenda a is the agenda of the minutes of r:
// r holds minutes, no organisation differs, and the case numbers agree
// where both list some.
func (r record) announces(a *source) bool {
	if r[0].Kind != doc.KindMinutes {
		return false
	}
	for _, c := range r {
		if c.orgKey() != "" && a.orgKey() != "" && c.orgKey() != a.orgKey() {
			return false
		}
	}
	return overlap(r[0].caseKeys(), a.caseKeys())
}

// overlap reports whether two key sets share a key, or either is empty.
func overlap(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func (r record) accepts(s *source) bool {
	for _, c := range r {
		if !sameRecord(c, s) {
			return false
		}
	}
	return true
}

// sameRecord reports whether two documents are copies of one record: they
// speak for the same organisation (or one names none), their texts are
// similar, and they agree on who attended and which cases were treated. A
// record without text (made by another tool) is compared by its lists
// alone, and must share one.
func sameRecord(a, b *source) bool {
	if a.orgKey() != "" && b.orgKey() != "" && a.orgKey() != b.orgKey() {
		return false
	}
	pa, pb, ca, cb := a.personKeys(), b.personKeys(), a.caseKeys(), b.caseKeys()
	if !agree(pa, pb) || !agree(ca, cb) {
		return false
	}
	if a.Sketch == "" || b.Sketch == "" {
		return len(pa) > 0 && len(pb) > 0 || len(ca) > 0 && len(cb) > 0
	}
	return ident.Similarity(ident.ParseSketch(a.Sketch), ident.ParseSketch(b.Sketch)) >= ident.SimilarCopies
}

// agreeShare is how much two non-empty lists (attendees, case numbers) of
// copies must overlap (Jaccard): a PDF reader may lose a row, but two
// records with different lists are two records.
const agreeShare = 0.8

// agree reports whether two key sets agree: either is empty, or they
// overlap by agreeShare.
func agree(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	both := 0
	for k := range a {
		if b[k] {
			both++
		}
	}
	return float64(both) >= agreeShare*float64(len(a)+len(b)-both)
}

func (s *source) personKeys() map[string]bool {
	out := map[string]bool{}
	for _, a := range s.Attendees {
		if k := ident.PersonKey(a.Name); k != "" {
			out[k] = true
		}
	}
	return out
}

func (s *source) caseKeys() map[string]bool {
	out := map[string]bool{}
	for _, c := range s.Cases {
		if k := ident.CaseKey(c.Number); k != "" {
			out[k] = true
		}
	}
	return out
}

// orgKey is the folded organisation the source speaks for, "" when none
// is found.
func (s *source) orgKey() string { return ident.BodyKey(s.Organization) }
