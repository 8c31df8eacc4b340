package minutes

import "github.com/motebok/motebok/extractors/doc"

// wildLayouts are minutes laid out unlike the other fixtures, as
// committees, boards and working groups write them, with what Analyze must
// find in them.
var wildLayouts = []layout{
	{
		name: "protocol with a presence column", doc: presenceColumnProtocol,
		meeting: doc.Meeting{Body: "Formannskapet", Date: "2024-03-12", Start: "09:00", End: "12:15", Place: "Rådhuset, formannskapssalen"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "AP", Role: "Ordfører", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "H", Role: "Varaordfører", Status: doc.Present},
			{Name: "Siri Berg", Organization: "SP", Role: "Medlem", Status: doc.Absent},
			{Name: "Lise Dahl", Organization: "SP", Role: "Varamedlem", Status: doc.Substitute, Replaces: "Siri Berg"},
			{Name: "Anne Lie", Role: "kommunedirektør", Status: doc.Present},
			{Name: "Per Moe", Role: "utvalgssekretær", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "PS 21/24", title: "Godkjenning av innkalling og saksliste", decision: "Innkalling og saksliste godkjent.", decided: true},
			{number: "PS 22/24", title: "Reguleringsplan for Nordre Vik", archive: "23/01452",
				proposal: "Reguleringsplan for Nordre Vik vedtas.", decision: "Reguleringsplan for Nordre Vik vedtas.", decided: true,
				vote: &doc.Vote{For: 5, Against: 2}, conflicts: 1},
			{number: "PS 23/24", title: "Kjøp av brannbil",
				proposal: "Formannskapet tilrår kjøp av ny brannbil innenfor en ramme på 6 mill. kr.",
				decision: "Formannskapet tilrår kjøp av ny brannbil innenfor en ramme på 6 mill. kr.", decided: true,
				vote: &doc.Vote{Unanimous: true}},
		},
	},
	{
		name: "nynorsk board, inline lists", doc: nynorskHousing,
		meeting: doc.Meeting{Body: "Styret i Fjordheim burettslag", Date: "2024-11-04", Start: "19:00", End: "21:00", Place: "Fellesrommet, Fjordvegen 2"},
		attendees: []doc.Attendee{
			{Name: "Anne Nes", Role: "styreleiar", Status: doc.Present},
			{Name: "Bjørn Aas", Status: doc.Present},
			{Name: "Guri Lid", Status: doc.Substitute, Replaces: "Olav Rise"},
			{Name: "Kjell Hauge", Role: "Referent", Status: doc.Present},
			{Name: "Olav Rise", Status: doc.Absent},
		},
		cases: []wantCase{
			{number: "12/2024", title: "Godkjenning av innkalling og protokoll",
				proposal: "Innkallinga og protokollen frå førre møte vert godkjende.",
				decision: "Innkallinga og protokollen frå førre møte vert godkjende.", asWritten: "Samrøystes vedteke.", decided: true,
				vote: &doc.Vote{Unanimous: true}},
			{number: "13/2024", title: "Vedlikehaldsplan 2025", proposal: "Styret vedtek vedlikehaldsplanen for 2025.",
				decision: "Styret vedtek vedlikehaldsplanen for 2025 med taket på blokk B som første tiltak.", decided: true,
				speakers: []string{"Guri Lid"}, vote: &doc.Vote{For: 3, Against: 1}},
			{number: "14/2024", title: "Søknad om utleige av parkeringsplass", proposal: "Søknaden vert innvilga.",
				decision: "Søknaden vert innvilga.", asWritten: "Som framlegg til vedtak.", decided: true, conflicts: 1},
			{number: "15/2024", title: "Eventuelt"},
		},
	},
	{
		name: "steering group, list of attendees with remarks", doc: steeringGroup,
		meeting: doc.Meeting{Body: "Styringsgruppe for ny legevakt", Date: "2025-01-15", Start: "09:00", End: "11:00", Place: "Legevakta, møterom 1"},
		attendees: []doc.Attendee{
			{Name: "Hilde Berg", Organization: "Vik kommune", Role: "leder", Status: doc.Present},
			{Name: "Geir Nilsen", Organization: "Helse Førde", Status: doc.Present, Note: "fra sak 3"},
			{Name: "Mona Lie", Organization: "Sande kommune", Role: "Referent", Status: doc.Present, Note: "digitalt"},
			{Name: "Eirik Dale", Organization: "Vik kommune", Status: doc.Present},
			{Name: "Trond Moe", Organization: "KS", Role: "Observatør", Status: doc.Present},
			{Name: "Lena Ask", Organization: "Sande kommune", Status: doc.Absent},
		},
		cases: []wantCase{
			{number: "1/25", title: "Godkjenning av innkalling og referat", decision: "Godkjent.", decided: true},
			{number: "2/25", title: "Bemanning", proposal: "Styringsgruppen tar orienteringen til etterretning.",
				decision: "Styringsgruppen tar orienteringen til etterretning.", asWritten: "Innstillingen ble vedtatt.", decided: true},
			{number: "3/25", title: "Økonomi", proposal: "Budsjettet for 2025 godkjennes.", decision: "Budsjettet for 2025 godkjennes.",
				asWritten: "Forslaget ble vedtatt 5 mot 2.", decided: true, speakers: []string{"Hilde Berg", "Eirik Dale"},
				vote: &doc.Vote{For: 5, Against: 2}},
			{number: "4/25", title: "Eventuelt"},
		},
	},
	{
		name: "working group, header table and yes/no column", doc: workingGroupTable,
		meeting: doc.Meeting{Body: "Arbeidsgruppe for digital skole", Date: "2025-03-20", Start: "12:30", End: "14:00", Place: "Teams"},
		attendees: []doc.Attendee{
			{Name: "Ingrid Solberg", Organization: "Utdanningsetaten", Role: "Møteleder", Status: doc.Present},
			{Name: "Tor Eriksen", Organization: "Utdanningsetaten", Role: "Referent", Status: doc.Present},
			{Name: "Marte Lunde", Organization: "Vik skole", Status: doc.Present},
			{Name: "Jonas Bakke", Organization: "Nordby skole", Status: doc.Absent},
			{Name: "Hanne Strand", Organization: "IKT-tjenesten", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "1", title: "Velkommen og godkjenning av referat"},
			{number: "2", title: "Status for utrulling av nettbrett", decision: "Utrullingen fortsetter etter planen, med ny frist 1. mai.",
				decided: true, speakers: []string{"Marte Lunde", "Hanne Strand"}},
			{number: "3", title: "Personvern og innlogging", decision: "Arbeidsgruppen anbefaler felles pålogging for alle skoler.", decided: true},
			{number: "4", title: "Eventuelt"},
		},
	},
	{
		name: "nynorsk council protocol", doc: nynorskCouncil,
		meeting: doc.Meeting{Body: "Kommunestyret", Date: "2024-06-20", Start: "18:00", End: "22:10", Place: "Kommunestyresalen"},
		attendees: []doc.Attendee{
			{Name: "Randi Vik", Organization: "AP", Status: doc.Present},
			{Name: "Sindre Øye", Organization: "SP", Status: doc.Present},
			{Name: "Tone Hjelle", Organization: "H", Status: doc.Present, Note: "Ugild i sak 34/24"},
			{Name: "Eli Brekke", Organization: "SP", Status: doc.Absent},
			{Name: "Lars Sæbø", Organization: "SP", Status: doc.Substitute, Replaces: "Eli Brekke"},
			{Name: "Åse Fure", Role: "Kommunedirektør", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "PS 33/24", title: "Godkjenning av møtebok frå førre møte", proposal: "Møteboka frå 23.05.2024 vert godkjend.",
				decision: "Møteboka frå 23.05.2024 vert godkjend.", decided: true, vote: &doc.Vote{Unanimous: true}},
			{number: "PS 34/24", title: "Sal av kommunal tomt på Hjelle",
				proposal: "Kommunestyret sel tomta gnr. 40 bnr. 12 til Hjelle Bygg AS for 1,2 mill. kr.",
				decision: "Kommunestyret sel tomta gnr. 40 bnr. 12 til Hjelle Bygg AS for 1,2 mill. kr.", decided: true,
				vote: &doc.Vote{For: 16, Against: 5}, conflicts: 2},
		},
	},
	{
		name: "club board, substitutes inline", doc: clubBoard,
		meeting: doc.Meeting{Body: "Styret i Nordlys idrettslag", Date: "2024-02-05", Start: "18:00", Place: "Klubbhuset"},
		attendees: []doc.Attendee{
			{Name: "Per Strand", Role: "leder", Status: doc.Present},
			{Name: "Eva Lund", Role: "nestleder", Status: doc.Present},
			{Name: "Knut Moen", Status: doc.Present},
			{Name: "Silje Rød", Status: doc.Substitute, Replaces: "Ida Krog"},
			{Name: "Ida Krog", Status: doc.Absent},
		},
		cases: []wantCase{
			{number: "5/24", title: "Regnskap 2023", decision: "Regnskapet godkjennes og legges fram for årsmøtet.", decided: true},
			{number: "6/24", title: "Treningstider våren 2024", proposal: "Fotballgruppa får tirsdag og torsdag i hallen.",
				decision: "Fotballgruppa får tirsdag og torsdag i hallen.", asWritten: "Forslag til vedtak vedtatt med 4 mot 1 stemme.",
				decided: true, vote: &doc.Vote{For: 4, Against: 1}},
			{number: "7/24", title: "Eventuelt"},
		},
	},
	{
		name: "case table with a conclusion column", doc: conclusionColumn,
		meeting: doc.Meeting{Body: "Fagnettverk for skolehelsetjenesten", Date: "2025-09-11", Start: "12:00", End: "13:30", Place: "Digitalt (Teams)"},
		attendees: []doc.Attendee{
			{Name: "Laila Fjeld", Organization: "Askøy", Status: doc.Present},
			{Name: "Rune Aasen", Organization: "Bergen", Status: doc.Present},
			{Name: "Trine Vold", Organization: "Øygarden", Status: doc.Present},
			{Name: "Ola Brun", Organization: "Osterøy", Status: doc.Absent},
		},
		cases: []wantCase{
			{number: "1/25", title: "Godkjenning av referat", decision: "Godkjent.", decided: true},
			{number: "2/25", title: "Ny retningslinje for helsestasjon", decision: "Laila Fjeld lager et felles notat til neste møte.", decided: true},
			{number: "3/25", title: "Eventuelt"},
		},
	},
	{
		name: "council with checkbox columns", doc: checkboxColumns,
		meeting: doc.Meeting{Body: "Eldrerådet", Date: "2024-05-14", Start: "10:00", End: "12:00", Place: "Rådhuset, møterom Fjorden"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Role: "Leder", Status: doc.Present},
			{Name: "Ola Hansen", Role: "Nestleder", Status: doc.Present},
			{Name: "Siri Berg", Role: "Medlem", Status: doc.Absent},
			{Name: "Lise Dahl", Role: "Varamedlem", Status: doc.Substitute},
			{Name: "Anne Lie", Role: "Sekretær", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "05/24", title: "Godkjenning av innkalling", decision: "Innkallingen godkjennes.", decided: true},
			{number: "06/24", title: "Budsjett for eldresenteret",
				proposal: "Eldrerådet ber om at driftstilskuddet til eldresenteret videreføres.",
				decision: "Eldrerådet ber om at driftstilskuddet til eldresenteret videreføres.", asWritten: "Enstemmig som forslag.",
				decided: true, vote: &doc.Vote{Unanimous: true}},
			{number: "07/24", title: "Eventuelt"},
		},
	},
	{
		name: "nynorsk board, roles after commas", doc: nynorskFarmers,
		meeting: doc.Meeting{Body: "Styret i Vestland bondelag", Date: "2024-02-28", Start: "10:00", End: "15:30", Place: "Bondelagshuset, Førde"},
		attendees: []doc.Attendee{
			{Name: "Marit Hole", Role: "leiar", Status: doc.Present},
			{Name: "Arne Sande", Role: "nestleiar", Status: doc.Present},
			{Name: "Gunn Myklebust", Status: doc.Present},
			{Name: "Olav Bø", Status: doc.Present},
			{Name: "Jostein Berge", Status: doc.Absent},
			{Name: "Solveig Rønneberg", Role: "organisasjonssjef", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "8/24", title: "Årsmeldinga for 2023", proposal: "Styret godkjenner årsmeldinga.",
				decision: "Styret godkjenner årsmeldinga med dei endringane som kom fram i møtet.", decided: true,
				vote: &doc.Vote{Unanimous: true}},
			{number: "9/24", title: "Val av utsendingar til årsmøtet", proposal: "Marit Hole og Arne Sande vert valde.",
				decision: "Marit Hole og Arne Sande vert valde.", asWritten: "Styret sitt framlegg vart vedteke med 4 mot 1 røyst.",
				decided: true, vote: &doc.Vote{For: 4, Against: 1}},
			{number: "10/24", title: "Eventuelt", conflicts: 1},
		},
	},
	{
		name: "planning committee, members as list items", doc: planningCommittee,
		meeting: doc.Meeting{Body: "Plan- og miljøutvalget", Date: "2024-04-10", Start: "13:00", End: "15:45", Place: "Rådhuset, møterom 1"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "AP", Role: "leder", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "H", Role: "nestleder", Status: doc.Present},
			{Name: "Per Olsen", Organization: "SP", Status: doc.Present},
			{Name: "Lise Dahl", Organization: "FRP", Status: doc.Substitute, Replaces: "Siri Berg"},
			{Name: "Siri Berg", Organization: "FRP", Status: doc.Absent},
			{Name: "Anne Lie", Role: "kommunalsjef for teknisk", Status: doc.Present},
		},
		cases: []wantCase{
			{number: "PS 15/24", title: "Dispensasjon for naust på gnr. 8 bnr. 3", proposal: "Søknaden om dispensasjon avslås.",
				decision: "Søknaden om dispensasjon avslås.", decided: true, vote: &doc.Vote{For: 5, Against: 2}},
			{number: "PS 16/24", title: "Revisjon av trafikksikkerhetsplan", proposal: "Trafikksikkerhetsplanen sendes på høring.",
				decision: "Trafikksikkerhetsplanen sendes på høring.", asWritten: "Som rådmannens forslag.", decided: true,
				vote: &doc.Vote{Unanimous: true}, conflicts: 1},
		},
	},
	{
		name: "council of experts, numbered Sak headings and an action table", doc: expertCouncil,
		meeting: doc.Meeting{Body: "Fagrådet for legemiddelhåndtering", Date: "2024-10-02", Start: "14:00", End: "15:30", Place: "Teams"},
		attendees: []doc.Attendee{
			{Name: "Kari Nordmann", Organization: "Helse Bergen", Status: doc.Present},
			{Name: "Ola Hansen", Organization: "Helse Stavanger", Status: doc.Present},
			{Name: "Per Olsen", Organization: "Helse Vest IKT", Role: "Referent", Status: doc.Present},
			{Name: "Lise Berg", Organization: "Helse Fonna", Status: doc.Absent},
		},
		cases: []wantCase{
			{number: "1", title: "Godkjenning av agenda og referat", decision: "Agenda og referat fra 4. september godkjent.", decided: true},
			{number: "2", title: "Ny rutine for legemiddelsamstemming",
				decision: "Rutinen prøves ut ved medisinsk avdeling i Bergen i november.", decided: true, speakers: []string{"Kari Nordmann"}},
			{number: "3", title: "Eventuelt"},
		},
	},
}

