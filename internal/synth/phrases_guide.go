package synth

// guideSubject is what a guide or a slide deck is about, in bokmål [0] and
// nynorsk [1], with its topic key.
type guideSubject struct {
	key  string
	name [2]string
}

var guideSubjects = []guideSubject{
	{"tilgangsstyring", [2]string{"tilgangsstyring i pasientjournal", "tilgangsstyring i pasientjournal"}},
	{"informasjonssikkerhet", [2]string{"informasjonssikkerhet i kommunale helsetjenester", "informasjonstryggleik i kommunale helsetenester"}},
	{"skytjenester", [2]string{"bruk av skytjenester", "bruk av skytenester"}},
	{"integritet", [2]string{"helseopplysningenes integritet", "integriteten til helseopplysningar"}},
	{"logganalyse", [2]string{"logganalyse og oppfølging av oppslag", "logganalyse og oppfølging av oppslag"}},
	{"legevakt", [2]string{"legevaktsamarbeid mellom kommuner", "legevaktsamarbeid mellom kommunar"}},
	{"velferdsteknologi", [2]string{"personvern i velferdsteknologi", "personvern i velferdsteknologi"}},
	{"avvik", [2]string{"behandling av avvik", "handsaming av avvik"}},
	{"beredskap", [2]string{"beredskap og kontinuitet", "beredskap og kontinuitet"}},
	{"databehandleravtale", [2]string{"databehandleravtaler", "databehandlaravtalar"}},
	{"fjernarbeid", [2]string{"informasjonssikkerhet ved fjernarbeid", "informasjonstryggleik ved fjernarbeid"}},
	{"valg", [2]string{"gjennomføring av valg i kommunene", "gjennomføring av val i kommunane"}},
}

// Guide sentences; {X} is the subject, {C} a case number, {CS}, {CD}, {CU},
// {CP} compound nouns.
var guidePhrases = [2][]string{
	{
		"Denne veilederen gir råd om {X} i helse- og omsorgssektoren.",
		"Veilederen er utarbeidet av {ORG} i samarbeid med representanter fra kommuner og helseforetak.",
		"Målgruppen for veilederen er ledere, personvernombud og ansatte med ansvar for {X}.",
		"Virksomheten skal gjennomføre en risikovurdering før nye systemer tas i bruk.",
		"Databehandleren skal bare behandle helseopplysninger etter dokumentert instruks fra den dataansvarlige.",
		"Tilgang til helseopplysninger skal begrenses til det den enkelte trenger for å utføre sine oppgaver.",
		"Veiledningen bygger på Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren.",
		"Veilederne revideres hvert annet år, og innspill kan sendes sekretariatet.",
		"Ledelsen har det overordnede ansvaret for at {X} ivaretas.",
		"Avvik skal meldes i virksomhetens avvikssystem og følges opp uten ugrunnet opphold.",
		"Veilederen ble behandlet i styringsgruppens møte {D} (sak {C}).",
		"Kravene gjelder fra {D}.",
		"Virksomheten bør ha oppdaterte {CP} og felles {CS} for hele organisasjonen.",
		"{CU} beskriver hvordan {CD} skal følges opp.",
		"Veilederen omtaler også {CP} og {CP}.",
	},
	{
		"Denne rettleiaren gjev råd om {X} i helse- og omsorgssektoren.",
		"Rettleiaren er utarbeidd av {ORG} i samarbeid med representantar frå kommunar og helseføretak.",
		"Målgruppa for rettleiaren er leiarar, personvernombod og tilsette med ansvar for {X}.",
		"Verksemda skal gjennomføre ei risikovurdering før nye system vert tekne i bruk.",
		"Databehandlaren skal berre handsame helseopplysningar etter dokumentert instruks frå den behandlingsansvarlege.",
		"Tilgang til helseopplysningar skal avgrensast til det den einskilde treng for å utføre oppgåvene sine.",
		"Rettleiinga byggjer på Norm for informasjonstryggleik og personvern i helse- og omsorgssektoren.",
		"Rettleiarane vert reviderte annakvart år, og innspel kan sendast sekretariatet.",
		"Leiinga har det overordna ansvaret for at {X} vert teke vare på.",
		"Avvik skal meldast i avvikssystemet til verksemda og følgjast opp utan ugrunna opphald.",
		"Rettleiaren vart handsama i møtet i styringsgruppa {D} (sak {C}).",
		"Krava gjeld frå {D}.",
		"Verksemda bør ha oppdaterte {CP} og felles {CS} for heile organisasjonen.",
		"{CU} skildrar korleis {CD} skal følgjast opp.",
		"Rettleiaren omtalar også {CP} og {CP}.",
	},
}

// Short imperative points for lists and slides.
var guideBullets = [2][]string{
	{"Gjennomfør risikovurdering", "Dokumenter tilgangsstyringen", "Logg alle oppslag i pasientjournalen",
		"Følg opp avvik jevnlig", "Gi ansatte opplæring i {X}", "Inngå databehandleravtale med leverandøren",
		"Evaluer tiltakene årlig", "Involver personvernombudet tidlig", "Revider {CD}", "Kartlegg {CP}", "Oppdater {CD}"},
	{"Gjennomfør risikovurdering", "Dokumenter tilgangsstyringa", "Logg alle oppslag i pasientjournalen",
		"Følg opp avvik jamleg", "Gje tilsette opplæring i {X}", "Inngå databehandlaravtale med leverandøren",
		"Evaluer tiltaka årleg", "Involver personvernombodet tidleg", "Revider {CD}", "Kartlegg {CP}", "Oppdater {CD}"},
}

// Chapter titles of a guide and headings of slides.
var (
	guideChapters = [2][]string{
		{"Innledning", "Formål og målgruppe", "Ansvar og roller", "Krav og anbefalinger", "Tiltak", "Referanser"},
		{"Innleiing", "Føremål og målgruppe", "Ansvar og roller", "Krav og tilrådingar", "Tiltak", "Referansar"},
	}
	slideHeadings = [2][]string{
		{"Bakgrunn", "Status {Y}", "Hva er nytt?", "Erfaringer fra kommunene", "Veien videre", "Tidsplan", "Viktige endringer i veilederen"},
		{"Bakgrunn", "Status {Y}", "Kva er nytt?", "Erfaringar frå kommunane", "Vegen vidare", "Tidsplan", "Viktige endringar i rettleiaren"},
	}
	deckTitles = [2][]string{{"Nytt i {X} {Y}", "Status for {X}", "Erfaringer med {X}"}, {"Nytt i {X} {Y}", "Status for {X}", "Erfaringar med {X}"}}
	publishers = []string{"Helsedirektoratet", "Sekretariatet for Normen", "KS", "Statsforvalteren i Vestland", "Norsk helsenett"}
)
