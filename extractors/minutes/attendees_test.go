package minutes

import (
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestParseEntry(t *testing.T) {
	tests := []struct {
		in   string
		want doc.Attendee
		ok   bool
	}{
		{"Martine Araldsen Løvvik, Apotekforeningen", doc.Attendee{Name: "Martine Araldsen Løvvik", Organization: "Apotekforeningen"}, true},
		{"Christian Cato Bülow-Larsen, Private helsevirksomheter (Representert ved Fürst)",
			doc.Attendee{Name: "Christian Cato Bülow-Larsen", Organization: "Private helsevirksomheter", Note: "Representert ved Fürst"}, true},
		{"Målfrid Frahm Jensen, WSO (We shall overcome)", doc.Attendee{Name: "Målfrid Frahm Jensen", Organization: "WSO", Note: "We shall overcome"}, true},
		{"Pål Jakob Solerød (Folkehelseinstituttet)", doc.Attendee{Name: "Pål Jakob Solerød", Organization: "Folkehelseinstituttet"}, true},
		{"Kari Nordmann (leder)", doc.Attendee{Name: "Kari Nordmann", Role: "leder"}, true},
		{"Ola Hansen (for Kari Nordmann)", doc.Attendee{Name: "Ola Hansen", Replaces: "Kari Nordmann"}, true},
		{"Ola Hansen møtte for Kari Nordmann", doc.Attendee{Name: "Ola Hansen", Replaces: "Kari Nordmann"}, true},
		{"Lise Dahl (FRP) møtte for Siri Berg (FRP)", doc.Attendee{Name: "Lise Dahl", Organization: "FRP", Replaces: "Siri Berg"}, true},
		{"Guri Lid (vara for Olav Rise)", doc.Attendee{Name: "Guri Lid", Replaces: "Olav Rise"}, true},
		{"Per Moe, utvalgssekretær", doc.Attendee{Name: "Per Moe", Role: "utvalgssekretær"}, true},
		{"Per Moe, oppdragsansvarlig revisor", doc.Attendee{Name: "Per Moe", Role: "oppdragsansvarlig revisor"}, true},
		{"Hanne Aas, administrerende direktør", doc.Attendee{Name: "Hanne Aas", Role: "administrerende direktør"}, true},
		{"Ola Hansen, vara for Kari Nordmann, Ap", doc.Attendee{Name: "Ola Hansen", Replaces: "Kari Nordmann", Organization: "Ap"}, true},
		{"Kari Nordmann, leder, Helse Vest RHF", doc.Attendee{Name: "Kari Nordmann", Role: "leder", Organization: "Helse Vest RHF"}, true},
		{"Jon Berge Holden – Helse Sør-Øst RHF", doc.Attendee{Name: "Jon Berge Holden", Organization: "Helse Sør-Øst RHF"}, true},
		{"Ida-Kristin Martinussen, Helse Nord RHF", doc.Attendee{Name: "Ida-Kristin Martinussen", Organization: "Helse Nord RHF"}, true},
		{"Geir Sørensen-Nilsen, ansattvalgt styremedlem", doc.Attendee{Name: "Geir Sørensen-Nilsen", Role: "ansattvalgt styremedlem"}, true},
		{"Kari-Anne Tran, Tilsettvald styremedlem", doc.Attendee{Name: "Kari-Anne Tran", Role: "Tilsettvald styremedlem"}, true},
		{"Ludwig van Beethoven", doc.Attendee{Name: "Ludwig van Beethoven"}, true},
		{"Ordfører Kari Nordmann (Ap)", doc.Attendee{Name: "Kari Nordmann", Role: "Ordfører", Organization: "Ap"}, true},
		{"2. Ola NORDMANN, KS.", doc.Attendee{Name: "Ola NORDMANN", Organization: "KS"}, true},
		{"Per Olsen.", doc.Attendee{Name: "Per Olsen"}, true},
		{"Kristin (Kikki) Solheim", doc.Attendee{Name: "Kristin Solheim", Note: "Kikki"}, true},
		{"Rektor Tone Sanne.", doc.Attendee{Name: "Tone Sanne", Role: "Rektor"}, true},
		{": Monica A.Espeland", doc.Attendee{Name: "Monica A.Espeland"}, true},
		{"Andre Sævik (til kl. 18.40)", doc.Attendee{Name: "Andre Sævik", Note: "til kl. 18.40"}, true},
		{"Kari Nordmann (Vik kommune)", doc.Attendee{Name: "Kari Nordmann", Organization: "Vik kommune"}, true},
		{"Ola (leder) Hansen", doc.Attendee{Name: "Ola Hansen", Role: "leder"}, true},
		{"Rektor Tone", doc.Attendee{}, false},
		{"Kari Dahl (Ola Berg som vara)", doc.Attendee{Name: "Kari Dahl", Note: "Ola Berg som vara"}, true},
		{"Kari Dahl (Fram til kl. 19)", doc.Attendee{Name: "Kari Dahl", Note: "Fram til kl. 19"}, true},
		{"Sekretariatet for Normen", doc.Attendee{}, false},
		{"Helse Vest RHF", doc.Attendee{}, false},
		{"Det var lite ledere til stede.", doc.Attendee{}, false},
		{"Saksliste", doc.Attendee{}, false},
		{"Politisk sekretariat", doc.Attendee{}, false},
		{"Kari Utvalgssekretær", doc.Attendee{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseEntry(tc.in, 2)
			if ok != tc.ok || got != tc.want {
				t.Errorf("parseEntry(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestParseInline(t *testing.T) {
	tests := []struct {
		in   string
		want []string // name|organization|role
	}{
		{"Kari Nordmann (leder), Ola Hansen, Per Olsen", []string{"Kari Nordmann||leder", "Ola Hansen||", "Per Olsen||"}},
		{"Pål Jakob Solerød (Folkehelseinstituttet), Harald Torbjørnsen (KiNS), Stian Rugsveen Engen (KS)",
			[]string{"Pål Jakob Solerød|Folkehelseinstituttet|", "Harald Torbjørnsen|KiNS|", "Stian Rugsveen Engen|KS|"}},
		{"Kari Nordmann, KS; Ola Hansen, Helse Vest RHF", []string{"Kari Nordmann|KS|", "Ola Hansen|Helse Vest RHF|"}},
		{"Kari Nordmann, Teknorge, Ola Hansen, KS", []string{"Kari Nordmann|Teknorge|", "Ola Hansen|KS|"}},
		{"Kari, Ola og Per", []string{"Kari||", "Ola||", "Per||"}},
		{"Johanne Dahl, Bjørn", []string{"Johanne Dahl||", "Bjørn||"}},
		{"Styreleder Kari Dahl, nestleder Ola Berg og styremedlem Per Moe.", []string{"Kari Dahl||Styreleder", "Ola Berg||nestleder", "Per Moe||styremedlem"}},
		{"Kari Dahl, Ola Berg, Per Moe. Eva Lie kom kl. 19.00.", []string{"Kari Dahl||", "Ola Berg||", "Per Moe||"}},
		{"Anne B. Nilsen, Prof. Kari Dahl", []string{"Anne B. Nilsen||", "Kari Dahl||Prof."}},
		{"Ola Berg, kasserer", []string{"Ola Berg||kasserer"}},
		{"Kari Dahl (Syk), Ola Berg (Ferie)", []string{"Kari Dahl||", "Ola Berg||"}},
		{"Kari Nordmann, Ola Hansen, Per", []string{"Kari Nordmann||", "Ola Hansen||", "Per||"}},
		{"Ingeborg (7 min sein), Jonas", []string{"Ingeborg||", "Jonas||"}},
		{"Ingen", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, a := range parseInline(tc.in) {
				got = append(got, a.Name+"|"+a.Organization+"|"+a.Role)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			}
		})
	}
}

func TestAttendeeSections(t *testing.T) {
	tests := []attendeeCase{ // name|status|role|replaces
		{"nynorsk labels", []doc.Block{p("Til stades: Kari Nordmann (leiar)"), p("Fråverande: Ola Hansen"), p("Meldt forfall: Per Olsen")},
			[]string{"Kari Nordmann|present|leiar|", "Ola Hansen|absent||", "Per Olsen|absent||"}},
		{"substitutes with møtte for", []doc.Block{p("Varamedlemmer som møtte:"), li("Lise Dahl møtte for Siri Berg")},
			[]string{"Lise Dahl|substitute||Siri Berg"}},
		{"role sections", []doc.Block{p("Observatør: Amund Lundgaard"), p("Sekretariat:"), li("Jan Gunnar Broch")},
			[]string{"Amund Lundgaard|present|Observatør|", "Jan Gunnar Broch|present|Sekretariat|"}},
		{"label cell and names cell", []doc.Block{row("Til stede", "Kari Nordmann, Ola Hansen, Per Olsen"), row("Forfall", "Lise Berg")},
			[]string{"Kari Nordmann|present||", "Ola Hansen|present||", "Per Olsen|present||", "Lise Berg|absent||"}},
		{"table cells as paragraphs", []doc.Block{h(2, "Deltakere"), p("Navn"), p("Funksjon"), p("Kari Nordmann"), p("Leder"), p("Ola Hansen"), p("Medlem"), p("Saksliste")},
			[]string{"Kari Nordmann|present|Leder|", "Ola Hansen|present|Medlem|"}},
		{"status column", []doc.Block{row("Navn", "Rolle", "Møtt"), row("Kari Nordmann", "Leder", "Ja"), row("Ola Hansen", "Medlem", "Forfall")},
			[]string{"Kari Nordmann|present|Leder|", "Ola Hansen|absent|Medlem|"}},
		{"vara role", []doc.Block{p("Medlemmer (inkl. møtende varamedlemmer):"), row("Navn", "Funksjon"), row("Flæten Ole Jacob", "Leder"), row("Vik Jørgen", "Varamedlem")},
			[]string{"Flæten Ole Jacob|present|Leder|", "Vik Jørgen|substitute|Varamedlem|"}},
		{"wrapped inline list", []doc.Block{p("Forfall: Pål Jakob Solerød (Folkehelseinstituttet), Harald Torbjørnsen"), p("(KiNS), Stian Rugsveen Engen (KS)")},
			[]string{"Pål Jakob Solerød|absent||", "Harald Torbjørnsen|absent||", "Stian Rugsveen Engen|absent||"}},
		{"first row merged into the header", []doc.Block{row("Navn\nPettersen Knut", "Funksjon\nLeder", "Møtt (sett kryss)"), row("Østebrød Magnus", "Nestleder", "")},
			[]string{"Pettersen Knut|present|Leder|", "Østebrød Magnus|present|Nestleder|"}},
		{"empty header cells", []doc.Block{row("Navn", "", "Funksjon", ""), row("Mossing Arild Ormstad", "", "Medlem", "")},
			[]string{"Mossing Arild Ormstad|present|Medlem|"}},
		{"column of names", []doc.Block{p("Medlemmer (inkl. møtende varamedlemmer):"), h(3, "Navn"), p("Krog Lisbeth Hammer"), p("Wikan Siw"), h(3, "Funksjon")},
			[]string{"Krog Lisbeth Hammer|present||", "Wikan Siw|present||"}},
		{"columns one after the other", []doc.Block{p("Medlemmer (inkl. møtende varamedlemmer):"), h(3, "Navn"), p("Krog Lisbeth Hammer"),
			p("Hall Pia Farstad von"), p("Wikan Siw"), h(3, "Funksjon"), p("Leder"), p("Medlem"), p("Varamedlem"), h(4, "A2 Valgtinget")},
			[]string{"Krog Lisbeth Hammer|present|Leder|", "Hall Pia Farstad von|present|Medlem|", "Wikan Siw|substitute|Varamedlem|"}},
		{"column with too few values", []doc.Block{p("Medlemmer:"), h(3, "Navn"), p("Krog Lisbeth Hammer"), p("Wikan Siw"),
			h(3, "Funksjon"), p("Leder"), h(3, "Representerer"), p("Ap"), p("H")},
			[]string{"Krog Lisbeth Hammer|present||", "Wikan Siw|present||"}},
		{"rows stacked by a PDF", []doc.Block{p("Faste medlemmar som møtte:"),
			row("Namn\nElisabeth Bråten Ølstad\nLeila Isaksen\nFaste medlemmar som ikkje møtte:", "Funksjon\nLeiar\nNestleiar", "Representerer\nPP\nMDG"),
			row("Namn\nLars Hauge\nKari Jakobsen-Ølstad", "Funksjon\nMedlem", "Representerer\nAp\nPP")},
			[]string{"Elisabeth Bråten Ølstad|present|Leiar|", "Leila Isaksen|present|Nestleiar|", "Lars Hauge|absent||", "Kari Jakobsen-Ølstad|absent||"}},
		{"wrapped name is no stack", []doc.Block{row("Navn", "Funksjon"), row("Ida-Kristin Baugstø-\nHartvigsen", "Leder")},
			[]string{"Ida-Kristin Baugstø-Hartvigsen|present|Leder|"}},
		{"label drawn into the last row", []doc.Block{p("Faste medlemmer som møtte:"), row("Navn", "Funksjon"),
			row("Aleksander Svendsen\nFaste medlemmer som ikke møtte:", "Medlem"), row("Navn", "Funksjon"), row("Signe Strøm\nSaksliste", "Medlem")},
			[]string{"Aleksander Svendsen|present|Medlem|", "Signe Strøm|absent|Medlem|"}},
		{"label run into a name", []doc.Block{p("Faste medlemmar som møtte:"), row("Namn", "Funksjon"),
			row("Henriette Gundersen-Nowak Faste medlemmar som ikkje møtte:", "Medlem"), row("Namn", "Funksjon"), row("Kari-Anne Svendsen-Bøe", "Medlem")},
			[]string{"Henriette Gundersen-Nowak|present|Medlem|", "Kari-Anne Svendsen-Bøe|absent|Medlem|"}},
		{"labels before their tables", []doc.Block{p("Faste medlemmer som møtte:"), p("Faste medlemmer som ikke møtte:"),
			row("Navn", "Funksjon"), row("Ståle Amundsen", "Leder"), row("Navn", "Funksjon"), row("Bård Solerød", "Medlem")},
			[]string{"Ståle Amundsen|present|Leder|", "Bård Solerød|absent|Medlem|"}},
		{"labels without lists at the end", []doc.Block{p("Til stede:"), p("Forfall:")}, nil},
		{"posts are no names", []doc.Block{p("Referent: Utvalgssekretær"), p("Sekretær: Seniorrådgiver Kari Nordmann"), p("Referent: Ida")},
			[]string{"Kari Nordmann|present|Seniorrådgiver|", "Ida|present|Referent|"}},
		{"listed twice", []doc.Block{p("Til stede: Kari Nordmann, Ola Hansen"), p("Referent: Ola Hansen")},
			[]string{"Kari Nordmann|present||", "Ola Hansen|present|Referent|"}},
		{"no person", []doc.Block{p("Referent: Sekretariatet for Normen"), p("Forfall: Ingen")}, nil},
		{"label run into a list item", []doc.Block{p("Til stede:"), li("Eirik Dale, Vik kommune Observatør: Trond Moe, KS"), li("Anne Lie, KS")},
			[]string{"Eirik Dale|present||", "Trond Moe|present|Observatør|", "Anne Lie|present|Observatør|"}},
		{"labels run into paragraphs", []doc.Block{p("Møtende medlemmer:"), p("Kari Nordmann (Ap) Forfall: Ola Hansen (H) Referent: Per Moe")},
			[]string{"Kari Nordmann|present||", "Ola Hansen|absent||", "Per Moe|present|Referent|"}},
		{"role label run into a paragraph", []doc.Block{p("Møtende medlemmer:"), p("Kari Nordmann, Ap Møteleder: Ola Hansen, H Referent: Per Moe")},
			[]string{"Kari Nordmann|present||", "Ola Hansen|present|Møteleder|", "Per Moe|present|Referent|"}},
		{"label in discussion text", []doc.Block{p("Saken ble drøftet."), li("Eirik Dale, Vik kommune Observatør: Trond Moe, KS")}, nil},
	}
	runAttendeeCases(t, tests, func(a doc.Attendee) []string { return []string{a.Name, a.Status, a.Role, a.Replaces} })
}

func TestUnknownColumns(t *testing.T) {
	tests := []attendeeCase{ // name|org|role|status|note
		{"unknown column kept as a note", []doc.Block{row("Navn", "Parti", "E-post"), row("Kari Nordmann", "AP", "kari@vik.no")},
			[]string{"Kari Nordmann|AP||present|kari@vik.no"}},
		{"unknown column in the middle", []doc.Block{row("Navn", "Telefon", "Rolle"), row("Ola Hansen", "99 88 77 66", "Leder")},
			[]string{"Ola Hansen||Leder|present|99 88 77 66"}},
		{"only unknown columns", []doc.Block{row("Navn", "E-post", "Telefon"), row("Kari Nordmann", "kari@vik.no", "99 88 77 66")}, nil},
	}
	runAttendeeCases(t, tests, func(a doc.Attendee) []string { return []string{a.Name, a.Organization, a.Role, a.Status, a.Note} })
}

func TestHeaderlessRows(t *testing.T) {
	tests := []attendeeCase{ // name|org|role|status
		{"two columns of names", []doc.Block{p("Til stede:"), row("Ola Nordmann", "Anne Berg"), row("Kari Nordmann", "Per Hansen")},
			[]string{"Ola Nordmann|||present", "Anne Berg|||present", "Kari Nordmann|||present", "Per Hansen|||present"}},
		{"three columns of names", []doc.Block{p("Forfall:"), row("Kari Nordmann", "Per Hansen", "Lise Dahl")},
			[]string{"Kari Nordmann|||absent", "Per Hansen|||absent", "Lise Dahl|||absent"}},
		{"a short last row", []doc.Block{p("Møtende medlemmer:"), row("Kari Nordmann", "Per Hansen", "Lise Dahl"), row("Jon Vik", "", "")},
			[]string{"Kari Nordmann|||present", "Per Hansen|||present", "Lise Dahl|||present", "Jon Vik|||present"}},
		{"names with organisations", []doc.Block{p("Til stede:"), row("Kari Nordmann, KS", "Ola Hansen, Helse Vest RHF")},
			[]string{"Kari Nordmann|KS||present", "Ola Hansen|Helse Vest RHF||present"}},
		{"name and organisation", []doc.Block{p("Til stede:"), row("Kari Nordmann", "Bergen kommune"), row("Ola Hansen", "Helse Vest RHF", "Leder")},
			[]string{"Kari Nordmann|Bergen kommune||present", "Ola Hansen|Helse Vest RHF|Leder|present"}},
		{"an organisation that reads as a name", []doc.Block{p("Til stede:"), row("Kari Nordmann", "Nordre Follo"), row("Ola Hansen", "Bergen kommune")},
			[]string{"Kari Nordmann|Nordre Follo||present", "Ola Hansen|Bergen kommune||present"}},
		{"name and role", []doc.Block{p("Til stede:"), row("Kari Nordmann", "Leder"), row("Ola Hansen", "Statsforvalteren", "Medlem")},
			[]string{"Kari Nordmann||Leder|present", "Ola Hansen|Statsforvalteren|Medlem|present"}},
		{"action table after the names", []doc.Block{p("Til stede:"), row("Kari Nordmann", "Per Hansen"),
			row("Tiltak", "Ansvar", "Frist"), row("Budsjett", "Kari Nordmann", "01.03.2025")},
			[]string{"Kari Nordmann|||present", "Per Hansen|||present"}},
		{"action rows without a header", []doc.Block{p("Til stede:"), row("Kari Nordmann", "KS"),
			row("Oppdatere Nettsiden", "Per Hansen", "1. mars"), row("Ola Hansen", "Innkalling", "Uke 12")},
			[]string{"Kari Nordmann|KS||present"}},
		{"a sentence ends the list", []doc.Block{p("Til stede:"), row("Kari Nordmann", "KS"), row("Rapporten.", "Per Hansen")},
			[]string{"Kari Nordmann|KS||present"}},
	}
	runAttendeeCases(t, tests, func(a doc.Attendee) []string { return []string{a.Name, a.Organization, a.Role, a.Status} })
}

// attendeeCase is a row of the attendee section tests: blocks in, and the
// attendees found, each as some of its fields joined by "|".
type attendeeCase struct {
	name   string
	blocks []doc.Block
	want   []string
}

// runAttendeeCases runs findAttendees on each case and compares the
// attendees, each as the fields cols picks.
func runAttendeeCases(t *testing.T, tests []attendeeCase, cols func(doc.Attendee) []string) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := flatten(tc.blocks)
			var got []string
			for _, a := range findAttendees(lines, make([]bool, len(lines))) {
				got = append(got, strings.Join(cols(a), "|"))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