// presenceColumnProtocol is a committee protocol with one member table
// whose last columns say whether each member met and for whom.
func presenceColumnProtocol() *doc.Document {
	return docOf("pdf",
		h(1, "Møteprotokoll Formannskapet"),
		p("Møtedato: 12.03.2024 Tid: 09:00 - 12:15"),
		p("Møtested: Rådhuset, formannskapssalen"),
		h(2, "Medlemmer"),
		row("Navn", "Parti", "Funksjon", "Møtt", "Møtte for"),
		row("Kari Nordmann", "AP", "Ordfører", "Ja", ""),
		row("Ola Hansen", "H", "Varaordfører", "Ja", ""),
		row("Siri Berg", "SP", "Medlem", "Nei", ""),
		row("Lise Dahl", "SP", "Varamedlem", "Ja", "Siri Berg"),
		p("Fra administrasjonen: Anne Lie, kommunedirektør; Per Moe, utvalgssekretær"),
		h(2, "PS 21/24 Godkjenning av innkalling og saksliste"),
		p("Vedtak: Innkalling og saksliste godkjent."),
		h(2, "PS 22/24 Reguleringsplan for Nordre Vik"),
		p("Arkivsak: 23/01452"),
		h(3, "Kommunedirektørens innstilling"),
		p("Reguleringsplan for Nordre Vik vedtas."),
		h(3, "Behandling i Formannskapet 12.03.2024"),
		p("Ola Hansen (H) erklærte seg inhabil og fratrådte under behandlingen."),
		p("Votering"),
		p("Kommunedirektørens innstilling ble vedtatt med 5 mot 2 stemmer."),
		h(3, "FSK- 22/24 Vedtak:"),
		p("Reguleringsplan for Nordre Vik vedtas."),
		h(2, "PS 23/24 Kjøp av brannbil"),
		h(3, "Kommunedirektørens innstilling"),
		p("Formannskapet tilrår kjøp av ny brannbil innenfor en ramme på 6 mill. kr."),
		h(3, "Behandling i Formannskapet 12.03.2024"),
		p("Innstillingen ble enstemmig vedtatt."),
		h(3, "Formannskapets vedtak 12.03.2024:"),
		p("Formannskapet tilrår kjøp av ny brannbil innenfor en ramme på 6 mill. kr."),
	)
}

