package minutes

import (
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

func TestFindMeeting(t *testing.T) {
	ref := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		title  string
		blocks []doc.Block
		want   *doc.Meeting
	}{
		{"labelled lines", "Referat",
			[]doc.Block{p("Til Styringsgruppen for Normen"), p("Møtetidspunkt: Tirsdag 02.12.25 12:00 – 15:30"), p("Sted: Teams")},
			&doc.Meeting{Body: "Styringsgruppen for Normen", Date: "2025-12-02", Start: "12:00", End: "15:30", Place: "Teams"}},
		{"header table", "Møteprotokoll",
			[]doc.Block{row("Utvalg:", "Valgstyret"), row("Møtedato:", "03.09.2025"), row("Tid:", "kl. 18.00"), row("Møtestad:", "Kommunehuset")},
			&doc.Meeting{Body: "Valgstyret", Date: "2025-09-03", Start: "18:00", Place: "Kommunehuset"}},
		{"several labels on a line", "Protokoll",
			[]doc.Block{p("Dato: 12.03.2024 Tid: 09:00–11:00 Sted: Rådhuset")},
			&doc.Meeting{Date: "2024-03-12", Start: "09:00", End: "11:00", Place: "Rådhuset"}},
		{"roles and fields on one line", "Referat",
			[]doc.Block{p("Møteleder: Kari Nordmann Referent: Ola Hansen Dato: 12.03.2024 Tid: 9.00-11.30 Sted: Rådhuset")},
			&doc.Meeting{Date: "2024-03-12", Start: "09:00", End: "11:30", Place: "Rådhuset"}},
		{"dotted time span in a table", "Referat",
			[]doc.Block{row("Dato:", "20.03.2025"), row("Tid:", "12.30–14.00")},
			&doc.Meeting{Date: "2025-03-20", Start: "12:30", End: "14:00"}},
		{"time and place together", "Referat fra styremøtet",
			[]doc.Block{p("Tid og sted: 5. mai 2025 kl. 10–12, Rådhuset")},
			&doc.Meeting{Date: "2025-05-05", Start: "10:00", End: "12:00", Place: "Rådhuset"}},
		{"title only", "Protokoll fra møte i Formannskapet 12.03.2024", nil,
			&doc.Meeting{Body: "Formannskapet", Date: "2024-03-12"}},
		{"case protocol title", "Saksprotokoll i Kommunestyret - 14.11.2024", nil,
			&doc.Meeting{Body: "Kommunestyret", Date: "2024-11-14"}},
		{"body from the decisions, end from adjournment", "Møtebok",
			[]doc.Block{p("Dato: 1. juni 2025"), p("Sak 1/25 Godkjenning"), p("Valgstyrets vedtak:"), p("Godkjent."), p("Møtet ble hevet kl. 19.30")},
			&doc.Meeting{Body: "Valgstyret", Date: "2025-06-01", End: "19:30"}},
		{"body under a bare title, opening and closing notes", "MØTEPROTOKOLL",
			[]doc.Block{h(1, "MØTEPROTOKOLL"), p("Formannskapet"), p("Møtedato: 05.03.2024"), p("Møtet ble satt kl. 10.00."),
				p("PS 1/24 Godkjenning"), p("Møtet ble hevet kl. 14.30.")},
			&doc.Meeting{Body: "Formannskapet", Date: "2024-03-05", Start: "10:00", End: "14:30"}},
		{"nynorsk", "Møtebok",
			[]doc.Block{p("Møtestad: Kommunehuset"), p("Møtedato: 4. mars 2024"), p("Sak 1/24 Val"), p("Kommunestyret sitt vedtak:"), p("Godkjent.")},
			&doc.Meeting{Body: "Kommunestyret", Date: "2024-03-04", Place: "Kommunehuset"}},
		{"case system header, body under a combined label", "Møteprotokoll",
			[]doc.Block{p("Styre/råd/utvalg: Eldrerådet"), p("Møtested: Rådhuset"), p("Dato: 12.03.2024"), p("Tid: kl. 10.00")},
			&doc.Meeting{Body: "Eldrerådet", Date: "2024-03-12", Start: "10:00", Place: "Rådhuset"}},
		{"nynorsk header, start and end under their own labels", "Møtebok",
			[]doc.Block{p("Styre, råd, utval: Eldrerådet"), p("Møtestad: Kommunehuset"), p("Møtedato: 12.03.2024"), p("Frå kl.: 10:00"), p("Til kl.: 12:30")},
			&doc.Meeting{Body: "Eldrerådet", Date: "2024-03-12", Start: "10:00", End: "12:30", Place: "Kommunehuset"}},
		{"from-to label", "MØTEPROTOKOLL",
			[]doc.Block{p("Utval: Hovudutval for oppvekst"), p("Dato: 12.03.2024"), p("Frå - til: 10:00 - 12:30")},
			&doc.Meeting{Body: "Hovudutval for oppvekst", Date: "2024-03-12", Start: "10:00", End: "12:30"}},
		{"start and end labels", "Protokoll",
			[]doc.Block{p("Organ: Kontrollutvalget"), p("Møtedato: 12.03.2024"), p("Møtestart: 10:00"), p("Møteslutt: 12:30")},
			&doc.Meeting{Body: "Kontrollutvalget", Date: "2024-03-12", Start: "10:00", End: "12:30"}},
		{"date and time under one label", "Møteprotokoll",
			[]doc.Block{p("Utvalg: Formannskapet"), p("Møtedato/tid: 12.03.2024 kl. 09:00-12:00")},
			&doc.Meeting{Body: "Formannskapet", Date: "2024-03-12", Start: "09:00", End: "12:00"}},
		{"a sentence opening with 'Til kl.' is no end", "Referat",
			[]doc.Block{p("Dato: 12.03.2024 kl. 09:00"), p("Til kl. 10 var det befaring.")},
			&doc.Meeting{Date: "2024-03-12", Start: "09:00"}},
		{"nothing", "Notat", []doc.Block{p("Innhold uten møte.")}, nil},
		{"time frame label, date in the title", "13. mars 2015",
			[]doc.Block{p("Tidsramme: kl. 18:00 – 20:00"), h(2, "Fremmøte")},
			&doc.Meeting{Date: "2015-03-13", Start: "18:00", End: "20:00"}},
		{"sentence naming the meeting, its time and place", "2022-04-05 Referat",
			[]doc.Block{h(1, "2022-04-05 Referat"), p("Referat for styremøte den 5. april 2022 kl 09:15 på Lesesalen"), h(3, "Sak 1/2022: Godkjenning")},
			&doc.Meeting{Date: "2022-04-05", Start: "09:15", Place: "Lesesalen"}},
		{"a sentence about something else names no place", "Referat",
			[]doc.Block{p("Vi drar på tur 5. april 2022 kl 09:15 på Hytta")},
			&doc.Meeting{Date: "2022-04-05"}},
		{"time and place, klokken", "Referat for styremøte den 19.10.21",
			[]doc.Block{p("Tid og sted: Møterom Fjord, klokken 14.15")},
			&doc.Meeting{Date: "2021-10-19", Start: "14:15", Place: "Møterom Fjord"}},
		{"adjournment wins over the scheduled end", "Referat",
			[]doc.Block{row("Sted:", "Auditoriet"), row("Tid:", "5. desember 2018 kl 10.00 – 11.00"), p("00 Åpning"), p("Møtet ble hevet 10:45.")},
			&doc.Meeting{Date: "2018-12-05", Start: "10:00", End: "10:45", Place: "Auditoriet"}},
		{"place after the date", "Protokoll", []doc.Block{p("Dato: 11.12.2024, digitalt")},
			&doc.Meeting{Date: "2024-12-11", Place: "digitalt"}},
		{"a weekday after the date is no place", "Protokoll", []doc.Block{p("Dato: mandag, 11. mars 2024")},
			&doc.Meeting{Date: "2024-03-11"}},
		{"signature block: no place", "Stiftelsesdokument",
			[]doc.Block{p("Den 11/12/2024 ble det avholdt stiftelsesmøte"), p("Styrets medlemmer ble:"), p("Navn"), p("Adresse"),
				p("Kari Nordmann"), p("Ola Hansen"), p("Sted: Oslo, den 11. desember 2024")},
			&doc.Meeting{Date: "2024-12-11"}},
		{"a place with a floor is no signing line", "Referat", []doc.Block{p("Dato: 3.3.2025"), p("Sted: Bergen Rådhus, 3. etasje")},
			&doc.Meeting{Date: "2025-03-03", Place: "Bergen Rådhus, 3. etasje"}},
		{"opening and closing sentences", "Stiftelsesmøte for Fjordvik kajakk",
			[]doc.Block{p("Møtet startet 12/12/2016 klokken 12."), p("Kari Nordmann ble valgt til møteleder."), p("Møtet var ferdig klokken 16.")},
			&doc.Meeting{Date: "2016-12-12", Start: "12:00", End: "16:00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := flatten(tc.blocks)
			cut := len(lines)
			if s := findStarts(lines, make([]bool, len(lines))); len(s) > 0 {
				cut = s[0].at
			}
			got := findMeeting(lines, cut, tc.title, "", ref)
			if (got == nil) != (tc.want == nil) || (got != nil && *got != *tc.want) {
				t.Errorf("meeting = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestFindTitle(t *testing.T) {
	tests := []struct {
		name string
		d    *doc.Document
		want string
	}{
		{"first heading", &doc.Document{Meta: doc.Meta{Title: "Mal for referat"}, Blocks: []doc.Block{p("Kommune"), h(1, "Referat fra styremøte")}}, "Referat fra styremøte"},
		{"meta title completes a broken first line", &doc.Document{Meta: doc.Meta{Title: "Referat fra møte i styringsgruppen for Normen 16. september 2025"},
			Blocks: []doc.Block{p("Referat fra møte i styringsgruppen for"), p("Normen 16. september 2025")}}, "Referat fra møte i styringsgruppen for Normen 16. september 2025"},
		{"junk meta title", &doc.Document{Meta: doc.Meta{Title: "Microsoft Word - ref.docx"}, Blocks: []doc.Block{p("Møtereferat")}}, "Møtereferat"},
		{"meta title without text", &doc.Document{Meta: doc.Meta{Title: "Veileder om logging"}}, "Veileder om logging"},
		{"front matter names a Markdown page", &doc.Document{Format: "md", Meta: doc.Meta{Title: "5. juni 2013"}, Blocks: []doc.Block{h(2, "Fremmøte"), h(3, "Tilstede")}},
			"5. juni 2013"},
		{"a section heading gives way to the meta title", &doc.Document{Format: "pdf", Meta: doc.Meta{Title: "12. oktober 2015"},
			Blocks: []doc.Block{li("toc {:toc}"), h(2, "Fremmøte"), p("Tilstede:")}}, "12. oktober 2015"},
		{"a section heading first is no title", &doc.Document{Format: "txt", Blocks: []doc.Block{h(2, "Tilstede"), li("Kari Nordmann")}}, ""},
		{"a date-like title paragraph", &doc.Document{Format: "docx", Blocks: []doc.Block{h(1, "18. januar 2016"), p("kari"), h(2, "Fremmøte")}},
			"18. januar 2016"},
		{"liquid leftover is no title", &doc.Document{Format: "pdf", Blocks: []doc.Block{h(1, "{{ page.title }}"), h(1, "Referat for styremøte 3. mai")}},
			"Referat for styremøte 3. mai"},
		{"running header", &doc.Document{Format: "pdf", Blocks: []doc.Block{
			{Kind: doc.TableRow, Cells: []string{"FJORDVIK KAJAKK"}, Page: 1}, {Kind: doc.TableRow, Cells: []string{"Referat"}, Page: 1},
			{Kind: doc.Paragraph, Text: "Møte: Årsmøte", Page: 1}, {Kind: doc.Heading, Text: "FJORDVIK KAJAKK", Page: 2},
			{Kind: doc.Paragraph, Text: "Tekst", Page: 2}}}, "Referat"},
		{"a banner gives way to the meeting", &doc.Document{Format: "pdf", Blocks: []doc.Block{h(1, "Fjordvik Bridgeklubb"), h(1, "Årsmøte 2023 og medlemskveld:"),
			p("Sted: Klubbhuset")}}, "Årsmøte 2023 og medlemskveld"},
		{"a title naming the kind stays", &doc.Document{Format: "pdf", Blocks: []doc.Block{h(1, "Referat fra styremøtet"), h(1, "Årsmøte 2023")}},
			"Referat fra styremøtet"},
		{"a long sentence is no title", &doc.Document{Format: "pdf", Blocks: []doc.Block{h(1, "Budsjett 2024"),
			p("Styremøtet neste uke skal se på forslaget til budsjett og på hva som skal kuttes i år")}}, "Budsjett 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := findTitle(tc.d, flatten(tc.d.Blocks)); got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}
