package index

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// storedReader reads stored fields of search hits. Bleve's own loading
// (SearchRequest.Fields) finds each hit again by its id and copies every
// stored field, the whole text too, before keeping the fields asked for;
// a search reads the fields of three candidates per hit (3,000 for a date
// order), so that loading cost more than the search. storedReader reads
// the fields asked for from the segment the search found the hit in.
type storedReader struct {
	r index.IndexReader
	segments
}

// segments are the segments of a scorch index state. A document's internal
// number there is its number in its segment plus the first number of the
// segment, deleted documents counted.
type segments struct {
	segs    []*scorch.SegmentSnapshot // nil unless the index is a scorch one
	offsets []uint64                  // the first internal number of each segment
}

// segmentsOf lists the segments of r, none unless r is a scorch state or
// a part of one (all of its segments then).
func segmentsOf(r index.IndexReader) segments {
	if p, ok := r.(*partReader); ok {
		r = p.IndexSnapshot
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return segments{}
	}
	ss := segments{segs: snap.Segments(), offsets: make([]uint64, 0, len(snap.Segments()))}
	var next uint64
	for _, s := range ss.segs {
		ss.offsets = append(ss.offsets, next)
		next += s.Segment().Count()
	}
	return ss
}

// locate returns the segment that holds internal number num and num there;
// false when none does.
func (ss segments) locate(num uint64) (int, uint64, bool) {
	i := sort.Search(len(ss.offsets), func(i int) bool { return ss.offsets[i] > num }) - 1
	if i < 0 || num-ss.offsets[i] >= ss.segs[i].Segment().Count() {
		return 0, 0, false
	}
	return i, num - ss.offsets[i], true
}

// reader opens a reader of the index's current state; Close it.
func (ix *Index) reader() (index.IndexReader, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}

// storedReader opens a reader of the index's current state; Close it.
func (ix *Index) storedReader() (*storedReader, error) {
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	return &storedReader{r: r, segments: segmentsOf(r)}, nil
}

func (sr *storedReader) Close() error { return sr.r.Close() }

// storedField reads field of the document with id; "" when it has none or
// cannot be read.
func (ix *Index) storedField(id, field string) string {
	sr, err := ix.storedReader()
	if err != nil {
		return ""
	}
	defer sr.Close()
	iid, err := sr.r.InternalID(id)
	if err != nil || iid == nil {
		return ""
	}
	m := &search.DocumentMatch{ID: id, IndexInternalID: iid}
	if sr.loadOne(m, []string{field}) != nil {
		return ""
	}
	return str(m.Fields[field])
}

// load sets the Fields of each match to its stored values of fields as
// bleve would: a string, or []interface{} when a field holds several, a
// date in RFC 3339; an empty map when it has none of them.
func (sr *storedReader) load(ms search.DocumentMatchCollection, fields []string) error {
	for _, m := range ms {
		if err := sr.loadOne(m, fields); err != nil {
			return fmt.Errorf("reading the stored fields of %s: %w", m.ID, err)
		}
	}
	return nil
}

func (sr *storedReader) loadOne(m *search.DocumentMatch, fields []string) error {
	m.Fields = make(map[string]interface{}, len(fields))
	if ok, err := sr.loadFromSegment(m, fields); ok || err != nil {
		return err
	}
	// The index changed since the search (or is no scorch index): find
	// the hit by id.
	d, err := sr.r.Document(m.ID)
	if err != nil || d == nil {
		return err
	}
	d.VisitFields(func(f index.Field) {
		typ := byte('t')
		if _, ok := f.(index.DateTimeField); ok {
			typ = 'd'
		}
		add(m, fields, f.Name(), typ, f.Value())
	})
	return nil
}

// loadFromSegment reads the fields of m from the segment that holds its
// internal number; false when that document is not m (or no longer live)
// in this reader's state.
func (sr *storedReader) loadFromSegment(m *search.DocumentMatch, fields []string) (bool, error) {
	if sr.segs == nil || len(m.IndexInternalID) != 8 {
		return false, nil
	}
	i, local, ok := sr.locate(m.IndexInternalID.Value())
	if !ok {
		return false, nil
	}
	seg := sr.segs[i]
	if seg.Deleted() != nil && seg.Deleted().Contains(uint32(local)) {
		return false, nil
	}
	same := false
	err := seg.VisitDocument(local, func(name string, typ byte, value []byte, _ []uint64) bool {
		if name == "_id" { // always the first field
			same = string(value) == m.ID
			return same
		}
		add(m, fields, name, typ, value)
		return true
	})
	if err != nil || !same {
		clear(m.Fields)
		return false, err
	}
	return true, nil
}

// add adds a stored value of field to m when fields holds the field: a
// text as it is, a date (typ 'd') in RFC 3339 or its own layout.
func add(m *search.DocumentMatch, fields []string, field string, typ byte, value []byte) {
	if !slices.Contains(fields, field) {
		return
	}
	if typ != 'd' {
		m.AddFieldValue(field, string(value))
		return
	}
	t, layout, err := document.NewDateTimeFieldFromBytes(field, nil, value).DateTime()
	if err != nil {
		return
	}
	if layout == "" {
		layout = time.RFC3339
	}
	m.AddFieldValue(field, t.Format(layout))
}