// nynorskHousing is a housing co-op's board minutes in nynorsk: an inline
// list with a substitute "(vara for X)", case numbers with four-digit
// years, a colon or a dash after them, and a bare "Samrøystes vedteke.".
func nynorskHousing() *doc.Document {
	return docOf("docx",
		h(1, "Protokoll frå styremøte i Fjordheim burettslag"),
		p("Tid: Måndag 4. november 2024 kl. 19.00–21.00"),
		p("Stad: Fellesrommet, Fjordvegen 2"),
		p("Til stades: Anne Nes (styreleiar), Bjørn Aas, Guri Lid (vara for Olav Rise), Kjell Hauge"),
		p("Fråverande: Olav Rise"),
		p("Møteleiar: Anne Nes"),
		p("Referent: Kjell Hauge"),
		h(2, "Sak 12/2024 Godkjenning av innkalling og protokoll"),
		p("Framlegg til vedtak: Innkallinga og protokollen frå førre møte vert godkjende."),
		p("Samrøystes vedteke."),
		h(2, "Sak 13/2024: Vedlikehaldsplan 2025"),
		p("Bjørn Aas la fram utkast til vedlikehaldsplan."),
		p("Guri Lid: Taket på blokk B bør prioriterast."),
		p("Framlegg til vedtak: Styret vedtek vedlikehaldsplanen for 2025."),
		p("Vedtak: Styret vedtek vedlikehaldsplanen for 2025 med taket på blokk B som første tiltak."),
		p("Vedteke med 3 mot 1 røyst."),
		h(2, "Sak 14/2024 – Søknad om utleige av parkeringsplass"),
		p("Kjell Hauge melde seg ugild då han er søkjar, og gjekk ut under handsaminga."),
		p("Framlegg til vedtak: Søknaden vert innvilga."),
		p("Vedtak: Som framlegg til vedtak."),
		h(2, "Sak 15/2024 Eventuelt"),
		p("Ingen saker."),
		p("Møtet vart heva kl. 20.45."),
	)
}

