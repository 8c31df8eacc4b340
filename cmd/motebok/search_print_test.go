package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/motebok/motebok/index"
)

// TestPrintHits: the listing for a person shows rank, date, title, case,
// paths and fragments with matches between asterisks, and adds no
// ellipses of its own to the fragments'.
func TestPrintHits(t *testing.T) {
	res := &index.Result{Total: 3, Hits: []index.Hit{
		{Title: "Handlingsplan 2026", Case: "36/25", Kind: "minutes", Date: "2025-12-02", Path: "a.pdf", Also: []string{"a.docx"}, Page: 5,
			Decision:  "Styringsgruppen godkjenner\nny handlingsplan for 2026.",
			Fragments: []string{"…godkjenner ny " + index.MarkStart + "handlingsplan" + index.MarkEnd + " for 2026…"}},
		{Title: "Notat", Kind: "other", Path: "b.docx"},
	}}
	var b bytes.Buffer
	if err := printHits(&b, res, highlighter(&b)); err != nil {
		t.Fatal(err)
	}
	want := `3 matching files and cases; 2 shown, the formats of one document together

 1. 2025-12-02  Sak 36/25: Handlingsplan 2026  [minutes]
    a.pdf, page 5
    also: a.docx
    decision: Styringsgruppen godkjenner ny handlingsplan for 2026.
    …godkjenner ny *handlingsplan* for 2026…

 2.   Notat  [other]
    b.docx
`
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(b.String(), index.MarkStart) {
		t.Error("index markers reached the listing")
	}
}

func TestClipWords(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"kort vedtak", 20, "kort vedtak"},
		{"Styret\n  vedtar\tbudsjettet", 40, "Styret vedtar budsjettet"},
		{"Styret vedtar budsjettet for 2026", 20, "Styret vedtar…"},
		{"årsmøteprotokollgodkjenning", 6, "årsm…"}, // no space: cut on a rune boundary
	}
	for _, tt := range tests {
		if got := clipWords(tt.in, tt.n); got != tt.want {
			t.Errorf("clipWords(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
