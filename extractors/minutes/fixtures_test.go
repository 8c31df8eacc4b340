package minutes

import (
	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/internal/fixtures"
)

// Block builders for hand-written fixtures.
var (
	h     = fixtures.H
	p     = fixtures.P
	li    = fixtures.LI
	row   = fixtures.Row
	docOf = fixtures.DocOf
)

// tableMinutes is layout 1: a two-column case table (number and time left;
// title, proposal, discussion and decision right), with non-case agenda
// rows.
func tableMinutes() *doc.Document {
	return docOf("docx",
		h(1, "Referat styremøte i Foreningen Fjellvett"),
		p("Til Styret i Foreningen Fjellvett"),
		p("Møtetidspunkt: Onsdag 05.02.25 17:00 – 19:30"),
		p("Sted: Foreningens lokaler, Storgata 3"),
		p("Til stede:"),
		li("Kari Nordmann, Bergen turlag (leder)"),
		li("Ola Hansen-Bø, Voss turlag"),
		li("Åse Ødegård, Fjellvettskolen (Representert ved Per Ås)"),
		p("Forfall:"),
		li("Jon Vik, Stord turlag"),
		row("Sak", "Sakstittel / kommentar / forslag til vedtak"),
		row("Kl. 17.00", "Velkommen"),
		row("1/25\n17:10", "Godkjenning av innkalling\nForslag til vedtak: Styret godkjenner innkallingen\nVedtak: Styret godkjente innkallingen."),
		row("2/25\nKl. 17:20", "Beslutningssak: Budsjett 2025\nDiskusjon:\nOla: Kostnadene til kurs bør økes.\nÅse Ødegård – Enig, se sak 1-24 fra i fjor.\nVedtak:\nStyret vedtok budsjettet med økte kurskostnader.\nVedtatt med 4 mot 1 stemmer."),
		row("Kl. 18:30", "Pause"),
		row("3/25\nKl. 18:45", "Orienteringssak: Sommerprogram\nLeder orienterte om programmet."),
		row("19:30", "Slutt"),
	)
}

// headingMinutes is layout 2: cases as headings and an attendee table.
func headingMinutes() *doc.Document {
	return docOf("odt",
		h(1, "Referat fra møte i programrådet 16. september 2025"),
		p("Dato: Tirsdag 16. september 2025, kl. 10.00–14.00"),
		p("Sted: Rådhuset, møterom 2 (og Teams)"),
		p("Referent: Sekretariatet"),
		h(2, "Deltakere"),
		row("Navn", "Virksomhet", "Rolle"),
		row("Kari Nordmann", "Bergen kommune", "Leder"),
		row("Ola Hansen", "Helse Vest RHF", "Medlem"),
		row("Per Olsen", "Universitetet i Bergen", "Observatør"),
		p("Forfall: Lise Berg (KS), Jon Vik (Statsforvalteren)"),
		h(2, "Saksliste"),
		h(3, "Sak 5/25 Godkjenning av referat fra møtet 10.06.2025"),
		p("Vedtak: Referatet godkjennes."),
		h(3, "Sak 6/25 Høring: Ny forskrift"),
		p("Forslag til vedtak: Rådet gir sekretariatet fullmakt til å svare."),
		p("Vedtak: Som forslag til vedtak."),
		h(3, "Sak 7/25 Eventuelt"),
		p("Ingen saker."),
	)
}

// municipalProtocol is layout 3: a municipal committee's protocol with PS
// numbers, member tables and a habilitet case.
func municipalProtocol() *doc.Document {
	return docOf("pdf",
		h(1, "Møteprotokoll"),
		p("Utvalg: Helse- og omsorgsutvalget"),
		p("Møtested: Kommunestyresalen, Rådhuset"),
		p("Dato: 12.03.2024"),
		p("Tidspunkt: 09:00 - 14:30"),
		p("Faste medlemmer som møtte:"),
		row("Navn", "Funksjon", "Representerer"),
		row("Kari Nordmann", "Leder", "AP"),
		row("Ola Hansen", "Nestleder", "H"),
		p("Faste medlemmer som ikke møtte:"),
		row("Navn", "Funksjon", "Representerer"),
		row("Siri Berg", "Medlem", "FRP"),
		p("Varamedlemmer som møtte:"),
		row("Navn", "Møtte for", "Representerer"),
		row("Lise Dahl", "Siri Berg", "FRP"),
		p("Forfall: Jon Vik (KrF)"),
		p("Fra administrasjonen møtte:"),
		row("Navn", "Stilling"),
		row("Anne Lie", "Kommunalsjef"),
		h(2, "Saker til behandling"),
		row("Saksnr", "Innhold"),
		row("PS 12/24", "Godkjenning av innkalling og saksliste"),
		row("PS 13/24", "Tilskudd til frivillige lag 2024"),
		h(2, "PS 12/24 Godkjenning av innkalling og saksliste"),
		p("Behandling i Helse- og omsorgsutvalget 12.03.2024:"),
		p("Innstillingen ble enstemmig vedtatt."),
		p("HOU- 12/24 Vedtak:"),
		p("Innkalling og saksliste godkjennes."),
		h(2, "PS 13/24 Tilskudd til frivillige lag 2024"),
		p("Saksbehandler: Anne Lie Arkivsak: 24/00311"),
		p("Kommunedirektørens innstilling:"),
		p("Helse- og omsorgsutvalget fordeler tilskudd etter vedlagte liste."),
		p("Behandling i Helse- og omsorgsutvalget 12.03.2024:"),
		p("Ola Hansen (H) ba om å få vurdert sin habilitet fordi han er styreleder i et av lagene. Utvalget fant ham inhabil, og han fratrådte under behandlingen."),
		p("Votering: Innstillingen ble vedtatt med 6 mot 1 stemmer."),
		p("Helse- og omsorgsutvalgets vedtak:"),
		p("Helse- og omsorgsutvalget fordeler tilskudd etter vedlagte liste."),
	)
}