// steeringGroup is a steering group's minutes under a bare title, with
// "Tilstede:" in one word over a list whose entries carry remarks after
// the organisation, an observer, and a vote of "5 mot 2".
func steeringGroup() *doc.Document {
	return docOf("docx",
		h(1, "Møtereferat"),
		p("Styringsgruppe for ny legevakt"),
		p("Dato og tid: 15.01.2025, kl. 09:00–11:00"),
		p("Sted: Legevakta, møterom 1"),
		p("Tilstede:"),
		li("Hilde Berg, Vik kommune (leder)"),
		li("Geir Nilsen, Helse Førde (fra sak 3)"),
		li("Mona Lie, Sande kommune (digitalt)"),
		li("Eirik Dale, Vik kommune"),
		p("Observatør: Trond Moe, KS"),
		p("Forfall: Lena Ask, Sande kommune"),
		p("Referent: Mona Lie"),
		h(2, "Saker"),
		p("Sak 1/25 Godkjenning av innkalling og referat"),
		p("Vedtak: Godkjent."),
		p("Sak 2/25 Bemanning"),
		p("Geir Nilsen orienterte om rekrutteringen. Det mangler fortsatt to leger."),
		p("Forslag til vedtak: Styringsgruppen tar orienteringen til etterretning."),
		p("Innstillingen ble vedtatt."),
		p("Sak 3/25 Økonomi"),
		p("Forslag til vedtak: Budsjettet for 2025 godkjennes."),
		p("Hilde Berg: Vi må få oversikt over kostnadene til vikarer."),
		p("Eirik Dale: Enig."),
		p("Votering: Forslaget ble vedtatt 5 mot 2."),
		p("Sak 4/25 Eventuelt"),
		p("Neste møte blir 12. februar."),
	)
}

