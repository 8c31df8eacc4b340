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
		{Title: "Handlingsplan 2026", Case: "36/25", Kind: "minutes", Date: "2025-12-02", Path: "a.pdf", Also: []string{"a.docx"},
			Fragments: []string{"…godkjenner ny " + index.MarkStart + "handlingsplan" + index.MarkEnd + " for 2026…"}},
	}}
	var b bytes.Buffer
	if err := printHits(&b, res, highlighter(&b)); err != nil {
		t.Fatal(err)
	}
	want := `3 matching files and cases; 1 shown, the formats of one document together

 1. 2025-12-02  Sak 36/25: Handlingsplan 2026  [minutes]
    a.pdf
    also: a.docx
    …godkjenner ny *handlingsplan* for 2026…
`
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(b.String(), index.MarkStart) {
		t.Error("index markers reached the listing")
	}
}
