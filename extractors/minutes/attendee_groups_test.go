package minutes

import (
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// The layouts below are paraphrased from real minutes of parents' councils,
// student boards and associations, with invented names.

func TestGroupedAttendees(t *testing.T) {
	tests := []attendeeCase{ // name|organization|status
		{"class levels before a dash under a wiki heading", []doc.Block{p("==Tilstede:=="), li("1. trinn - Kari Dahl, Ola Berg"),
			li("2. trinn - Per Moe (kom kl 19.40)"), p("==Saker==")},
			[]string{"Kari Dahl||present", "Ola Berg||present", "Per Moe||present"}},
		{"groups before a colon under sub-headings", []doc.Block{h(1, "Oppmøte"), h(2, "Tilstede"), li("Ledelsen: Siri Lunde"),
			li("3. trinn: Tor Aas, Eva Lie"), h(2, "Fraværende"), li("4. trinn: Mia Holm"), h(1, "Orienteringssaker ved rektor Siri Lunde")},
			[]string{"Siri Lunde||present", "Tor Aas||present", "Eva Lie||present", "Mia Holm||absent"}},
		{"wiki list items run together", []doc.Block{p("===Tilstede==="), li("Tom Lie *1. trinn: Kari Dahl, Ola Berg *2. trinn: Per Moe, *7. trinn: ingen"),
			p("*Fraværende: Eva Lie"), p("==Saker==")},
			[]string{"Tom Lie||present", "Kari Dahl||present", "Ola Berg||present", "Per Moe||present", "Eva Lie||absent"}},
		{"definition lists run together", []doc.Block{h(2, "Fremmøte"), h(3, "Tilstede:"), p(`1\. trinn : Kari Dahl : Ola Berg`),
			p("SFO : Lise Vik"), p(`6\. trinn : Per Moe (til kl. 18.40) : Ane Ruud, Jon Lid`), h(2, "Saker")},
			[]string{"Kari Dahl||present", "Ola Berg||present", "Lise Vik||present", "Per Moe||present", "Ane Ruud||present", "Jon Lid||present"}},
		{"definition list in lines", []doc.Block{p("Tilstede:"), p(`1\. trinn`), p(": Kari Dahl"), p(": Ola Berg"), p("FAU"), p(": Per Moe")},
			[]string{"Kari Dahl||present", "Ola Berg||present", "Per Moe||present"}},
		{"group headings and an organisation heading", []doc.Block{p("Tilstede:"), h(3, "1. trinn"), p("Kari Dahl"),
			p("Ola (Olli) Berg"), h(3, "2. trinn"), p("Per Moe,"), h(3, "Vik Skole"), p("Rektor Siri Lunde."), h(2, "Saker"), p("Lise Vik Dahl")},
			[]string{"Kari Dahl||present", "Ola Berg||present", "Per Moe||present", "Siri Lunde|Vik Skole|present"}},
		{"two names in a line sorted by group labels", []doc.Block{p("Tilstede"), p("Ledelsen"), p("Rektor Siri Lunde"), p("6. trinn"),
			p("Vibeke Dahl"), p("Jon Li, Linda N Berg"), p("7. trinn"), p("Ola Berg, Vik kommune")},
			[]string{"Siri Lunde||present", "Vibeke Dahl||present", "Jon Li||present", "Linda N Berg||present", "Ola Berg|Vik kommune|present"}},
		{"organisations over their people", []doc.Block{p("Til stede:"), p("Norkart:"), li("Kari Dahl"), li("Ola Berg"), p("Statens vegvesen:"), li("Per Moe"),
			p("Fra Vik kommune:"), li("Siv Ek"), p("Eva Lie:"), li("Tor Aas")},
			[]string{"Kari Dahl|Norkart|present", "Ola Berg|Norkart|present", "Per Moe|Statens vegvesen|present", "Siv Ek|Vik kommune|present"}},
		{"organisation headings", []doc.Block{h(2, "Til stede"), h(3, "Norkart"), li("Kari Dahl"), h(3, "Kartverket"), li("Per Moe"),
			h(2, "Saker"), h(3, "Sak 1/24 Budsjett"), li("Eva Lie")},
			[]string{"Kari Dahl|Norkart|present", "Per Moe|Kartverket|present"}},
		{"a case heading after an empty label", []doc.Block{p("Til stede:"), h(2, "Sak 1/24 Budsjett"), li("Eva Lie")}, nil},
		{"a group that sent nobody", []doc.Block{p("Tilstede:"), p("1. trinn"), p("Kari Dahl"), p("2. trinn"), p("Ikke representert"),
			p("3. trinn"), p("Ola Berg"), h(2, "Saker")},
			[]string{"Kari Dahl||present", "Ola Berg||present"}},
		{"posts before a colon", []doc.Block{p("Til stede:"), li("Leder: Kari Dahl (4. trinn)"), li("Kasserer: Ola Berg"), li("Web ansvarlig: Per Moe (2. trinn)")},
			[]string{"Kari Dahl||present", "Ola Berg||present", "Per Moe||present"}},
		{"organisations before a colon", []doc.Block{p("Til stede:"), li("Vik kommune: Kari Dahl, Ola Berg"), li("Lise Moe - Nordre Follo kommune")},
			[]string{"Kari Dahl|Vik kommune|present", "Ola Berg|Vik kommune|present", "Lise Moe|Nordre Follo kommune|present"}},
		{"one more after the list", []doc.Block{p("Tilstede:"), p("Kari Dahl"), p("*I tillegg var rektor Siri Lunde med til kl. 18.50.*")},
			[]string{"Kari Dahl||present", "Siri Lunde||present"}},
		{"a heading at another level ends the list", []doc.Block{p("Tilstede:"), h(3, "1. trinn"), p("Kari Dahl"), h(2, "Økonomi"), p("Ola Berg")},
			[]string{"Kari Dahl||present"}},
		{"a heading at the group level over a sentence ends the list", []doc.Block{p("Tilstede:"), h(3, "1. trinn"), p("Kari Dahl"),
			h(3, "Vik skole"), p("Skolen har fått nye pulter.")},
			[]string{"Kari Dahl||present"}},
		{"a label and text after the list", []doc.Block{p("Til stede: Kari Dahl, Ola Berg"), p("Saker: Budsjett og plan")},
			[]string{"Kari Dahl||present", "Ola Berg||present"}},
		{"a task's owner after the list", []doc.Block{p("Til stede: Kari Dahl, Ola Berg"), p("Ansvarlig: Eir")},
			[]string{"Kari Dahl||present", "Ola Berg||present"}},
		{"an agenda item after the list", []doc.Block{p("Til stede:"), li("Kari Dahl"), li("Ola Berg"), li("Sak 1: Budsjett"), li("Per Moe")},
			[]string{"Kari Dahl||present", "Ola Berg||present"}},
		{"a remark after the list", []doc.Block{p("Til stede:"), li("Kari Dahl"), li("merk: Ola Berg kom senere")},
			[]string{"Kari Dahl||present"}},
		{"aligned names with organisations under a label cell", []doc.Block{row("Til stede:", "(Stemmeberettigede)", ""),
			row("", "Kari Dahl", "(NMBU)"), row("", "Ola Berg", "(Ola Berg)"), row("", "Per Moe", "(Vik kommune)"), row("Referent:", "Per Moe", "")},
			[]string{"Kari Dahl|NMBU|present", "Ola Berg||present", "Per Moe|Vik kommune|present"}},
		{"organisation in the label", []doc.Block{p("Til stede fra Vik kommune: Kari Dahl, Ola Berg (KS)"), p("Til stede fra styret: Per Moe"),
			p("Forfall fra kl. 18: Eva Lie")},
			[]string{"Kari Dahl|Vik kommune|present", "Ola Berg|KS|present", "Per Moe||present", "Eva Lie||absent"}},
		{"initials are no organisation", []doc.Block{p("Til stede: Kari Dahl (KD), Ola Berg (NAV)")},
			[]string{"Kari Dahl||present", "Ola Berg|NAV|present"}},
		{"organisation repeated in the name cell", []doc.Block{h(2, "Oppmøte"), row("Navn", "Tilhørighet"), row("Kari Dahl", "Vik kommune"),
			row("Ola Berg NIBIO", "NIBIO"), row("Per Moe Bergen Skole", "Bergen Skole"), row("Eva Nes", "Nes kommune"), row("Lise Lie", "")},
			[]string{"Kari Dahl|Vik kommune|present", "Ola Berg|NIBIO|present", "Per Moe|Bergen Skole|present", "Eva Nes|Nes kommune|present", "Lise Lie||present"}},
	}
	runAttendeeCases(t, tests, func(a doc.Attendee) []string { return []string{a.Name, a.Organization, a.Status} })
}

func TestAbsence(t *testing.T) {
	tests := []attendeeCase{ // name|status
		{"absence labels", []doc.Block{p("Til stede: Kari Dahl, Ola Berg"), p("Meldt forfall: Eva Lie, Tor"), p("Mangler: Per Moe")},
			[]string{"Kari Dahl|present", "Ola Berg|present", "Eva Lie|absent", "Tor|absent", "Per Moe|absent"}},
		{"frafall", []doc.Block{p("Til stede: Kari Dahl, Ola Berg"), p("Frafall: Per Moe")},
			[]string{"Kari Dahl|present", "Ola Berg|present", "Per Moe|absent"}},
		{"nobody absent", []doc.Block{p("Til stede: Kari Dahl, Ola Berg"), p("Frafall: Ingen")},
			[]string{"Kari Dahl|present", "Ola Berg|present"}},
		{"nynorsk", []doc.Block{p("Til stades: Kari Dahl"), p("Møtte ikkje: Ola Berg"), p("Forfall: Per Moe")},
			[]string{"Kari Dahl|present", "Ola Berg|absent", "Per Moe|absent"}},
		{"more labels", []doc.Block{p("Tilstedeværende: Kari Dahl"), p("Ordstyrer: Ola Berg"), p("Følgende var til stede: Per Moe")},
			[]string{"Kari Dahl|present", "Ola Berg|present", "Per Moe|present"}},
		{"misspelt label", []doc.Block{p("Tilstedet på møtet:"), li("Kari Dahl"), li("Ola Berg")},
			[]string{"Kari Dahl|present", "Ola Berg|present"}},
		{"first names", []doc.Block{p("Oppmøte: Kari, Ola, Per og Eva")},
			[]string{"Kari|present", "Ola|present", "Per|present", "Eva|present"}},
		{"summoned but not present", []doc.Block{h(3, "Innkalte"), p("Kari Dahl Lund, Ola Berg, Eva Lie, Per Moe"), h(3, "Til stede"), p("Kari, Ola, Per")},
			[]string{"Kari|present", "Ola|present", "Per|present", "Eva Lie|absent"}},
		{"summoned with a shared first name", []doc.Block{p("Innkalte: Kari Dahl, Kari Moe, Ola Berg"), p("Til stede: Kari, Ola")},
			[]string{"Kari|present", "Ola|present"}},
		{"summoned and who was not there", []doc.Block{p("Innkalt: Kari Dahl, Ola Berg, Per Moe"), p("Forfall: Per Moe")},
			[]string{"Per Moe|absent", "Kari Dahl|present", "Ola Berg|present"}},
		{"summoned and all present", []doc.Block{p("Innkalt: Kari Dahl, Ola Berg"), p("Til stede: Kari Dahl, Ola Berg")},
			[]string{"Kari Dahl|present", "Ola Berg|present"}},
		{"a sentence says who could not come", []doc.Block{h(2, "Oppmøte"), row("Navn", "Tilhørighet"), row("Kari Dahl", "Vik kommune"),
			row("Ola Berg", "NIBIO"), h(2, "Møteleder"), p("Ola Bergh kunne ikke komme på grunn av sykdom, derfor ledet Kari Dahl møtet.")},
			[]string{"Kari Dahl|present", "Ola Berg|absent"}},
		{"a short sentence says who could not come", []doc.Block{p("Til stede: Kari Dahl, Ola Berg"), p("Ola Berg kunne ikke komme"), p("Per Moe")},
			[]string{"Kari Dahl|present", "Ola Berg|absent"}},
		{"a sentence about someone not listed", []doc.Block{p("Til stede: Kari Dahl"), p("Eva Lie kunne ikke komme."), p("Kari kunne ikke svare.")},
			[]string{"Kari Dahl|present"}},
		{"role holders in items", []doc.Block{p("Til stede: Kari Dahl, Ola Berg"), h(2, "Sak 1/24: Valg"), p("Sekretær: Ola"),
			li("Møteleder: Kari (Ola som vara)"), p("Referent: Per Moe")},
			[]string{"Kari Dahl|present", "Ola Berg|present"}},
	}
	runAttendeeCases(t, tests, func(a doc.Attendee) []string { return []string{a.Name, a.Status} })
}

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Kari", "Kari Dahl", true},
		{"Kari Dahl", "kari", true},
		{"Antonio Armaz Diaz", "Antonio Armas Diaz", true},
		{"Ola Berg", "Ola Bergh", true},
		{"Ola", "Per Dahl", false},
		{"Ola Berg", "Ola Borg Lie", false},
		{"Kari Dahl", "Kari Moe", false},
	}
	for _, tc := range tests {
		if got := samePerson(tc.a, tc.b); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestGroupLabel(t *testing.T) {
	for _, s := range []string{"1. trinn", `1\. trinn`, "7.klasse", "Trinn 3", "Ledelsen", "SFO", "FAU:", "VG2"} {
		if !isGroupLabel(entryText(s)) {
			t.Errorf("isGroupLabel(%q) = false", s)
		}
	}
	for _, s := range []string{"Vik skole", "Norkart", "Kari Dahl", "1. mai", "Trinnvis plan"} {
		if isGroupLabel(s) {
			t.Errorf("isGroupLabel(%q) = true", s)
		}
	}
}

func TestGroupPrefix(t *testing.T) {
	tests := []struct {
		in, head, rest string
	}{
		{"1. trinn - Kari Dahl, Ola Berg", "1. trinn", "Kari Dahl, Ola Berg"},
		{`1\. trinn : Kari Dahl : Ola Berg`, "1. trinn", "Kari Dahl , Ola Berg"},
		{"Ledelsen: Rektor Kari Dahl", "Ledelsen", "Rektor Kari Dahl"},
		{"Vik kommune: Kari Dahl", "Vik kommune", "Kari Dahl"},
		{"Kasserer: Ola Berg", "Kasserer", "Ola Berg"},
		{"Kari Dahl - Vik kommune", "", ""},
		{"Sak 1: Budsjett", "", ""},
		{"Ansvarlig: Eir", "", ""},
		{"Vik kommune: Kari", "", ""},
		{"merk: Ola Berg", "", ""},
		{"Kari Dahl (leder): Ola Berg", "", ""},
		{"Møtet startet kl. 18:30 - Kari Dahl ledet", "", ""},
	}
	for _, tc := range tests {
		head, rest, ok := groupPrefix(tc.in)
		if ok != (tc.head != "") || head != tc.head || rest != tc.rest {
			t.Errorf("groupPrefix(%q) = %q, %q, %v; want %q, %q", tc.in, head, rest, ok, tc.head, tc.rest)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kari Dahl, Per Moe. Eva Lie kom kl. 19.", "Kari Dahl, Per Moe"},
		{"Anne B. Nilsen, Per Moe", "Anne B. Nilsen, Per Moe"},
		{"Prof. Kari Dahl", "Prof. Kari Dahl"},
		{"Kari Dahl (kom kl. 19. Sein), Per Moe", "Kari Dahl (kom kl. 19. Sein), Per Moe"},
		{"Kari Dahl. ", "Kari Dahl. "},
	}
	for _, tc := range tests {
		if got := firstSentence(tc.in); got != tc.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