// workingGroupTable is a working group's notes with the meeting's fields
// in a two-column table, an attendee table with a yes/no column headed
// "Tilstede (J/N)", and agenda items as numbered headings.
func workingGroupTable() *doc.Document {
	return docOf("docx",
		h(1, "Referat – arbeidsgruppe for digital skole"),
		row("Dato:", "Torsdag 20. mars 2025"),
		row("Tid:", "12.30–14.00"),
		row("Sted:", "Teams"),
		row("Møteleder:", "Ingrid Solberg"),
		row("Referent:", "Tor Eriksen"),
		h(2, "Deltakere"),
		row("Navn", "Skole/enhet", "Tilstede (J/N)"),
		row("Ingrid Solberg", "Utdanningsetaten", "J"),
		row("Tor Eriksen", "Utdanningsetaten", "J"),
		row("Marte Lunde", "Vik skole", "J"),
		row("Jonas Bakke", "Nordby skole", "N"),
		row("Hanne Strand", "IKT-tjenesten", "J"),
		h(2, "1. Velkommen og godkjenning av referat"),
		p("Referat fra forrige møte ble godkjent."),
		h(2, "2. Status for utrulling av nettbrett"),
		p("Marte Lunde: Alle elever på 5. trinn har fått nettbrett."),
		p("Hanne Strand: Leveransen til ungdomsskolene er forsinket to uker."),
		p("Beslutning: Utrullingen fortsetter etter planen, med ny frist 1. mai."),
		h(2, "3. Personvern og innlogging"),
		p("Tor Eriksen orienterte om ny løsning for pålogging."),
		p("Konklusjon: Arbeidsgruppen anbefaler felles pålogging for alle skoler."),
		h(2, "4. Eventuelt"),
		p("Ingen saker."),
	)
}

