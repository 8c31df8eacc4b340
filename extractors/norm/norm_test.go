package norm

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"blank", " \t\u00A0\n ", ""},
		{"plain", "Referat fra møte", "Referat fra møte"},
		{"nfc ring", "Mo\u0308te i Tro\u0308ndelag, a\u030Apen", "Möte i Tröndelag, åpen"},
		{"nfc aring", "sla\u030Att sammen", "slått sammen"},
		{"nfc oslash stays", "møte", "møte"},
		{"ligature fi", "\uFB01nansiering", "finansiering"},
		{"ligature fl", "\uFB02yt", "flyt"},
		{"ligature ff", "e\uFB00ekt", "effekt"},
		{"ligature ffi", "o\uFB03sielt", "offisielt"},
		{"ligature ffl", "ba\uFB04e", "baffle"},
		{"ligature st", "\uFB05\uFB06", "stst"},
		{"no other nfkc", "m² ½ ™ ①", "m² ½ ™ ①"},
		{"soft hyphen", "infor\u00ADmasjon", "informasjon"},
		{"soft hyphen line end", "infor\u00AD\nmasjon", "informasjon"},
		{"soft hyphen line end crlf", "infor\u00AD \r\nmasjon", "informasjon"},
		{"zero width", "a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf", "abcdef"},
		{"bidi marks", "\u200Ehei\u200F", "hei"},
		{"nbsp", "kr\u00A0500", "kr 500"},
		{"narrow nbsp", "10\u202F000", "10 000"},
		{"thin space", "a\u2009b", "a b"},
		{"em space", "a\u2003\u2003b", "a b"},
		{"ideographic space", "a\u3000b", "a b"},
		{"tabs", "Sak\t33/25\t\tGodkjenning", "Sak 33/25 Godkjenning"},
		{"controls", "a\x00b\x07c\x1bd\x7f", "abcd"},
		{"c1 control", "a\u0085b", "a b"},
		{"form feed", "side 1\fside 2", "side 1 side 2"},
		{"line separator", "a\u2028b", "a b"},
		{"invalid utf8", "a\xffb", "ab"},
		{"collapse", "  mange    mellomrom  ", "mange mellomrom"},
		{"join lines", "Styringsgruppen godkjenner\nny handlingsplan", "Styringsgruppen godkjenner ny handlingsplan"},
		{"crlf", "a\r\nb\rc", "a b c"},
		{"blank lines", "a\n\n\nb", "a b"},
		{"dehyphenate", "infor-\nmasjon", "informasjon"},
		{"dehyphenate spaces", "infor- \n  masjon om", "informasjon om"},
		{"dehyphenate unicode hyphen", "infor\u2010\nmasjon", "informasjon"},
		{"dehyphenate nn", "handsam-\ninga", "handsaminga"},
		{"suspended og", "helse-\nog omsorgssektoren", "helse- og omsorgssektoren"},
		{"suspended eller", "IT-\neller", "IT- eller"},
		{"suspended samt", "tale-\nsamt forslagsrett", "tale- samt forslagsrett"},
		{"suspended slash", "tale-\n/ forslagsrett", "tale- / forslagsrett"},
		{"suspended inline", "Pasient- og brukerorganisasjoner", "Pasient- og brukerorganisasjoner"},
		{"suspended inline slash", "tale- / forslagsrett", "tale- / forslagsrett"},
		{"compound upper", "Sør-\nØst", "Sør-Øst"},
		{"compound region", "Helse Midt-\nNorge RHF", "Helse Midt-Norge RHF"},
		{"compound digit", "Covid-\n19", "Covid-19"},
		{"compound abbr", "IT-\nsystemet", "IT-systemet"},
		{"compound letter", "e-\npost", "e-post"},
		{"compound year", "2020-\ntallet", "2020-tallet"},
		{"dash at line end", "Jon Berge -\nSak 21", "Jon Berge - Sak 21"},
		{"en dash at line end", "Oslo –\nBergen", "Oslo – Bergen"},
		{"hyphen before punct", "se-\n(vedlegg)", "se- (vedlegg)"},
		{"dash kept", "Sikre helseopplysningenes integritet – begrepsavklaringer", "Sikre helseopplysningenes integritet – begrepsavklaringer"},
		{"quotes kept", "«Skal» og “bør” og „x“", "«Skal» og “bør” og „x“"},
		{"bullet", "• Valgkomiteen formaliseres", "Valgkomiteen formaliseres"},
		{"bullet square", "▪ punkt", "punkt"},
		{"bullet white", "◦ punkt", "punkt"},
		{"bullet symbol font", "\uF0B7\tpunkt", "punkt"},
		{"bullet arrow", "➢ punkt", "punkt"},
		{"bullet dash", "– Bedre struktur", "Bedre struktur"},
		{"bullet hyphen", "- Bedre struktur", "Bedre struktur"},
		{"bullet asterisk", "* punkt", "punkt"},
		{"bullet after space", "   •   punkt", "punkt"},
		{"double bullet", "• – punkt", "punkt"},
		{"negative number", "-5 grader", "-5 grader"},
		{"dash word", "–tekst", "–tekst"},
		{"bullet inside", "a • b", "a • b"},
		{"only bullet", "•", ""},
		{"hyphen alone", "-", "-"},
		{"case number", "Sak 21-25 er uklart", "Sak 21-25 er uklart"},
		{"url", "https://normen.no/a-b", "https://normen.no/a-b"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Text(c.in)
			if got != c.want {
				t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
			}
			if again := Text(got); again != got {
				t.Errorf("not idempotent: %q → %q", got, again)
			}
		})
	}
}

