package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// topic is a subject a case, a guide or a slide deck is about. Titles and
// objects are in bokmål [0] and nynorsk [1]; {Y} is the meeting's year, {P}
// the year before, {N} the year after and {N3} three years after that.
type topic struct {
	key    string
	domain string    // health, muni, valg, board or audit
	title  [2]string // as a case title: "Veileder for tilgangsstyring"
	object [2]string // definite, as the object of a decision: "veilederen for tilgangsstyring"
}

var topics = []topic{
	{"tilgangsstyring", "health", [2]string{"Veileder for tilgangsstyring i pasientjournal", "Rettleiar for tilgangsstyring i pasientjournal"}, [2]string{"veilederen for tilgangsstyring", "rettleiaren for tilgangsstyring"}},
	{"integritet", "health", [2]string{"Veileder om helseopplysningenes integritet", "Rettleiar om integriteten til helseopplysningar"}, [2]string{"veilederen om integritet", "rettleiaren om integritet"}},
	{"legevakt", "health", [2]string{"Interkommunalt legevaktsamarbeid – ny avtale", "Interkommunalt legevaktsamarbeid – ny avtale"}, [2]string{"avtalen om legevaktsamarbeid", "avtalen om legevaktsamarbeid"}},
	{"informasjonssikkerhet", "health", [2]string{"Handlingsplan for informasjonssikkerhet {N}", "Handlingsplan for informasjonstryggleik {N}"}, [2]string{"handlingsplanen for informasjonssikkerhet", "handlingsplanen for informasjonstryggleik"}},
	{"skytjenester", "health", [2]string{"Risikovurdering av skytjenester", "Risikovurdering av skytenester"}, [2]string{"risikovurderingen av skytjenester", "risikovurderinga av skytenester"}},
	{"databehandleravtale", "health", [2]string{"Mal for databehandleravtale", "Mal for databehandlaravtale"}, [2]string{"malen for databehandleravtale", "malen for databehandlaravtale"}},
	{"logganalyse", "health", [2]string{"Logganalyse og oppfølging av uautoriserte oppslag", "Logganalyse og oppfølging av uautoriserte oppslag"}, [2]string{"rutinen for logganalyse", "rutinen for logganalyse"}},
	{"ot-sikkerhet", "health", [2]string{"Fagdag om OT-sikkerhet", "Fagdag om OT-tryggleik"}, [2]string{"programmet for fagdagen om OT-sikkerhet", "programmet for fagdagen om OT-tryggleik"}},
	{"forskrift", "health", [2]string{"Høring – forskrift om digital sikkerhet i helsesektoren", "Høyring – forskrift om digital tryggleik i helsesektoren"}, [2]string{"høringssvaret om digital sikkerhet", "høyringsfråsegna om digital tryggleik"}},
	{"webinarer", "health", [2]string{"Webinarer og kompetansetiltak {N}", "Webinar og kompetansetiltak {N}"}, [2]string{"planen for webinarer", "planen for webinar"}},
	{"beredskap", "health muni", [2]string{"Beredskapsplan for legevakten", "Beredskapsplan for legevakta"}, [2]string{"beredskapsplanen for legevakten", "beredskapsplanen for legevakta"}},
	{"kjernejournal", "health", [2]string{"Innføring av kjernejournal i kommunene", "Innføring av kjernejournal i kommunane"}, [2]string{"innføringsplanen for kjernejournal", "innføringsplanen for kjernejournal"}},
	{"velferdsteknologi", "health muni", [2]string{"Velferdsteknologi i hjemmetjenesten", "Velferdsteknologi i heimetenesta"}, [2]string{"planen for velferdsteknologi", "planen for velferdsteknologi"}},
	{"avvik", "health board", [2]string{"Avvikssystem og meldekultur", "Avvikssystem og meldekultur"}, [2]string{"avviksrapporten", "avviksrapporten"}},
	{"personvern", "health board", [2]string{"Personvernkonsekvensvurdering (DPIA) for nytt journalsystem", "Personvernkonsekvensvurdering (DPIA) for nytt journalsystem"}, [2]string{"personvernkonsekvensvurderingen", "personvernkonsekvensvurderinga"}},
	{"utskrivningsklare", "health muni board", [2]string{"Samhandlingsavtale om utskrivningsklare pasienter", "Samhandlingsavtale om utskrivingsklare pasientar"}, [2]string{"samhandlingsavtalen", "samhandlingsavtalen"}},
	{"ambulanse", "health board", [2]string{"Ambulansetjenesten i distriktet", "Ambulansetenesta i distriktet"}, [2]string{"rapporten om ambulansetjenesten", "rapporten om ambulansetenesta"}},
	{"smittevern", "health muni", [2]string{"Smittevernplan og vaksinasjonsprogram", "Smittevernplan og vaksinasjonsprogram"}, [2]string{"smittevernplanen", "smittevernplanen"}},
	{"fastleger", "health muni", [2]string{"Rekruttering og stabilisering av fastleger", "Rekruttering og stabilisering av fastlegar"}, [2]string{"tiltaksplanen for fastlegeordningen", "tiltaksplanen for fastlegeordninga"}},
	{"sykepleiere", "health board", [2]string{"Rekruttering av sykepleiere", "Rekruttering av sjukepleiarar"}, [2]string{"rekrutteringsplanen for sykepleiere", "rekrutteringsplanen for sjukepleiarar"}},
	{"budsjett", "muni", [2]string{"Budsjett {N} og økonomiplan {N}–{N3}", "Budsjett {N} og økonomiplan {N}–{N3}"}, [2]string{"budsjettet for {N}", "budsjettet for {N}"}},
	{"årsmelding", "muni audit", [2]string{"Årsmelding og årsregnskap {P}", "Årsmelding og årsrekneskap {P}"}, [2]string{"årsmeldingen for {P}", "årsmeldinga for {P}"}},
	{"omsorgsplasser", "muni health", [2]string{"Behov for heldøgns omsorgsplasser", "Behov for heildøgns omsorgsplassar"}, [2]string{"behovsanalysen for omsorgsplasser", "behovsanalysen for omsorgsplassar"}},
	{"rusmiddelpolitikk", "muni health", [2]string{"Rusmiddelpolitisk handlingsplan", "Rusmiddelpolitisk handlingsplan"}, [2]string{"den rusmiddelpolitiske handlingsplanen", "den rusmiddelpolitiske handlingsplanen"}},
	{"psykisk-helse", "muni health", [2]string{"Plan for psykisk helse og rus", "Plan for psykisk helse og rus"}, [2]string{"planen for psykisk helse", "planen for psykisk helse"}},
	{"klimaplan", "muni", [2]string{"Klima- og energiplan", "Klima- og energiplan"}, [2]string{"klima- og energiplanen", "klima- og energiplanen"}},
	{"reguleringsplan", "muni", [2]string{"Reguleringsplan for sentrumsområdet", "Reguleringsplan for sentrumsområdet"}, [2]string{"reguleringsplanen for sentrum", "reguleringsplanen for sentrum"}},
	{"vann-og-avløp", "muni", [2]string{"Hovedplan for vann og avløp", "Hovudplan for vatn og avløp"}, [2]string{"hovedplanen for vann og avløp", "hovudplanen for vatn og avløp"}},
	{"skolehelsetjenesten", "muni health", [2]string{"Skolehelsetjenesten – kapasitet og bemanning", "Skulehelsetenesta – kapasitet og bemanning"}, [2]string{"rapporten om skolehelsetjenesten", "rapporten om skulehelsetenesta"}},
	{"barnevern", "muni audit", [2]string{"Tilsynsrapport fra Statsforvalteren om barnevernet", "Tilsynsrapport frå Statsforvaltaren om barnevernet"}, [2]string{"tilsynsrapporten om barnevernet", "tilsynsrapporten om barnevernet"}},
	{"journalsystem", "muni health board", [2]string{"Anskaffelse av nytt journalsystem for helse og omsorg", "Anskaffing av nytt journalsystem for helse og omsorg"}, [2]string{"anskaffelsen av journalsystem", "anskaffinga av journalsystem"}},
	{"eiendom", "muni", [2]string{"Salg av kommunal eiendom i sentrum", "Sal av kommunal eigedom i sentrum"}, [2]string{"salget av eiendommen", "salet av eigedomen"}},
	{"stortingsvalg", "valg", [2]string{"Gjennomføring av stortingsvalget {Y}", "Gjennomføring av stortingsvalet {Y}"}, [2]string{"planen for valggjennomføringen", "planen for valgjennomføringa"}},
	{"forhåndsstemmer", "valg", [2]string{"Forhåndsstemmegivning – steder og åpningstider", "Førehandsrøysting – stader og opningstider"}, [2]string{"planen for forhåndsstemmegivning", "planen for førehandsrøysting"}},
	{"manntall", "valg", [2]string{"Manntall og valgkort", "Manntal og valkort"}, [2]string{"manntallet", "manntalet"}},
	{"valgoppgjør", "valg", [2]string{"Opptelling og valgoppgjør", "Oppteljing og valoppgjer"}, [2]string{"valgoppgjøret", "valoppgjeret"}},
	{"internrevisjon", "audit board", [2]string{"Rapport fra internrevisjonen om legemiddelhåndtering", "Rapport frå internrevisjonen om legemiddelhandtering"}, [2]string{"revisjonsrapporten om legemiddelhåndtering", "revisjonsrapporten om legemiddelhandtering"}},
	{"ventetider", "board", [2]string{"Ventetider og fristbrudd", "Ventetider og fristbrot"}, [2]string{"rapporten om ventetider", "rapporten om ventetider"}},
	{"langtidsplan", "board", [2]string{"Økonomisk langtidsplan {N}–{N3}", "Økonomisk langtidsplan {N}–{N3}"}, [2]string{"den økonomiske langtidsplanen", "den økonomiske langtidsplanen"}},
	{"sykehusbygg", "board", [2]string{"Nytt sykehusbygg – status for byggeprosjektet", "Nytt sjukehusbygg – status for byggeprosjektet"}, [2]string{"statusrapporten for byggeprosjektet", "statusrapporten for byggeprosjektet"}},
	{"pasientsikkerhet", "board health", [2]string{"Pasientsikkerhetsprogrammet – årsrapport {P}", "Pasienttryggleiksprogrammet – årsrapport {P}"}, [2]string{"årsrapporten for pasientsikkerhet", "årsrapporten for pasienttryggleik"}},
	{"helseplattformen", "board health", [2]string{"Innføring av Helseplattformen", "Innføring av Helseplattformen"}, [2]string{"innføringsplanen for Helseplattformen", "innføringsplanen for Helseplattformen"}},
	{"kontrollrapport", "audit", [2]string{"Forvaltningsrevisjon av innkjøpsrutiner", "Forvaltningsrevisjon av innkjøpsrutinar"}, [2]string{"forvaltningsrevisjonsrapporten", "forvaltningsrevisjonsrapporten"}},
}

// topicsFor draws n distinct topics whose domain meets one of domains.
func topicsFor(rng *rand.Rand, domains string, n int) []topic {
	var fit []topic
	for _, t := range topics {
		for _, d := range strings.Fields(t.domain) {
			if strings.Contains(domains, d) {
				fit = append(fit, t)
				break
			}
		}
	}
	rng.Shuffle(len(fit), func(i, j int) { fit[i], fit[j] = fit[j], fit[i] })
	return fit[:min(n, len(fit))]
}

// years fills the year placeholders of a topic's text for a meeting in year y.
func years(s string, y int) string {
	return expand(s, func(key string) string {
		switch key {
		case "P":
			return strconv.Itoa(y - 1)
		case "N":
			return strconv.Itoa(y + 1)
		case "N3":
			return strconv.Itoa(y + 4)
		}
		return strconv.Itoa(y)
	})
}