// nynorskCouncil is a council's protocol in nynorsk: member tables with a
// remark column, "Kommunedirektøren si innstilling", "Handsaming i ..."
// and "Røysting".
func nynorskCouncil() *doc.Document {
	return docOf("pdf",
		h(1, "Møtebok for Kommunestyret"),
		p("Møtedato: 20.06.2024"),
		p("Møtestad: Kommunestyresalen"),
		p("Møtetid: 18:00 - 22:10"),
		p("Møtande medlemer:"),
		row("Namn", "Parti", "Merknad"),
		row("Randi Vik", "AP", ""),
		row("Sindre Øye", "SP", ""),
		row("Tone Hjelle", "H", "Ugild i sak 34/24"),
		p("Forfall:"),
		row("Namn", "Parti"),
		row("Eli Brekke", "SP"),
		p("Møtande varamedlemer:"),
		row("Namn", "Møtte for", "Parti"),
		row("Lars Sæbø", "Eli Brekke", "SP"),
		p("Frå administrasjonen: Kommunedirektør Åse Fure"),
		h(2, "PS 33/24 Godkjenning av møtebok frå førre møte"),
		p("Kommunedirektøren si innstilling:"),
		p("Møteboka frå 23.05.2024 vert godkjend."),
		p("Handsaming i Kommunestyret 20.06.2024:"),
		p("Innstillinga vart samrøystes vedteken."),
		p("KS- 33/24 Vedtak:"),
		p("Møteboka frå 23.05.2024 vert godkjend."),
		h(2, "PS 34/24 Sal av kommunal tomt på Hjelle"),
		p("Kommunedirektøren si innstilling:"),
		p("Kommunestyret sel tomta gnr. 40 bnr. 12 til Hjelle Bygg AS for 1,2 mill. kr."),
		p("Handsaming i Kommunestyret 20.06.2024:"),
		p("Tone Hjelle (H) bad om vurdering av habiliteten sin, då ho er i slekt med kjøparen. Ho vart samrøystes kjend ugild og gjekk frå."),
		p("Røysting:"),
		p("Innstillinga vart vedteken med 16 mot 5 røyster."),
		p("KS- 34/24 Vedtak:"),
		p("Kommunestyret sel tomta gnr. 40 bnr. 12 til Hjelle Bygg AS for 1,2 mill. kr."),
	)
}

