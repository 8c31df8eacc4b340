package pdf

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/synth"
)

// blockList gives each block as "kind: text" with lines joined by spaces.
func blockList(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		kind := "p"
		if b.Kind == doc.Heading {
			kind = fmt.Sprint("h", b.Level)
		}
		out = append(out, kind+": "+strings.ReplaceAll(b.Text, "\n", " "))
	}
	return out
}

// stack places lines one body pitch (12 points) apart from y = 700 down.
func stack(lines ...synth.Line) []synth.Line { return stackAt(12, lines...) }

// stackAt places lines pitch points apart from y = 700 down, at x = 56
// unless given.
func stackAt(pitch float64, lines ...synth.Line) []synth.Line {
	for i := range lines {
		lines[i].Y = 700 - pitch*float64(i)
		if lines[i].X == 0 {
			lines[i].X = 56
		}
		if lines[i].Size == 0 {
			lines[i].Size = 10
		}
	}
	return lines
}

// bodyBlocks reads the lines as a page under a larger title lower down
// (so that body headings rank second) and gives blockList without it.
func bodyBlocks(t *testing.T, lines []synth.Line) []string {
	t.Helper()
	lines = append(lines, synth.Line{X: 56, Y: 500, Size: 16, Bold: true, Text: "Referat"})
	got := blockList(readPage(t, lines))
	if len(got) > 0 && got[len(got)-1] == "h1: Referat" {
		got = got[:len(got)-1]
	}
	return got
}

