package index

import (
	"context"
	"runtime"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
)

// A search scores every match, and on a large index that takes longer
// than all else a search does. rank splits the index into parts of whole
// segments, one per processor, and scores them at once: each part is the
// index state as if its segments held all the documents, with the counts
// of the whole index, so that every match scores as it would in one pass.

// minPartDocs is the fewest index documents a part has: on a smaller index
// starting goroutines costs more than it saves.
const minPartDocs = 32 << 10

// maxParts bounds the parts a search runs at once, whatever the machine.
const maxParts = 8

// parts splits snap into at most n parts of whole segments with about as
// many documents each, and at least minDocs; one part is snap itself.
func parts(snap *scorch.IndexSnapshot, n int, minDocs uint64) []index.IndexReader {
	spans := split(snapSegments(snap), n, minDocs)
	if len(spans) <= 1 {
		return []index.IndexReader{snap}
	}
	out := make([]index.IndexReader, len(spans))
	for i, sp := range spans {
		out[i] = &partReader{snap, sp[0], sp[1]}
	}
	return out
}

// split splits segments of the sizes given into at most n spans of whole
// segments with about as many documents each, and at least minDocs: each
// span is its first internal number and the one after its last. Each span
// ends at the segment boundary nearest its share of the documents.
func split(sizes []uint64, n int, minDocs uint64) [][2]uint64 {
	ends := make([]uint64, len(sizes)+1) // ends[i]: documents in the first i segments
	for i, s := range sizes {
		ends[i+1] = ends[i] + s
	}
	docs := ends[len(sizes)]
	n = max(min(n, int(docs/max(minDocs, 1)), len(sizes)), 1)
	var out [][2]uint64
	last := 0 // segments in the spans so far
	for k := 1; k < n; k++ {
		share := docs * uint64(k) / uint64(n)
		cut := last + 1
		for j := cut + 1; j < len(sizes); j++ {
			if distance(ends[j], share) < distance(ends[cut], share) {
				cut = j
			}
		}
		if cut >= len(sizes) {
			break
		}
		out = append(out, [2]uint64{ends[last], ends[cut]})
		last = cut
	}
	if len(sizes) > 0 {
		out = append(out, [2]uint64{ends[last], docs})
	}
	return out
}

// distance is |a-b|.
func distance(a, b uint64) uint64 { return max(a, b) - min(a, b) }

// snapSegments returns the number of documents of each segment of snap,
// deleted ones counted, as internal numbers count them.
func snapSegments(snap *scorch.IndexSnapshot) []uint64 {
	var out []uint64
	for _, s := range snap.Segments() {
		out = append(out, s.Segment().Count())
	}
	return out
}

// searchParts is how many parts a search runs at once: one per processor.
func searchParts() int { return min(runtime.GOMAXPROCS(0), maxParts) }

// partReader reads an index state as if the documents numbered lo to hi
// (excluded) were all it held. Counts are the whole state's: scores stay
// those of the whole index. It is a scorch state, whose dictionary lookups
// (fuzzy, regexp, range) searchers look for.
type partReader struct {
	*scorch.IndexSnapshot
	lo, hi uint64
}

func (r *partReader) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (index.TermFieldReader, error) {
	tfr, err := r.IndexSnapshot.TermFieldReader(ctx, term, field, freq, norm, vectors)
	if err != nil {
		return nil, err
	}
	return &partTermReader{tfr, partSpan{lo: r.lo, hi: r.hi}}, nil
}

func (r *partReader) DocIDReaderAll() (index.DocIDReader, error) {
	return r.docs(r.IndexSnapshot.DocIDReaderAll())
}

func (r *partReader) DocIDReaderOnly(ids []string) (index.DocIDReader, error) {
	return r.docs(r.IndexSnapshot.DocIDReaderOnly(ids))
}

func (r *partReader) docs(d index.DocIDReader, err error) (index.DocIDReader, error) {
	if err != nil {
		return nil, err
	}
	return &partDocReader{d, partSpan{lo: r.lo, hi: r.hi}}, nil
}

// partSpan is the documents lo to hi (excluded) of a part, as a reader of the
// whole index reads them.
type partSpan struct {
	lo, hi  uint64
	started bool // the reader has been moved to lo
}

// from returns where a reader asked to move to id goes: id, or lo when id
// comes before it.
func (s *partSpan) from(id index.IndexInternalID) index.IndexInternalID {
	s.started = true
	if id == nil || id.Value() < s.lo {
		return internalID(s.lo)
	}
	return id
}

// holds reports whether id is one of the part's documents, when it is one.
func (s *partSpan) holds(id index.IndexInternalID) bool { return id != nil && id.Value() < s.hi }

// partTermReader is a term's postings in the documents of a part.
type partTermReader struct {
	index.TermFieldReader
	partSpan
}

func (t *partTermReader) Next(pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	if !t.started {
		return t.Advance(nil, pre)
	}
	return t.within(t.TermFieldReader.Next(pre))
}

func (t *partTermReader) Advance(id index.IndexInternalID, pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	return t.within(t.TermFieldReader.Advance(t.from(id), pre))
}

// within passes on a posting of the part, and nil for one past it.
func (t *partTermReader) within(d *index.TermFieldDoc, err error) (*index.TermFieldDoc, error) {
	if err != nil || d == nil || !t.holds(d.ID) {
		return nil, err
	}
	return d, nil
}

// partDocReader is a document reader's documents of a part.
type partDocReader struct {
	index.DocIDReader
	partSpan
}

func (d *partDocReader) Next() (index.IndexInternalID, error) {
	if !d.started {
		return d.Advance(nil)
	}
	return d.within(d.DocIDReader.Next())
}

func (d *partDocReader) Advance(id index.IndexInternalID) (index.IndexInternalID, error) {
	return d.within(d.DocIDReader.Advance(d.from(id)))
}

// within passes on a document of the part, and nil for one past it.
func (d *partDocReader) within(id index.IndexInternalID, err error) (index.IndexInternalID, error) {
	if err != nil || !d.holds(id) {
		return nil, err
	}
	return id, nil
}
