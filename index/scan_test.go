package index

import (
	"fmt"
	"strings"
	"testing"
)

func TestWithinEdits(t *testing.T) {
	for _, c := range []struct {
		a, b string
		k    int
		want bool
	}{
		{"mote", "mote", 0, true},
		{"mote", "møte", 1, true}, // one letter, two bytes
		{"mote", "møte", 0, false},
		{"mote", "mot", 1, true},
		{"mote", "iot", 1, false},
		{"mote", "omte", 1, true}, // a swap of neighbours is one edit
		{"mote", "emot", 1, false},
		{"styret", "styrer", 1, true},
		{"styret", "styre", 2, true},
		{"", "ab", 2, true},
		{"", "abc", 2, false},
	} {
		if got := withinEdits([]rune(c.a), []rune(c.b), c.k); got != c.want {
			t.Errorf("withinEdits(%q, %q, %d) = %v, want %v", c.a, c.b, c.k, got, c.want)
		}
	}
}

func TestWordMatcher(t *testing.T) {
	for _, c := range []struct {
		t    term
		word string
		want bool
	}{
		{term{text: "Styr*", wild: true}, "styret", true},
		{term{text: "styr*", wild: true}, "styr", true},
		{term{text: "styr*", wild: true}, "bestyrer", false}, // anchored
		{term{text: "st?re", wild: true}, "styre", true},
		{term{text: "st?re", wild: true}, "stre", false},
		{term{text: "a.b*", wild: true}, "axb", false}, // a dot is a dot
		{term{text: "a.b*", wild: true}, "a.bc", true},
		{term{text: "møte", fuzzy: 1}, "møtet", true},
		{term{text: "Møte", fuzzy: 1}, "mote", true},
		{term{text: "møte", fuzzy: 1}, "møtene", false},
	} {
		m := newWordMatcher(c.t)
		if got := m != nil && m(c.word); got != c.want {
			t.Errorf("%+v matches %q: %v, want %v", c.t, c.word, got, c.want)
		}
	}
}

// TestScanSpans: the wildcard and fuzzy words of a query are marked in a
// hit's text, where the exact forms they search keep no locations; other
// terms and fielded ones are not scanned for.
func TestScanSpans(t *testing.T) {
	ix := newTestIndex(t)
	s := ix.searcher(false)
	text := "Styret møtte styringsgruppen. Neste møte i styret."
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"styr*", []string{"Styret", "styringsgruppen", "styret"}},
		{"møte~1", []string{"møtte", "møte"}},
		{"styret", nil},
		{"title:styr*", nil},
	} {
		pq, err := parseQuery(c.query)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range s.scanSpans(text, s.expandingMatchers(pq)) {
			got = append(got, text[sp.start:sp.end])
		}
		if len(got) != len(c.want) || len(got) > 0 && fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: marked %q, want %q", c.query, got, c.want)
		}
	}
}

// TestScanSpansBound: a long text is scanned to maxScan bytes only, whole
// words.
func TestScanSpansBound(t *testing.T) {
	ix := newTestIndex(t)
	s := ix.searcher(false)
	pq, err := parseQuery("styr*")
	if err != nil {
		t.Fatal(err)
	}
	head := strings.Repeat("ord ", maxScan/4-2) + "styret "
	for _, c := range []struct {
		text string
		want int
	}{
		{head, 1},
		{head + "styrene", 1}, // past maxScan
		{strings.Repeat("ord ", maxScan/4) + "styret", 0}, // starts at maxScan
	} {
		if got := len(s.scanSpans(c.text, s.expandingMatchers(pq))); got != c.want {
			t.Errorf("%d bytes: %d matches, want %d", len(c.text), got, c.want)
		}
	}
}
