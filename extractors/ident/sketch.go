package ident

import (
	"encoding/base64"
	"encoding/binary"
	"hash/fnv"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// Sketch summarises a text for comparing it with others: the sketchSize
// smallest hashes of its three-word shingles (a bottom-k MinHash). Copies
// of one document in different formats share most shingles, so their
// sketches are similar; two documents printed from one template differ in
// names and numbers, which breaks most shingles.
type Sketch []uint64

const (
	sketchSize    = 64
	shingleWords  = 3
	sketchMaxText = 1 << 20 // bytes of text read; the head of a long text is enough
)

// SimilarCopies is the Similarity from which two texts count as copies of
// one document: DOCX, PDF and ODT of one set of minutes score above 0.8,
// protocols printed from one template below 0.4.
const SimilarCopies = 0.6

// NewSketch sketches text. Words are folded letters and digits, so
// layout, punctuation and hyphenation of a format do not count.
func NewSketch(text string) Sketch {
	if len(text) > sketchMaxText {
		text = text[:sketchMaxText]
	}
	words := strings.FieldsFunc(Lower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	seen := map[uint64]bool{}
	for i := 0; i+shingleWords <= len(words) || (i == 0 && len(words) > 0); i++ {
		h := fnv.New64a()
		for _, w := range words[i:min(i+shingleWords, len(words))] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		seen[h.Sum64()] = true
	}
	s := Sketch(slices.Sorted(maps.Keys(seen)))
	return s[:min(len(s), sketchSize)]
}

// Similarity estimates the share of shingles two texts have in common
// (Jaccard), from 0 to 1; an empty sketch is similar to nothing.
func Similarity(a, b Sketch) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	// The smallest k hashes of the union, and how many of them both hold.
	k := min(sketchSize, max(len(a), len(b)))
	i, j, n, both := 0, 0, 0, 0
	for n < k && (i < len(a) || j < len(b)) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			i++
		case i == len(a) || b[j] < a[i]:
			j++
		default:
			i, j, both = i+1, j+1, both+1
		}
		n++
	}
	return float64(both) / float64(n)
}

// String encodes the sketch as base64 text, for storing.
func (s Sketch) String() string {
	b := make([]byte, 8*len(s))
	for i, h := range s {
		binary.BigEndian.PutUint64(b[8*i:], h)
	}
	return base64.RawStdEncoding.EncodeToString(b)
}

// ParseSketch decodes String's form; text that is not one gives nil.
func ParseSketch(text string) Sketch {
	b, err := base64.RawStdEncoding.DecodeString(text)
	if err != nil || len(b)%8 != 0 {
		return nil
	}
	s := make(Sketch, len(b)/8)
	for i := range s {
		s[i] = binary.BigEndian.Uint64(b[8*i:])
	}
	return s
}
