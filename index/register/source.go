package register

import (
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// source is what one document says about its meeting: the documents.source
// JSON plus the columns used to rank documents against each other.
type source struct {
	Path      string         `json:"-"`
	Format    string         `json:"-"`
	Modified  string         `json:"-"`              // UTC timestamp text, "" when unknown
	Kind      string         `json:"kind,omitempty"` // doc.KindMinutes, KindAgenda, ...
	Meeting   *doc.Meeting   `json:"meeting,omitempty"`
	Attendees []doc.Attendee `json:"attendees,omitempty"`
	Cases     []doc.Case     `json:"cases,omitempty"`
	// Organization is the organisation the document speaks for
	// (ident.Organization), Sketch its text's ident.Sketch: what decides
	// whether two documents of one body and date are copies.
	Organization string `json:"organization,omitempty"`
	Sketch       string `json:"sketch,omitempty"`
}

func sourceOf(rec *doc.Record) *source {
	return &source{
		Path:      rec.Path,
		Format:    rec.Format,
		Modified:  timeText(rec.Meta.Modified),
		Kind:      rec.Kind,
		Meeting:   rec.Meeting,
		Attendees: rec.Attendees,
		Cases:     rec.Cases,

		Organization: ident.Organization(rec),
		Sketch:       sketchOf(rec.Text),
	}
}

// meetingKey is the key of the meetings the document may belong to: its
// body and date (ident.MeetingKey), else its own path, since merging
// unknown bodies on one date would mix different meetings' cases. "" when
// the document records no meeting.
func (s *source) meetingKey() string {
	if s.Meeting == nil {
		return ""
	}
	if k := ident.MeetingKey(s.Meeting.Body, s.Meeting.Date); k != "" {
		return k
	}
	return "doc|" + s.Path
}

// encode gives the JSON of s.
func (s *source) encode() ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("encoding source of %s: %w", s.Path, err)
	}
	return b, nil
}

func decodeSource(path, format, modified string, js []byte) (*source, error) {
	s := &source{Path: path, Format: format, Modified: modified}
	if err := json.Unmarshal(js, s); err != nil {
		return nil, fmt.Errorf("decoding source of %s: %w", path, err)
	}
	return s, nil
}

// documents.source holds a source's JSON compressed (DEFLATE, fastest): it
// is read only to derive meetings again, and uncompressed it was a fifth
// of the register (4.2 of 17.8 KB per document).
func packSource(js []byte) []byte {
	var b bytes.Buffer
	zw := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(zw)
	zw.Reset(&b)
	zw.Write(js) // a bytes.Buffer takes all
	zw.Close()
	return b.Bytes()
}

// deflaters and inflaters keep the (large) state of DEFLATE between uses.
var (
	deflaters = sync.Pool{New: func() any {
		zw, _ := flate.NewWriter(nil, flate.BestSpeed) // the level is valid
		return zw
	}}
	inflaters = sync.Pool{New: func() any { return flate.NewReader(nil) }}
)

// maxSource bounds what unpackSource inflates: a source's JSON without the
// text is kilobytes, the limit guards against a damaged column.
const maxSource = 64 << 20

func unpackSource(path string, packed []byte) ([]byte, error) {
	zr := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(zr)
	if err := zr.(flate.Resetter).Reset(bytes.NewReader(packed), nil); err != nil {
		return nil, err
	}
	js, err := io.ReadAll(io.LimitReader(zr, maxSource+1))
	if err == nil && len(js) > maxSource {
		err = errors.New("over 64 MiB")
	}
	if err != nil {
		return nil, fmt.Errorf("reading the source of %s: %w: %w", path, ErrDamaged, err)
	}
	return js, nil
}

// timeText renders t in UTC to the second, so that the text sorts like the
// time; nil gives "".
func timeText(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05Z")
}

// formatRank orders formats when copies of the same minutes disagree: the
// PDF is usually the signed, final copy; DOCX the editable original; ODT
// often a later archival conversion.
func formatRank(format string) int {
	switch format {
	case "pdf":
		return 0
	case "docx":
		return 1
	case "odt":
		return 2
	}
	return 3
}

// kindRank puts an agenda after the minutes of its meeting.
func kindRank(kind string) int {
	if kind == doc.KindAgenda {
		return 1
	}
	return 0
}

// compareSources orders the documents of one meeting, preferred first: the
// record of the meeting before its agenda (which tells what was planned),
// then by format (formatRank), then the most recently modified (unknown
// last), then path. The order depends only on the documents, never on when
// they were stored.
func compareSources(a, b *source) int {
	if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
		return c
	}
	if c := cmp.Compare(formatRank(a.Format), formatRank(b.Format)); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Modified, a.Modified); c != 0 {
		return c
	}
	return cmp.Compare(a.Path, b.Path)
}

// caseBetter reports whether case a from source sa should replace case b
// from source sb. A recorded decision beats none, decision text beats
// none, and then the preferred source wins. Ties keep b, so within one
// document the first occurrence stays.
func caseBetter(a *doc.Case, sa *source, b *doc.Case, sb *source) bool {
	if a.Decided != b.Decided {
		return a.Decided
	}
	if (a.Decision != "") != (b.Decision != "") {
		return a.Decision != ""
	}
	return compareSources(sa, sb) < 0
}

// sketchOf is the stored sketch of text, "" when there is no text.
func sketchOf(text string) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	return ident.NewSketch(text).String()
}
