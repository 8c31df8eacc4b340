package ident

import (
	"encoding/base64"
	"encoding/binary"
	"iter"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
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
// layout, punctuation and hyphenation of a format do not count. It reads
// the words as they come and keeps only the smallest hashes: it costs
// little more than one pass over the text, which every record pays twice
// (the index's copy field and the register).
func NewSketch(text string) Sketch {
	if len(text) > sketchMaxText {
		text = text[:sketchMaxText]
	}
	text = norm.NFC.String(strings.ToLower(text)) // as Lower, whose spacing words ignore
	var b bottom
	var shingle [shingleWords]string // the last words read, the latest last
	n := 0
	for w := range words(text) {
		copy(shingle[:], shingle[1:])
		shingle[shingleWords-1] = w
		if n++; n >= shingleWords {
			b.add(shingleHash(shingle[:]))
		}
	}
	if n > 0 && n < shingleWords { // a text of fewer words is one shingle
		b.add(shingleHash(shingle[shingleWords-n:]))
	}
	return Sketch(b)
}

// words yields the words of text: runs of letters and digits.
func words(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

// shingleHash is the FNV-1a hash of the words, each followed by a zero byte.
func shingleHash(words []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * prime
		}
		h *= prime // ^ 0
	}
	return h
}

// bottom holds the sketchSize smallest distinct hashes added, in order.
type bottom []uint64

func (b *bottom) add(h uint64) {
	s := *b
	if len(s) == sketchSize && h >= s[len(s)-1] {
		return
	}
	i, found := slices.BinarySearch(s, h)
	if found {
		return
	}
	s = slices.Insert(s, i, h)
	*b = s[:min(len(s), sketchSize)]
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
