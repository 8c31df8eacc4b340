package synth

// Sentence templates in bokmål [0] and nynorsk [1]. Placeholders: {S} the
// body as its decisions name it, {O} the case's object, {O2} another
// object, {ORG} an organisation, {P} a member's full name, {D} a later date,
// {A} an amount, {Y} the meeting's year, {K} a small number; {CS}, {CD},
// {CU} and {CP} are compound nouns (see compounds.go).

// Sentences that summarise the treatment of a case.
var reportPhrases = [2][]string{
	{
		"Sekretariatet orienterte om status i arbeidet med {O}.",
		"Arbeidsgruppen har hatt {K} møter siden forrige møte i {S}.",
		"Det ble vist til saksframlegget, som ble sendt ut sammen med innkallingen.",
		"{ORG} har levert skriftlige innspill til {O}, og innspillene er innarbeidet i utkastet.",
		"Kostnadene er beregnet til {A} kroner i {Y}, og dekkes innenfor gjeldende budsjettramme.",
		"Saken ble drøftet, og flere medlemmer pekte på behovet for bedre samordning mellom kommunene.",
		"Det ble understreket at {O} må ses i sammenheng med {O2}.",
		"Høringsfristen er {D}, og et utkast til svar sendes medlemmene på e-post.",
		"Veilederen skal publiseres på nettsidene innen {D}.",
		"Presentasjonen fra møtet legges ved referatet.",
		"Evalueringen viser at tiltakene i stor grad er gjennomført som planlagt.",
		"Det er behov for en tydeligere ansvarsdeling mellom virksomhetene når det gjelder informasjonssikkerhet.",
		"Risikovurderingen avdekket {K} forhold som må følges opp før løsningen tas i bruk.",
		"Medlemmene ble oppfordret til å gi tilbakemelding innen {D}.",
		"Rapporten ble lagt fram i møtet, og hovedfunnene ble gjennomgått.",
		"Legevaktsamarbeidet har hatt en økning i antall henvendelser det siste året.",
		"Det ble stilt spørsmål ved framdriften, og sekretariatet svarte at arbeidet vil bli prioritert.",
		"Saken har vært behandlet i arbeidsutvalget, som anbefaler at den godkjennes.",
		"Det ble orientert om arbeidet med {CD} og {CD}.",
		"{CU} skal revideres innen {D}.",
		"Flere {CP} må ses i sammenheng med {CD}.",
		"Sekretariatet utarbeider {CP} for {CD}.",
		"Det er behov for tydeligere {CP} og felles {CS} i kommunene.",
		"{CU} ble lagt fram for medlemmene, og {CP} ble drøftet.",
	},
	{
		"Sekretariatet orienterte om status i arbeidet med {O}.",
		"Arbeidsgruppa har hatt {K} møte sidan førre møte i {S}.",
		"Det vart vist til saksframlegget, som vart sendt ut saman med innkallinga.",
		"{ORG} har levert skriftlege innspel til {O}, og innspela er arbeidde inn i utkastet.",
		"Kostnadene er rekna til {A} kroner i {Y}, og vert dekte innanfor gjeldande budsjettramme.",
		"Saka vart drøfta, og fleire medlemmar peika på behovet for betre samordning mellom kommunane.",
		"Det vart understreka at {O} må sjåast i samanheng med {O2}.",
		"Høyringsfristen er {D}, og eit utkast til svar vert sendt medlemmane på e-post.",
		"Rettleiaren skal publiserast på nettsidene innan {D}.",
		"Presentasjonen frå møtet vert lagd ved referatet.",
		"Evalueringa viser at tiltaka i stor grad er gjennomførte som planlagt.",
		"Det er behov for ei tydelegare ansvarsdeling mellom verksemdene når det gjeld informasjonstryggleik.",
		"Risikovurderinga avdekte {K} forhold som må følgjast opp før løysinga vert teken i bruk.",
		"Medlemmane vart oppmoda om å gje tilbakemelding innan {D}.",
		"Rapporten vart lagd fram i møtet, og hovudfunna vart gjennomgått.",
		"Legevaktsamarbeidet har hatt ein auke i talet på førespurnader det siste året.",
		"Det vart stilt spørsmål ved framdrifta, og sekretariatet svara at arbeidet vil verte prioritert.",
		"Saka har vore handsama i arbeidsutvalet, som tilrår at ho vert godkjend.",
		"Det vart orientert om arbeidet med {CD} og {CD}.",
		"{CU} skal reviderast innan {D}.",
		"Fleire {CP} må sjåast i samanheng med {CD}.",
		"Sekretariatet utarbeider {CP} for {CD}.",
		"Det er behov for tydelegare {CP} og felles {CS} i kommunane.",
		"{CU} vart lagd fram for medlemmane, og {CP} vart drøfta.",
	},
}