// clubBoard is a sports club's board minutes: "Tilstede:" in one word with
// "X møtte for Y" in the list, "Sak 5/24:" headings as paragraphs and a
// proposal adopted by a count.
func clubBoard() *doc.Document {
	return docOf("odt",
		h(1, "Referat fra styremøte i Nordlys idrettslag"),
		p("Dato: 5. februar 2024"),
		p("Tid: kl. 18.00"),
		p("Sted: Klubbhuset"),
		p("Tilstede: Per Strand (leder), Eva Lund (nestleder), Knut Moen, Silje Rød møtte for Ida Krog"),
		p("Forfall: Ida Krog"),
		p("Referent: Eva Lund"),
		p("Sak 5/24: Regnskap 2023"),
		p("Knut Moen la fram regnskapet. Årsresultatet ble et overskudd på 42 000 kr."),
		p("Vedtak: Regnskapet godkjennes og legges fram for årsmøtet."),
		p("Sak 6/24: Treningstider våren 2024"),
		p("Forslag til vedtak: Fotballgruppa får tirsdag og torsdag i hallen."),
		p("Eva Lund fremmet forslag om at håndballgruppa får torsdag."),
		p("Forslag til vedtak vedtatt med 4 mot 1 stemme."),
		p("Sak 7/24: Eventuelt"),
		p("Ingen saker."),
	)
}

// conclusionColumn is a network's notes whose case table gives each case's
// conclusion in a column of its own, without a label.
func conclusionColumn() *doc.Document {
	return docOf("docx",
		h(1, "Referat fra fagnettverk for skolehelsetjenesten"),
		p("Dato: 11.09.2025 kl. 12:00–13:30"),
		p("Sted: Digitalt (Teams)"),
		p("Deltakere:"),
		row("Navn", "Kommune"),
		row("Laila Fjeld", "Askøy"),
		row("Rune Aasen", "Bergen"),
		row("Trine Vold", "Øygarden"),
		p("Forfall: Ola Brun (Osterøy)"),
		row("Sak", "Tema", "Konklusjon/oppfølging"),
		row("1/25", "Godkjenning av referat", "Godkjent."),
		row("2/25", "Ny retningslinje for helsestasjon", "Laila Fjeld lager et felles notat til neste møte."),
		row("3/25", "Eventuelt", ""),
	)
}

// checkboxColumns is an advisory council's protocol whose member table
// marks presence and absence with crosses in two columns, and whose
// meeting's place and time share one label.
func checkboxColumns() *doc.Document {
	return docOf("docx",
		h(1, "Protokoll fra møte i Eldrerådet"),
		row("Sted/tid:", "Rådhuset, møterom Fjorden, 14.05.2024 kl. 10:00–12:00"),
		h(2, "Medlemmer"),
		row("Navn", "Funksjon", "Til stede", "Forfall"),
		row("Kari Nordmann", "Leder", "X", ""),
		row("Ola Hansen", "Nestleder", "X", ""),
		row("Siri Berg", "Medlem", "", "X"),
		row("Lise Dahl", "Varamedlem", "X", ""),
		p("Sekretær: Anne Lie"),
		h(2, "Saksliste"),
		li("Sak 05/24 Godkjenning av innkalling"),
		li("Sak 06/24 Budsjett for eldresenteret"),
		li("Sak 07/24 Eventuelt"),
		h(2, "Sak 05/24 – Godkjenning av innkalling"),
		p("Vedtak: Innkallingen godkjennes."),
		h(2, "Sak 06/24 – Budsjett for eldresenteret"),
		p("Forslag til uttalelse: Eldrerådet ber om at driftstilskuddet til eldresenteret videreføres."),
		p("Vedtak: Enstemmig som forslag."),
		h(2, "Sak 07/24 – Eventuelt"),
		p("Ingen saker."),
	)
}

// nynorskFarmers is a nynorsk board's minutes whose inline lists give
// roles after commas, with "Ikkje møtt", "Dessutan møtte", place before
// time under one label, and a bare "Samrøystes." after the decision.
func nynorskFarmers() *doc.Document {
	return docOf("docx",
		h(1, "Protokoll frå styremøte i Vestland bondelag"),
		p("Møtestad og tid: Bondelagshuset, Førde, 28. februar 2024 kl. 10.00–15.30"),
		p("Desse møtte: Marit Hole, leiar, Arne Sande, nestleiar, Gunn Myklebust, Olav Bø"),
		p("Ikkje møtt: Jostein Berge"),
		p("Dessutan møtte: Solveig Rønneberg, organisasjonssjef"),
		h(2, "Sak 8/24 Årsmeldinga for 2023"),
		p("Framlegg til vedtak: Styret godkjenner årsmeldinga."),
		p("Handsaming: Marit Hole gjekk gjennom utkastet. Arne Sande bad om at kapitlet om rekruttering blir utvida."),
		p("Vedtak: Styret godkjenner årsmeldinga med dei endringane som kom fram i møtet."),
		p("Samrøystes."),
		h(2, "Sak 9/24 Val av utsendingar til årsmøtet"),
		p("Framlegg til vedtak: Marit Hole og Arne Sande vert valde."),
		p("Gunn Myklebust fremja framlegg om at Olav Bø vert vald i staden for Arne Sande."),
		p("Røysting: Styret sitt framlegg vart vedteke med 4 mot 1 røyst."),
		h(2, "Sak 10/24 Eventuelt"),
		p("Olav Bø melde at han er inhabil i neste sak om tilskot."),
	)
}

