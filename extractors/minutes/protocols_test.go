package minutes

import "github.com/motebok/motebok/extractors/doc"

// protocolLayouts are municipal protocols in the shape the common case
// systems print them, with what Analyze must find in them.
var protocolLayouts = []layout{
	{
		Name: "protocol with treatment headings", Doc: treatmentProtocol,
		Meeting: doc.Meeting{Body: "Formannskapet", Date: "2024-03-05", Start: "10:00", End: "14:30", Place: "Kommunestyresalen, Rådhuset"},
		Attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "AP", Role: "Leder", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "H", Role: "Nestleder", Status: doc.Present},
			{Name: "Siri Berg", Organization: "FRP", Role: "Medlem", Status: doc.Absent},
			{Name: "Lise Dahl", Organization: "FRP", Status: doc.Substitute, Replaces: "Siri Berg"},
			{Name: "Per Vik", Organization: "SP", Status: doc.Substitute},
			{Name: "Anne Lie", Role: "Kommunedirektør", Status: doc.Present},
		},
		Cases: []wantCase{
			{Number: "PS 12/24", Title: "Godkjenning av protokoll", Proposal: "Protokollen fra møtet 13.02.2024 godkjennes.",
				Decision: "Protokollen fra møtet 13.02.2024 godkjennes.", Decided: true, Vote: &doc.Vote{Unanimous: true}},
			{Number: "PS 13/24", Title: "Budsjett 2024", Proposal: "Budsjettet vedtas.", Decision: "Budsjettet vedtas.", Decided: true,
				Vote: &doc.Vote{For: 5, Against: 2}},
			{Number: "PS 14/24", Title: "Kjøp av tomt", Proposal: "Kommunen kjøper tomten.", Decision: "Kommunen kjøper tomten.",
				AsWritten: "Vedtatt 7–0.", Decided: true, Vote: &doc.Vote{Unanimous: true, For: 7}},
		},
	},
}

// treatmentProtocol is a protocol whose cases have the proposal, a heading
// naming the body and the day of its treatment ("Formannskapet
// 05.03.2024:"), the treatment and the decision under "FSK- 12/24 Vedtak:".
func treatmentProtocol() *doc.Document {
	return docOf("pdf",
		h(1, "Møteprotokoll"),
		p("Utvalg: Formannskapet"),
		p("Møtested: Kommunestyresalen, Rådhuset"),
		p("Dato: 05.03.2024"),
		p("Tidspunkt: 10:00 – 14:30"),
		p("Følgende faste medlemmer møtte:"),
		row("Navn", "Funksjon", "Representerer"),
		row("Kari Nordmann", "Leder", "AP"),
		row("Ola Hansen", "Nestleder", "H"),
		p("Følgende medlemmer hadde forfall:"),
		row("Navn", "Funksjon", "Representerer"),
		row("Siri Berg", "Medlem", "FRP"),
		p("Følgende varamedlemmer møtte:"),
		row("Navn", "Møtte for", "Representerer"),
		row("Lise Dahl", "Siri Berg", "FRP"),
		row("Per Vik", "", "SP"),
		h(2, "Merknader"),
		p("Ingen merknader til innkalling og saksliste."),
		p("Fra administrasjonen møtte:"),
		row("Navn", "Stilling"),
		row("Anne Lie", "Kommunedirektør"),
		h(2, "Saker til behandling"),
		row("Saksnr", "Innhold"),
		row("PS 12/24", "Godkjenning av protokoll"),
		row("PS 13/24", "Budsjett 2024"),
		row("PS 14/24", "Kjøp av tomt"),
		h(2, "PS 12/24 Godkjenning av protokoll"),
		h(3, "Kommunedirektørens innstilling"),
		p("Protokollen fra møtet 13.02.2024 godkjennes."),
		h(3, "Formannskapet 05.03.2024:"),
		h(3, "Behandling"),
		p("Innstillingen ble enstemmig vedtatt."),
		h(3, "FSK- 12/24 Vedtak:"),
		p("Protokollen fra møtet 13.02.2024 godkjennes."),
		h(2, "PS 13/24 Budsjett 2024"),
		h(3, "Kommunedirektørens innstilling"),
		p("Budsjettet vedtas."),
		h(3, "Formannskapet 05.03.2024:"),
		h(3, "Behandling"),
		p("Ola Hansen (H) fremmet følgende forslag: Budsjettet sendes tilbake."),
		p("Votering: Hansens forslag falt 2–5. Innstillingen ble vedtatt 5–2."),
		h(3, "FSK- 13/24 Vedtak:"),
		p("Budsjettet vedtas."),
		h(2, "PS 14/24 Kjøp av tomt"),
		h(3, "Kommunedirektørens innstilling"),
		p("Kommunen kjøper tomten."),
		h(3, "Formannskapet 05.03.2024:"),
		h(3, "FSK- 14/24 Vedtak:"),
		p("Vedtatt 7–0."),
	)
}