// TestHeadingAtNormalSpacing checks that a heading set one ordinary line
// below a paragraph (no extra space) starts a block of its own even when
// the paragraph's last line runs to the right edge, and that a heading
// wrapped to the full width does not take the paragraph below into it.
func TestHeadingAtNormalSpacing(t *testing.T) {
	body := synth.Line{Text: "Dette er et avsnitt med brødtekst som går over mange av de"}
	full := synth.Line{Text: "flere linjer og avsluttes med en setning som fyller linjen."}
	next := synth.Line{Text: "Styret drøftet budsjettet og ba om nye tall."}
	bold := func(size float64, text string) synth.Line { return synth.Line{Size: size, Bold: true, Text: text} }
	tests := []struct {
		name  string
		lines []synth.Line
		want  []string
	}{
		{"bold heading after a full line", stack(body, full, bold(10, "Sak 12/25 Budsjett for 2026"), next),
			[]string{"p: " + body.Text + " " + full.Text, "h2: Sak 12/25 Budsjett for 2026", "p: " + next.Text}},
		{"larger heading after a full line", stack(body, full, bold(12, "Budsjett"), next),
			[]string{"p: " + body.Text + " " + full.Text, "h2: Budsjett", "p: " + next.Text}},
		{"full-width bold heading before a paragraph", stack(body, full, bold(10, "Sak 12/25 Budsjett for 2026 og for økonomiplanen"), next),
			[]string{"p: " + body.Text + " " + full.Text, "h2: Sak 12/25 Budsjett for 2026 og for økonomiplanen", "p: " + next.Text}},
		{"bold words inside a paragraph stay", stack(body, bold(10, "flere linjer og avsluttes med en setning som fyller hele"), synth.Line{Text: "linjen og litt mer."}),
			[]string{"p: " + body.Text + " flere linjer og avsluttes med en setning som fyller hele linjen og litt mer."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bodyBlocks(t, tc.lines); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// entries gives the text of every paragraph and every cell paragraph as
// the normaliser will see it: lines joined by spaces.
func entries(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		parts := []string{b.Text}
		if b.Cells != nil {
			parts = nil
			for _, c := range b.Cells {
				parts = append(parts, strings.Split(c, doc.CellBreak)...)
			}
		}
		for _, p := range parts {
			if p != "" {
				out = append(out, strings.ReplaceAll(p, "\n", " "))
			}
		}
	}
	return out
}

// columns lays out a heading and two columns of entries, row by row in
// the content stream as word processors write tab-separated lists, with
// the right column at x2 and a paragraph below.
func columns(head []synth.Line, x2 float64, left, right []string) []synth.Line {
	ls := head
	for i := range max(len(left), len(right)) {
		y := 676 - 12*float64(i)
		if i < len(left) {
			ls = append(ls, synth.Line{X: 56, Y: y, Size: 10, Text: left[i]})
		}
		if i < len(right) {
			ls = append(ls, synth.Line{X: x2, Y: y, Size: 10, Text: right[i]})
		}
	}
	return append(ls, synth.Line{X: 56, Y: 600, Size: 10, Text: "Møtet ble åpnet av leder og innkallingen ble godkjent."})
}

// TestListInColumns checks member lists set in two columns: every name
// comes out as an entry of its own (never glued to a name of the same
// column or of the other column), each column in order.
func TestListInColumns(t *testing.T) {
	head := []synth.Line{{X: 56, Y: 692, Size: 10, Bold: true, Text: "Til stede:"}}
	headGap := []synth.Line{{X: 56, Y: 700, Size: 12, Bold: true, Text: "Til stede"}}
	twoHeads := []synth.Line{{X: 56, Y: 692, Size: 10, Bold: true, Text: "Medlemmer"}, {X: 300, Y: 692, Size: 10, Bold: true, Text: "Varamedlemmer"}}
	left := []string{"Ola Nordmann", "Kari Hansen", "Per Olsen"}
	right := []string{"Anne Berg", "Jon Dahl", "Lise Moe"}
	orgs := []string{"Ola Nordmann, Helse Vest RHF", "Kari Hansen, Helse Nord RHF", "Per Olsen, Helsedirektoratet"}
	tests := []struct {
		name        string
		lines       []synth.Line
		left, right []string
	}{
		{"uneven columns", columns(head, 300, left, right[:2]), left, right[:2]},
		{"uneven columns with organisations", columns(head, 300, orgs, right[:2]), orgs, right[:2]},
		{"narrow gutter", columns(head, 130, left, right), left, right},
		{"heading above after a gap", columns(headGap, 200, left, right[:2]), left, right[:2]},
		{"a heading over each column", columns(twoHeads, 300, left, right[:2]), left, right[:2]},
		{"one column", columns(head, 300, left, nil), left, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := entries(readPage(t, tc.lines))
			at := map[string]int{}
			for i, e := range got {
				at[e] = i + 1
			}
			for _, col := range [][]string{tc.left, tc.right} {
				prev := 0
				for _, name := range col {
					if at[name] == 0 || at[name] < prev {
						t.Fatalf("%q not an entry of its own in column order: %q", name, got)
					}
					prev = at[name]
				}
			}
		})
	}
}

// TestBelowColumns checks that a short paragraph under a list in two
// columns is read after both columns, not between them.
func TestBelowColumns(t *testing.T) {
	head := []synth.Line{{X: 56, Y: 692, Size: 10, Bold: true, Text: "Til stede:"}}
	lines := columns(head, 300, []string{"Ola Nordmann", "Kari Hansen", "Per Olsen"}, []string{"Anne Berg", "Jon Dahl"})
	lines[len(lines)-1].Text = "Forfall: Lise Moe og Per Dahl"
	got := entries(readPage(t, lines))
	want := []string{"Til stede:", "Ola Nordmann", "Kari Hansen", "Per Olsen", "Anne Berg", "Jon Dahl", "Forfall: Lise Moe og Per Dahl"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestTightParagraphs checks paragraphs set with little space between
// them: one-line paragraphs 1.7 ems apart under a larger heading (no
// wrapped line shows the true line pitch), and a paragraph opening with a
// label right under a list item, at the list's pitch and outdented.
func TestTightParagraphs(t *testing.T) {
	head := synth.Line{Size: 11.5, Bold: true, Text: "Sak 12/2024 Godkjenning av innkalling og protokoll"}
	long := synth.Line{Text: "Framlegg til vedtak: Innkallinga og protokollen frå førre møte vert godkjende."}
	short := synth.Line{Text: "Samrøystes vedteke."}
	bullet := func(text string) []synth.Line {
		return []synth.Line{{X: 62, Text: "•"}, {X: 74, Text: text}}
	}
	list := append(bullet("Hilde Berg, Vik kommune (leder)"), bullet("Geir Nilsen, Helse Førde (fra sak 3)")...)
	list = append(list, bullet("Eirik Dale, Vik kommune")...)
	for i := range list {
		list[i].Y = 700 - 15*float64(i/2)
		list[i].Size = 10
	}
	list = append(list, synth.Line{X: 56, Y: 655, Size: 10, Text: "Observatør: Trond Moe, KS"})
	tests := []struct {
		name  string
		lines []synth.Line
		want  []string
	}{
		{"one-line paragraphs 1.7 ems apart under a heading", stackAt(17, head, long, short, synth.Line{Text: "Vedteke med 3 mot 1 røyst."}),
			[]string{"h2: " + head.Text, "p: " + long.Text, "p: " + short.Text, "p: Vedteke med 3 mot 1 røyst."}},
		{"a labelled paragraph under a list item", list,
			[]string{"p: Hilde Berg, Vik kommune (leder)", "p: Geir Nilsen, Helse Førde (fra sak 3)", "p: Eirik Dale, Vik kommune", "p: Observatør: Trond Moe, KS"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bodyBlocks(t, tc.lines); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
