package index

import (
	"context"
	"slices"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestWordForms: a query word finds the other forms of its word, and only
// what the rule is for (the look-alikes must not come first).
func TestWordForms(t *testing.T) {
	ix := newTestIndex(t)
	texts := map[string]string{
		"revisor":    "Årsmøtet valgte ny revisor. Valg av styre ble utsatt.",
		"revisjon":   "Revisjon av vedtektene. Valget av leder gjøres neste år.",
		"bolt":       "Styret kjøper en boltekutter til bokskapene.",
		"regnskap":   "Årsmøtet godkjente regnskapet for 2023.",
		"rekneskap":  "Årsmøtet godkjende rekneskapen for 2022.",
		"prikk":      "Nye prikkeregler for utlån av utstyr.",
		"leirskole":  "Foreldrene ønsket leirskole på Hardangervidda, valg av sted til høsten.",
		"valgstyret": "Valgstyret møttes om kommunevalget. Av og til kom det inn.",
		"discord":    "Foreningen har fått en egen server på Discord.",
		"stopp":      "Det er av og til slik.",
		"svar":       "Styret sendte høringssvar til kommunen.",
	}
	var recs []*doc.Record
	for name, text := range texts {
		recs = append(recs, &doc.Record{Path: name + ".txt", Title: name, Text: text, Kind: doc.KindOther})
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		first string   // expected first hit
		not   []string // must not be found at all
	}{
		{"revisorvalg", "revisor", nil},            // split: revisor + valg, never seen whole
		{"discordserver", "discord", nil},          // split into two words far apart
		{"boltkutter", "bolt", nil},                // a linking e the query lacks
		{"prikkregler", "prikk", nil},              // a linking e the query lacks
		{"rekneskap", "rekneskap", nil},            // nynorsk finds its own form first …
		{"regnskap godkjent", "regnskap", nil},     // … bokmål too
		{"godkjenning rekneskap", "regnskap", nil}, // derivation base and bokmål form
		{"valg av leirskole", "leirskole", []string{"valgstyret", "revisjon"}},
		{"av og til", "stopp", nil},   // only stop words: they are searched
		{"horing", "svar", nil},       // typed without æøå, inside a compound
		{"hoyringssvar", "svar", nil}, // nynorsk typed without æøå
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(context.Background(), Query{Text: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			got := stems(res.Hits)
			if len(got) == 0 || got[0] != tt.first {
				t.Errorf("got %v, want %s first", got, tt.first)
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("got %v, want no %s", got, n)
				}
			}
		})
	}
	// regnskap also finds the nynorsk document.
	res, err := ix.Search(context.Background(), Query{Text: "regnskap"})
	if err != nil || !slices.Contains(stems(res.Hits), "rekneskap") {
		t.Errorf("regnskap: %v, %v", stems(res.Hits), err)
	}
}

func TestLinkingVariants(t *testing.T) {
	got := linkingVariants("boltkut")
	for _, want := range []string{"boltekut", "boltskut"} {
		if !slices.Contains(got, want) {
			t.Errorf("linkingVariants(boltkut) = %v, lacks %s", got, want)
		}
	}
	if got := linkingVariants("prikkeregl"); !slices.Contains(got, "prikkregl") {
		t.Errorf("linkingVariants(prikkeregl) = %v, lacks prikkregl", got)
	}
	if got := linkingVariants("valg"); len(got) != 0 {
		t.Errorf("short stem: %v", got)
	}
}

func TestDerivationBases(t *testing.T) {
	for in, want := range map[string][]string{
		"godkjenning": {"godkjen"},
		"utsettelse":  {"utset"},
		"ting":        nil, // too short to be derived
		"møte":        nil,
	} {
		if got := derivationBases(in); !slices.Equal(got, want) {
			t.Errorf("derivationBases(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestProximity: of two documents holding every word equally often, the
// one holding them together in the order typed ranks first.
func TestProximity(t *testing.T) {
	ix := newTestIndex(t)
	recs := []*doc.Record{
		{Path: "apart.txt", Title: "a", Text: "Budsjett for skolen. Her står mye annet om elever og lærere. Vedtatt i mars."},
		{Path: "together.txt", Title: "b", Text: "Vedtatt budsjett for skolen. Her står mye annet om elever og lærere i mars."},
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Text: "vedtatt budsjett"})
	if err != nil {
		t.Fatal(err)
	}
	if got := stems(res.Hits); len(got) != 2 || got[0] != "together" {
		t.Errorf("got %v, want together first", got)
	}
}

func TestOtherForms(t *testing.T) {
	for in, want := range map[string]string{
		"rekneskap":    "regnskap",
		"regnskap":     "rekneskap",
		"vedtek":       "vedtat", // vedteke, vedtatt
		"høyringssvar": "høringssvar",
		"årsrekneskap": "årsregnskap",
		"hoyring":      "horing", // typed without æøå
	} {
		if got := otherForms(Stem(in)); !slices.Contains(got, Stem(want)) {
			t.Errorf("otherForms(%q) = %v, lacks %q", Stem(in), got, Stem(want))
		}
	}
	if got := otherForms(Stem("budsjett")); len(got) != 0 {
		t.Errorf("budsjett: %v", got)
	}
}