// nynorskBoard is layout 4: nynorsk board minutes with inline lists.
func nynorskBoard() *doc.Document {
	return docOf("docx",
		h(1, "Protokoll frå styremøte i Sunnfjord Energi AS"),
		p("Dato: 14. mars 2024 kl. 10.00–13.00"),
		p("Stad: Hovudkontoret, Førde"),
		p("Til stades: Kari Nordmann (leiar), Ola Nordmann, Per Hansen, Ingrid Bø"),
		p("Fråverande: Lise Berg"),
		p("Frå administrasjonen: Nils Vik (dagleg leiar)"),
		h(2, "Sak 1/24 Godkjenning av innkalling og sakliste"),
		p("Framlegg til vedtak: Innkalling og sakliste vert godkjent."),
		p("Vedtak: Samrøystes vedteke."),
		h(2, "Sak 2/24 Årsrekneskap 2023"),
		p("Dagleg leiar gjekk gjennom rekneskapen."),
		p("Ola Nordmann: Ba om ei nærare utgreiing om driftskostnadene."),
		p("Framlegg til vedtak: Styret godkjenner årsrekneskapen for 2023."),
		p("Vedtak: Styret godkjenner årsrekneskapen for 2023 med dei merknadene som kom fram i møtet."),
		h(2, "Sak 3/24 Orienteringssak: Status for utbygginga"),
		p("Nils Vik orienterte. Saka vart teken til orientering."),
	)
}

// workingGroup is layout 5: notes with agenda items numbered "1.", "2.",
// a nested numbered list and "Konklusjon:".
func workingGroup() *doc.Document {
	return docOf("docx",
		h(1, "Referat fra arbeidsgruppemøte om ny nettside"),
		p("Dato: 3. april 2025, kl. 13–15"),
		p("Sted: Teams"),
		p("Deltakere: Kari Nordmann, Ola Hansen, Per Olsen"),
		p("Referent: Ola Hansen"),
		p("1. Velkommen og godkjenning av agenda"),
		p("Agenda ble godkjent uten merknader."),
		p("2. Status for prosjektet"),
		p("Kari: Designet er ferdig, og innholdet flyttes i mai."),
		p("Per – Testingen starter når innholdet er flyttet."),
		p("Konklusjon: Prosjektet følger planen."),
		p("3. Videre arbeid"),
		li("1. Ola lager testplan."),
		li("2. Kari kontakter leverandøren."),
		p("Konklusjon: Neste møte holdes 24. april."),
	)
}

// acosProtocol is layout 3 as another vendor prints it: a bare title over
// the body, a four-cell header row, inline member lists with parties, an
// agenda table with page numbers, labels without colons and a motion that
// fell before the proposal was adopted.
func acosProtocol() *doc.Document {
	return docOf("pdf",
		p("Lillevik kommune"),
		h(1, "MØTEPROTOKOLL"),
		p("Formannskapet"),
		row("Møtested:", "Kommunestyresalen, Rådhuset"),
		row("Møtedato:", "05.03.2024", "Tid:", "10:00 - 14:30"),
		p("Møtende medlemmer: Kari Nordmann (AP), Ola Hansen (H), Per Olsen (SP)."),
		p("Møtende varamedlemmer: Lise Dahl (FRP) for Siri Berg"),
		p("Forfall: Siri Berg (FRP)"),
		p("Andre til stede: Anne Lie, kommunedirektør"),
		p("Protokollen godkjennes av: Kari Nordmann og Ola Hansen"),
		h(2, "Saksliste"),
		row("Saksnr.", "Tittel", "Side"),
		row("12/24", "Godkjenning av protokoll fra forrige møte", "3"),
		row("13/24", "Kjøp av eiendom gnr. 12 bnr. 4", "4"),
		row("14/24", "Referatsaker", "6"),
		h(2, "12/24 Godkjenning av protokoll fra forrige møte"),
		p("Rådmannens innstilling"),
		p("Protokollen fra møtet 13.02.2024 godkjennes."),
		p("Behandling i Formannskapet - 05.03.2024"),
		p("Innstillingen ble enstemmig vedtatt."),
		p("FSK- 12/24 Vedtak"),
		p("Protokollen fra møtet 13.02.2024 godkjennes."),
		h(2, "13/24 Kjøp av eiendom gnr. 12 bnr. 4"),
		p("Rådmannens innstilling"),
		p("Kommunen kjøper eiendommen for kr 2 500 000."),
		p("Behandling i Formannskapet - 05.03.2024"),
		p("Per Olsen (SP) stilte spørsmål om egen habilitet, da han er nabo til eiendommen. Per Olsen ble enstemmig erklært inhabil og fratrådte."),
		p("Ola Hansen (H) fremmet følgende forslag: Saken utsettes."),
		p("Votering: Hansens forslag falt med 2 mot 4 stemmer. Innstillingen ble vedtatt med 4 mot 2 stemmer."),
		p("FSK- 13/24 Vedtak"),
		p("Kommunen kjøper eiendommen for kr 2 500 000."),
		h(2, "14/24 Referatsaker"),
		p("RS 3/24 Brev fra Statsforvalteren om tilsyn"),
		p("Tatt til orientering."),
		p("Møtet ble hevet kl. 14.15."),
	)
}
