package index

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// protocolText prints a paraphrased election protocol of one municipality
// from the shared template.
func protocolText(municipality string, people ...string) string {
	return "Valgprotokoll for stemmestyret\nKommune: " + municipality + "\nA1 Valget ble avholdt mandag 11. september 2023\n" +
		"A2 Stemmestyret: " + strings.Join(people, ", ") + "\nB1 Stemmegivninger i konvolutt behandlet av stemmestyret i " +
		municipality + " med " + strings.Join(people, " og ") + " til stede hele dagen"
}

// TestSearchGroupsOnlyCopies checks that hits become one only when their
// content says so: the DOCX and PDF of one protocol, not the protocols of
// two municipalities on one day with one title, nor two posts with one
// text a year apart.
func TestSearchGroupsOnlyCopies(t *testing.T) {
	meeting := &doc.Meeting{Body: "Stemmestyret", Date: "2023-09-11"}
	rec := func(path, text string, dates ...string) *doc.Record {
		r := &doc.Record{Path: path, Format: path[strings.LastIndex(path, ".")+1:], Kind: doc.KindMinutes,
			Title: "Kommunestyrevalget 2023", Text: text, Meeting: meeting}
		for _, d := range dates {
			r.Meeting = nil
			r.Dates = append(r.Dates, doc.Date{Text: d, Value: d, Grain: "day"})
		}
		return r
	}
	fjellvik := protocolText("Fjellvik", "Hansen Kari", "Lunde Petter")
	post := "Gratulerer med dagen til alle beboere, vi ses i toget og på feiringen i gården etterpå"
	recs := []*doc.Record{
		rec("fjellvik/stemmestyret.docx", fjellvik),
		rec("fjellvik/stemmestyret.pdf", "Side 1\n"+fjellvik),
		rec("strandby/stemmestyret.pdf", protocolText("Strandby", "Vik Ole", "Sunde Ingrid")),
		rec("posts/2019-05-17.md", post, "2019-05-17"),
		rec("posts/2020-05-17.md", post, "2020-05-17"),
	}
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	got := hitGroups(t, ix, Query{Text: "stemmestyret OR gratulerer", Limit: 10})
	want := []string{
		"fjellvik/stemmestyret.docx + fjellvik/stemmestyret.pdf",
		"posts/2019-05-17.md",
		"posts/2020-05-17.md",
		"strandby/stemmestyret.pdf",
	}
	if len(got) == 4 && strings.HasPrefix(got[0], "fjellvik/stemmestyret.pdf") {
		want[0] = "fjellvik/stemmestyret.pdf + fjellvik/stemmestyret.docx"
	}
	if !slices.Equal(got, want) {
		t.Errorf("hits:\n got %q\nwant %q", got, want)
	}
}

// TestSearchGroupsCaseCopies checks that a case written "Sak 3/24" in the
// DOCX and "3/24" in the PDF of one set of minutes is one hit.
func TestSearchGroupsCaseCopies(t *testing.T) {
	text := protocolText("Fjellvik", "Hansen Kari", "Lunde Petter") + "\nSak 3/24 Opptelling av forhåndsstemmer"
	var recs []*doc.Record
	for _, f := range []struct{ path, number string }{{"m.docx", "Sak 3/24"}, {"m.pdf", "3/24"}, {"n.pdf", "PS 3/24"}} {
		recs = append(recs, &doc.Record{Path: f.path, Format: f.path[2:], Kind: doc.KindMinutes, Title: "Protokoll",
			Text: text, Meeting: &doc.Meeting{Body: "Valgstyret", Date: "2023-09-12"},
			Cases: []doc.Case{{Number: f.number, Title: "Opptelling av forhåndsstemmer"}}})
	}
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	got := hitGroups(t, ix, Query{Text: "opptelling", CasesOnly: true, Limit: 10})
	if len(got) != 2 || !strings.Contains(got[0], "m.docx") || !strings.Contains(got[0], "m.pdf") || got[1] != "n.pdf" {
		t.Errorf("case hits %q, want m.docx and m.pdf as one, PS 3/24 of n.pdf apart", got)
	}
}

// hitGroups runs q and returns each hit as its path and the paths under
// Also, joined by " + ", sorted.
func hitGroups(t *testing.T, ix *Index, q Query) []string {
	t.Helper()
	res, err := ix.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Hits {
		got = append(got, strings.Join(append([]string{h.Path}, h.Also...), " + "))
	}
	slices.Sort(got)
	return got
}

func TestIsCopy(t *testing.T) {
	text := "Styret behandlet budsjettet for neste år og vedtok forslaget fra administrasjonen uten endringer i møtet."
	same := ident.NewSketch(text).String()
	other := ident.NewSketch("Årsmeldingen for kommunen ble lagt fram og tatt til orientering etter en lang diskusjon om ventetider.").String()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"styret|2024-03-01|" + same, "styret|2024-03-01|" + same, true},
		{"|2024-03-01|" + same, "styret||" + same, true},                 // an unknown organisation or date differs from none
		{"styret|2024-03-01|" + same, "rådet|2024-03-01|" + same, false}, // other organisation
		{"styret|2024-03-01|" + same, "styret|2024-03-08|" + same, false},
		{"styret|2024-03-01|" + same, "styret|2024-03-01|" + other, false},
		{"styret|2024-03-01", "styret|2024-03-01", false}, // no sketch
		{"", "", false},
	} {
		if got := parseCopyField(c.a).isCopyOf(parseCopyField(c.b)); got != c.want {
			t.Errorf("isCopyOf(%.30q, %.30q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestGroupReadsCopiesOnce checks group on matches made up: copies sharing
// a key become one hit, the PDF shown for the DOCX, and a match's copy
// field is read once at most, and only when it shares a key with a group.
func TestGroupReadsCopiesOnce(t *testing.T) {
	sketch := ident.NewSketch("Styret behandlet budsjettet for neste år og vedtok forslaget fra administrasjonen uten endringer.").String()
	other := ident.NewSketch("Årsmeldingen ble lagt fram og tatt til orientering etter en lang diskusjon om ventetider i kommunen.").String()
	match := func(path, key, copy, pages string) *search.DocumentMatch {
		return &search.DocumentMatch{ID: path, Fields: map[string]interface{}{
			fPath: path, fType: typeDoc, fGroup: key, fCopy: copy, fPages: pages}}
	}
	matches := search.DocumentMatchCollection{
		match("a.docx", "k1", "styret|2024-03-01|"+sketch, ""),
		match("b.docx", "k2", "styret|2024-03-01|"+sketch, ""), // same text, no key shared: its own hit
		match("a.pdf", "k1", "styret|2024-03-01|"+sketch, "0"),
		match("c.docx", "k1", "styret|2024-03-01|"+other, ""), // a key shared, another text
		match("a.odt", "k1", "styret||"+sketch, ""),
	}
	reads := map[string]int{}
	copyOf := func(m *search.DocumentMatch) string {
		reads[m.ID]++
		return str(m.Fields[fCopy])
	}
	hits := group(matches, 10, copyOf)
	var got []string
	for _, h := range hits {
		got = append(got, h.Path+" "+strings.Join(h.Also, ","))
	}
	if want := []string{"a.pdf a.docx,a.odt", "b.docx ", "c.docx "}; !slices.Equal(got, want) {
		t.Errorf("hits %q, want %q", got, want)
	}
	if want := map[string]int{"a.docx": 1, "a.pdf": 1, "c.docx": 1, "a.odt": 1}; !maps.Equal(reads, want) {
		t.Errorf("copy fields read %v, want %v", reads, want)
	}
}