// planningCommittee is a committee's protocol with members as list items
// ("Kari Nordmann (AP), leder"), a substitute whose party is written twice,
// the rådmann's proposal and decisions headed "Vedtak i <body> - <date>".
func planningCommittee() *doc.Document {
	return docOf("pdf",
		h(1, "Møteprotokoll"),
		p("Utvalg: Plan- og miljøutvalget"),
		p("Møtested: Rådhuset, møterom 1"),
		p("Møtedato: 10.04.2024 Tid: 13:00 - 15:45"),
		p("Faste medlemmer som møtte:"),
		li("Kari Nordmann (AP), leder"),
		li("Ola Hansen (H), nestleder"),
		li("Per Olsen (SP)"),
		p("Møtende varamedlemmer:"),
		li("Lise Dahl (FRP) møtte for Siri Berg (FRP)"),
		p("Forfall:"),
		li("Siri Berg (FRP)"),
		p("Fra administrasjonen møtte:"),
		li("Anne Lie, kommunalsjef for teknisk"),
		h(2, "PS 15/24 Dispensasjon for naust på gnr. 8 bnr. 3"),
		p("Rådmannens forslag til vedtak:"),
		p("Søknaden om dispensasjon avslås."),
		p("Behandling:"),
		p("Per Olsen (SP) fremmet følgende forslag: Dispensasjon innvilges."),
		p("Votering:"),
		p("Olsens forslag falt med 2 mot 5 stemmer. Rådmannens forslag ble vedtatt med 5 mot 2 stemmer."),
		p("Vedtak i Plan- og miljøutvalget - 10.04.2024"),
		p("Søknaden om dispensasjon avslås."),
		h(2, "PS 16/24 Revisjon av trafikksikkerhetsplan"),
		p("Rådmannens forslag til vedtak:"),
		p("Trafikksikkerhetsplanen sendes på høring."),
		p("Behandling:"),
		p("Kari Nordmann (AP) fratrådte som inhabil. Ola Hansen ledet møtet under behandlingen."),
		p("Votering: Enstemmig."),
		p("Vedtak i Plan- og miljøutvalget - 10.04.2024"),
		p("Som rådmannens forslag."),
	)
}

// expertCouncil is a professional council's notes: "Sak 1:" headings
// without a year, an inline list with organisations in parentheses and
// "og" before the last name, "Beslutning:" and an action table.
func expertCouncil() *doc.Document {
	return docOf("docx",
		h(1, "Referat fra møte i fagrådet for legemiddelhåndtering"),
		p("Tid: 2. oktober 2024 kl. 14:00–15:30"),
		p("Sted: Teams"),
		p("Til stede: Kari Nordmann (Helse Bergen), Ola Hansen (Helse Stavanger) og Per Olsen (Helse Vest IKT)"),
		p("Forfall: Lise Berg (Helse Fonna)"),
		p("Referent: Per Olsen"),
		h(2, "Sak 1: Godkjenning av agenda og referat"),
		p("Beslutning: Agenda og referat fra 4. september godkjent."),
		h(2, "Sak 2: Ny rutine for legemiddelsamstemming"),
		p("Ola Hansen presenterte utkastet."),
		p("Kari Nordmann: Rutinen må prøves ut på én post først."),
		p("Beslutning: Rutinen prøves ut ved medisinsk avdeling i Bergen i november."),
		row("Tiltak", "Ansvar", "Frist"),
		row("Lage opplæringsplan", "Ola Hansen", "15.10.2024"),
		h(2, "Sak 3: Eventuelt"),
		p("Ingen saker."),
	)
}