// TestLineEndHyphen checks the one rule for a hyphen at a line end: kept
// in a suspended or real compound, dropped in a word hyphenated to fit.
func TestLineEndHyphen(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"infor-\nmasjon", "informasjon"},
		{"Informa-\nsjon", "Informasjon"},
		{"helse-\nog omsorgssektoren", "helse- og omsorgssektoren"},
		{"Helse-\nSør-Øst", "Helse-Sør-Øst"},
		{"e-\nhelse", "e-helse"},
		{"covid-\n19", "covid-19"},
		{"IKT-\nsystemer", "IKT-systemer"},
		{"NAV-\nkontoret", "NAV-kontoret"},
		{"3D-\nprinter", "3D-printer"},
		{"PhD-\nstipendiat", "PhD-stipendiat"},
		{"eHelse-\nstrategien", "eHelse-strategien"},
		{"Norsk helsenett-\nSF", "Norsk helsenett-SF"},
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"møte", "mote"}, {"Møte", "mote"}, {"sløyfemodellen", "sloyfemodellen"},
		{"Ærlig", "aerlig"}, {"blåbær", "blabaer"}, {"Å", "a"}, {"a\u030A", "a"},
		{"é è ê ë", "e e e e"}, {"Müller", "muller"}, {"Bülow-Larsen", "bulow-larsen"},
		{"Sør–Øst", "sor-ost"}, {"a—b―c−d", "a-b-c-d"}, {"«Skal»", `"skal"`},
		{"“bør” „x“", `"bor" "x"`}, {"‘a’", "'a'"}, {"\uFB01n", "fin"}, {"ÆØÅ", "aeoa"},
		{"Straße", "strasse"}, {"ﬀ", "ff"}, {"Ｎｏｒｍｅｎ", "normen"}, {"", ""},
		{"Normen 7.0", "normen 7.0"}, {"KS", "ks"}, {"Łódź", "lodz"},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := Fold(c.in); got != c.want {
				t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestFoldIdempotent(t *testing.T) {
	for _, s := range []string{"møte «Skal» – Sør-Øst", "blåbærsyltetøy", "Ærfugl"} {
		if f := Fold(s); Fold(f) != f {
			t.Errorf("Fold not idempotent on %q", s)
		}
	}
}

func TestLanguage(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"one word", "Referat", ""},
		{"title", "Handlingsplan Normen 2026", ""},
		{"nb sentence", "Styringsgruppen godkjenner ny handlingsplan for 2026, som presentert i møtet.", "nb"},
		{"nb short", "Det er ikke startet på.", "nb"},
		{"nb question", "Hva med webinarer og andre tiltak?", "nb"},
		{"nb hvordan", "Hvordan veilede og produsere nytt materiell?", "nb"},
		{"nn sentence", "Møtet vart halde i Bergen, og saka vart handsama.", "nn"},
		{"nn ikkje", "Eg veit ikkje kva som skjer.", "nn"},
		{"nn korleis", "Korleis skal vi gjere dette frå no av?", "nn"},
		{"nn og", "Dei har òg sendt inn nokon merknader.", "nn"},
		{"nn vere", "Det må vere mogleg å sjå heile saka.", "nn"},
		{"en sentence", "The steering group approved the plan and the strategy.", "en"},
		{"en short", "This is not a test of the system.", "en"},
		{"nb with english quote",
			"Vi har begynt å anvende sløyfemodellen (Bow tie), og vi forsøker å se helhetsbildet. " +
				"Som det står i rapporten: «the risk of the system is not known». Det er ikke avklart.", "nb"},
		{"nn with english quote",
			"Vi har òg lese rapporten «the state of the art». Eg meiner at saka ikkje er ferdig, og vi vil vere med.", "nn"},
		{"en with norwegian name", "The report from Helse Sør-Øst is available on the website of the agency.", "en"},
		{"mixed caps", "IKKE GODKJENT AV STYRET, OG DET ER IKKE KLART", "nb"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Language(c.in); got != c.want {
				t.Errorf("Language(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"infor-\nmasjon", "helse-\nog", "• a", "a\u030A", "\uFB01", "x\u00AD\ny",
		"a\x01\u030A", "- - -", "\u2000a", "Sør-\nØst"} {
		f.Add(s)
	}
	for _, s := range goldenInputs(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again := Text(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
		Fold(out)
		Language(out)
	})
}

func TestFoldForms(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"mote", []string{"mote"}},
		{"møte", []string{"mote", "moete"}},
		{"ålesund", []string{"alesund", "aalesund"}},
		{"blåbær", []string{"blabaer", "blaabaer"}},
		{"ærlig", []string{"aerlig"}}, // æ has one spelling
		{"müller", []string{"muller", "mueller"}},
		{"café", []string{"cafe"}},
	} {
		if got := FoldForms(c.in); !slices.Equal(got, c.want) {
			t.Errorf("FoldForms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