// What members say; a speaker line is "{P}: " or "{F} – " before one of these.
var remarkPhrases = [2][]string{
	{
		"Mener {O} er for omfattende i nåværende form.",
		"Hvordan skal {O} følges opp i kommunene?",
		"Savner en tydeligere beskrivelse av målgruppen.",
		"Ber om at {ORG} involveres i det videre arbeidet.",
		"Støtter forslaget, men ønsker en ny vurdering om ett år.",
		"Det er viktig at veilederen er kjent blant de ansatte.",
		"Har dere tall for hvor mange som har deltatt på webinarene?",
	},
	{
		"Meiner {O} er for omfattande i noverande form.",
		"Korleis skal {O} følgjast opp i kommunane?",
		"Saknar ei tydelegare skildring av målgruppa.",
		"Ber om at {ORG} vert involvert i det vidare arbeidet.",
		"Støttar framlegget, men ønskjer ei ny vurdering om eitt år.",
		"Det er viktig at rettleiaren er kjend blant dei tilsette.",
		"Har de tal på kor mange som har delteke på webinara?",
	},
}

// Proposals; a decision repeats one, amends it or refers to it.
var proposalPhrases = [2][]string{
	{
		"{S} godkjenner {O}.",
		"{S} slutter seg til {O}, og ber sekretariatet følge opp innspillene fra møtet.",
		"{S} tar {O} til orientering.",
		"{S} ber administrasjonen legge fram en ny sak om {O} innen {D}.",
		"{S} vedtar {O} som framlagt.",
		"{S} anbefaler at {O} sendes på høring.",
	},
	{
		"{S} godkjenner {O}.",
		"{S} sluttar seg til {O}, og ber sekretariatet følgje opp innspela frå møtet.",
		"{S} tek {O} til orientering.",
		"{S} ber administrasjonen leggje fram ei ny sak om {O} innan {D}.",
		"{S} vedtek {O} som lagt fram.",
		"{S} tilrår at {O} vert send på høyring.",
	},
}

// Fixed sentences of cases, by language.
var (
	amendPhrase     = [2]string{" med de endringene som kom fram i møtet.", " med dei endringane som kom fram i møtet."}
	noticePhrase    = [2]string{"{S} tar orienteringen til etterretning.", "{S} tek orienteringa til vitande."}
	postponedPhrase = [2]string{"Saken ble utsatt til neste møte.", "Saka vart utsett til neste møte."}
	unanimousPhrase = [2]string{"Enstemmig vedtatt.", "Samrøystes vedteke."}
	majorityPhrase  = [2]string{"Forslaget ble vedtatt med {K} mot {J} stemmer.", "Framlegget vart vedteke med {K} mot {J} røyster."}
	answerPhrase    = [2]string{"Sekretariatet svarte at dette vil bli omtalt i neste versjon.", "Sekretariatet svara at dette vil verte omtala i neste versjon."}
	nothingPhrase   = [2]string{"Ingen saker under eventuelt.", "Ingen saker under eventuelt."}
	nextPhrase      = [2]string{"Neste møte er {W} {D} kl. {T}.", "Neste møte er {W} {D} kl. {T}."}
)
