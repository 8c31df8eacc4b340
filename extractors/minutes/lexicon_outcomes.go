package minutes

import (
	"strings"
	"sync"

	"github.com/motebok/motebok/internal/lazy"
)

// The vocabulary of outcomes: how minutes record what a meeting decided,
// with or without a "Vedtak:" label, in bokmål and nynorsk. To teach the
// reader a new word, add it to the right list; outcome.go reads a sentence
// word by word against these lists, and labels.go, split.go, vote.go and
// decision.go use the labels and patterns here. Every entry of a word list
// is lower case; an entry of several words is a phrase that must follow in
// that order.

// Labels of the parts of a case, read by classifyLabel (labels.go).
var (
	// ownProposal is a body's or an officer's own proposal as a label:
	// "Styrets forslag", "Valkomiteen sitt framlegg".
	ownProposal = lazy.Regexp(`^\p{L}*(styret|utvalget|utvalet|rådet|komiteen|komitéen|nemnda|nemnden|gruppa|gruppen|direktøren|rådmannen|leiaren|lederen)(s| sitt| si) (forslag|framlegg)( til (vedtak|uttale|uttalelse))?$`)
	// bodyStatement heads an advisory body's statement, its decision:
	// "Eldrerådets uttalelse", "Ungdomsrådet si fråsegn", "Uttale frå
	// eldrerådet".
	bodyStatement = lazy.Regexp(`^\p{L}*(rådet|utvalget|utvalet|styret|nemnda|nemnden|komiteen|komitéen)(s| si| sitt) (uttalelse|uttale|fråsegn)$|^(uttalelse|uttale|fråsegn) (fra|frå) \p{L}*(rådet|utvalget|utvalet|styret|nemnda|nemnden|komiteen|komitéen)$`)
	// recommends heads the wording one party recommends to a body: "Formannskapet
	// rår kommunestyret til å gjere slikt vedtak", "Rådmannen innstiller til
	// formannskapet å fatte følgende vedtak". Said by an officer, it is the
	// proposal; by a body, that body's decision.
	recommends = lazy.Regexp(`(?i)^(\p{L}+)\s+(?:rår|tilrår|innstiller|innstillar|anbefaler)\s+(?:til\s+|overfor\s+)?\p{L}+\s+(?:til\s+)?(?:å\s+)?(?:gjere|gjera|gjøre|fatte|treffe)\s+(?:slikt|følgende|følgjande|dette|eit slikt|et slikt)\s+vedtak\s*:$`)
	// officers make a recommendation a proposal (recommends).
	officers = wordSet("rådmannen|kommunedirektøren|kommunedirektør|direktøren|fylkesrådmannen|fylkesdirektøren|administrasjonen|" +
		"sekretariatet|daglig|dagleg|administrerende|administrerande|styreleder|styreleiar|leder|leiar")
	// bodyTreatment heads a body's treatment of a case: "Behandling i
	// Formannskapet", "Saksprotokoll i Eldrerådet", "Kontrollutvalgets
	// behandling", "Formannskapet har behandlet saken i møte 09.04.2024
	// sak 23/24".
	bodyTreatment    = lazy.Regexp(`^(behandling|handsaming|drøfting|diskusjon|saksprotokoll|møtebehandling) i [\p{L} -]+$|^[\p{L}-]+s (møte)?behandling$|^[\p{L}-]+ si (møte)?handsaming$`)
	treatedInMeeting = lazy.Regexp(`^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}\s+har\s+(?:behandlet|behandla|handsama)\s+sak(?:en|a)\s+i\s+møte\b[\d\s./-]*(?:,?\s*sak\s+[\w/ -]+)?$`)
)

const (
	proposalLabels   = "forslag|framlegg|innstilling|tilråding"
	discussionLabels = "diskusjon|drøfting|drøftingar|drøftelse|referat|behandling|handsaming|sakshandsaming|saksframstilling|merknad|" +
		"merknader|merknadar|kommentar|kommentarer|innspill|orientering|bakgrunn|saksopplysninger|oppsummering|notat|møtebehandling|møtehandsaming"
	decisionLabels = "vedtak|vedtaket|vedtak/konklusjon|konklusjon|konklusjonar|konklusjoner|beslutning|beslutninger|beslutningar|" +
		"avgjerd|avgjørelse|vedtak i saken|endelig vedtak|planen er|planen blir"
	voteLabels = "votering|avstemning|avstemming|avrøysting|røysting|stemmegivning"
)

// caseLabelWords are the words one of which every label of a case part
// holds: a cheap test before the labels are classified (split.go).
var caseLabelWords = []string{"forslag", "framlegg", "innstilling", "tilråding", "vedtak", "konklusjon", "beslutning",
	"avgjerd", "avgjørelse", "votering", "avstem", "røysting", "stemmegiv"}

// labelHead matches the first word of a label that may follow text
// without a sentence end ("Godkjenning av innkalling Forslag til vedtak:").
var labelHead = lazy.Regexp(`^(forslag|framlegg|innstilling|tilråding|vedtak|konklusjon|beslutning|votering|avstemning|avstemming|røysting|avrøysting)\b`)

var (
	// outcomeParticiples record an outcome after "ble", "er", "vart" or
	// alone: "Godkjent.", "Begge ble enstemmig valgt", "Saka vert utsett".
	outcomeParticiples = phrases("godkjent|godkjend|vedtatt|vedteke|vedteken|vedtekne|bifalt|tiltrådt|tiltredd|innvilget|innvilga|" +
		"valgt|vald|valt|valde|valte|gjenvalgt|attvald|attvalde|gjenvald|gjenvalde|avvist|avslått|avslege|nedstemt|forkastet|forkasta|utsatt|utsett|" +
		"henlagt|tatt til orientering|teke til orientering|teken til orientering|tatt til etterretning|teke til etterretning|tatt til følge|teke til følgje|" +
		"tatt til vitende|tatt til vitande|teke til vitande|teken til vitande|sendt tilbake|sendt attende|send attende|sendt på høring|" +
		"send på høyring|sendt ut på høring|send ut på høyring")

	// outcomePassives record an outcome in the present passive: "Siv
	// velges ved akklamasjon", "Søknaden innvilges med kr 5000", "Tas til
	// orientering".
	outcomePassives = phrases("godkjennes|godkjennast|vedtas|vedtes|vedtakast|velges|veljast|veljes|innvilges|innvilgast|avslås|avslåast|" +
		"avvises|avvisast|utsettes|utsetjast|støttes|henlegges|tas til orientering|takast til orientering|tas til etterretning|" +
		"takast til etterretning|tas til følge|takast til følgje|tas til vitende|takast til vitande|sendes tilbake|sendast attende|" +
		"sendes på høring|sendast på høyring|sendes ut på høring|sendast ut på høyring|legges ut på høring|leggast ut på høyring")

	// outcomeVerbs record an outcome or a position when a collective
	// subject acts: "Årsmøtet godkjente …", "Styret støtter", "Fui
	// stiller seg positive".
	outcomeVerbs = phrases("godkjente|godkjende|godkjenner|vedtok|vedtek|vedtar|valgte|valde|gjenvalgte|besluttet|beslutta|beslutter|" +
		"bestemte|bestemmer|avslo|avslår|innvilget|innvilga|innvilger|utsatte|utsette|utsetter|støtter|støttet|støtta|støttar|" +
		"foreslår|bekrefter|stadfester|tok til orientering|tar til orientering|tek til orientering|tar til etterretning|tok til vitande|tek til vitande|tar til vitende|" +
		"stiller seg positiv|stiller seg positive|stiller seg positivt|stiller seg negativ|stiller seg negative|stiller seg bak|" +
		"slutter seg til|sluttet seg til|slutta seg til|går inn for|gikk inn for|gjekk inn for|stemmer for|stemmer på|stemte for|stemte på|" +
		"røystar for|røysta for|gir sin tilslutning|gav sin tilslutning|ga sin tilslutning|gjev si tilslutning|gav si tilslutning")

	// leadingVerbs may open a sentence without a subject, the meeting
	// being the one who acts: "Støtter mistillitsforslaget", "Bekrefter
	// 28. mai".
	leadingVerbs = phrases("godkjenner|vedtar|vedtek|støtter|støttar|bekrefter|stadfester|innvilger|avslår|utsetter|" +
		"tar til orientering|tek til orientering|tar til etterretning")

	// noteVerbs take an object before "til orientering": "Formannskapet
	// tok saken til orientering", "Utvalet tek meldinga til vitande".
	noteVerbs = wordSet("tok|tar|tek|tas|takast")
	noteEnds  = phrases("til orientering|til etterretning|til vitande|til vitende")

	// fallVerbs record that a proposal fell or was withdrawn: "Forslaget
	// faller", "Framlegget fall", "Forslaget ble trukket".
	fallVerbs = phrases("faller|falt|fall|fell|trekkes|trekkast|trukket|trekt")

	// agreements record a consensus: "Enighet om å skrive …", "Vi er enige
	// om at …".
	agreements = phrases("enighet om|einigheit om|enige om|enig om|einige om|einig om")
)

var (
	// auxiliaries come between a subject and an outcome participle.
	auxiliaries = wordSet("ble|blei|vart|er|blir|vert|var|blitt|vorte")

	// outcomeAdverbs may stand before an outcome word: "ble enstemmig
	// valgt", "ble derfor vedtatt".
	outcomeAdverbs = wordSet("enstemmig|einstemmig|samrøystes|samstemmig|også|òg|derfor|dermed|så|herved|formelt|endelig|deretter|da|nå|no")

	// negations turn an approval into a rejection, still an outcome:
	// "IKKE godkjent".
	negations = wordSet("ikke|ikkje")

	// clauseGuards mark a subordinate clause or a wish rather than an
	// outcome when they come before the outcome word: "anbefalte at
	// årsmøtet godkjente", "Budsjettet vil kunne godkjennes".
	clauseGuards = wordSet("at|som|hvis|viss|dersom|når|før|etter|fordi|der|hva|kva|hvordan|korleis|hvorvidt|inntil|mens|" +
		"skal|skulle|kan|kunne|må|måtte|vil|ville|bør|burde|vurderer|ønsker|ønskjer|håper|foreslo|anbefalte")

	// ruleWords around a present passive make it a rule rather than this
	// meeting's outcome: "det velges …" before it, an indefinite object or
	// an agent after it ("Blant medlemmene velges en leder", "Strategien
	// vedtas av generalforsamlingen").
	ruleSubjects = wordSet("det|der")
	ruleObjects  = wordSet("en|ei|et|ett|ein|eit|nye|noen|nokre|to|tre|av")

	// otherTimes next to an outcome word tell of an earlier or a usual
	// decision, not this meeting's: "Planen ble vedtatt i fjor", "…
	// godkjent tidligere", "Tillitsvalgte velges normalt ved behov".
	otherTimes = phrases("tidligere|tidlegare|allerede|allereie|i fjor|i fjol|sist|forrige|førre|normalt|vanligvis|vanlegvis|" +
		"alltid|ofte|hvert år|kvart år|hver gang|kvar gong")

	// collectives are subjects that speak for the meeting: "Styret
	// støtter", "Vi er enige om". A word ending in one of
	// collectiveEndings counts too ("arbeidsutvalget").
	collectives       = wordSet("vi|alle|begge|møtet|styret|årsmøtet|medlemmene|medlemane|deltakerne|deltakarane|kommunen")
	collectiveEndings = []string{"styret", "møtet", "utvalget", "utvalet", "rådet", "komiteen", "komitéen", "nemnda", "nemnden",
		"forsamlingen", "forsamlinga", "skapet", "tinget", "laget", "foreningen", "foreninga", "gruppa", "gruppen"}

	// proposalNouns are the subjects of a fallVerb.
	proposalNouns = []string{"forslag", "framlegg", "innstilling", "tilråding", "saken", "saka"}

	// answers close a question the minutes put: "Vil vi støtte dette?
	// Absolutt!".
	answers = wordSet("ja|nei|absolutt|enig|enige|einig|einige|selvsagt|sjølvsagt|selvfølgelig|jepp|ok")

	// offices are the roles an election item assigns: "Sekretær: Morten"
	// under "Valg av nestleder og sekretær".
	offices = wordSet("leder|leiar|nestleder|nesteleder|nestleiar|styreleder|styreleiar|sekretær|referent|møteleder|møteleiar|" +
		"styremedlem|styremedlemmer|styremedlemer|varamedlemmer|varamedlemer|kasserer|kasserar|revisor|ordstyrer|dirigent|varamedlem|vara|medlem|valgkomite|valkomite|tellekorps|protokollunderskriver|og")

	// electionWords mark an election item by its title: "Valg av styre".
	electionWords = []string{"valg", "val ", "velge", "velja", "konstituering"}
)

// Vote patterns, read by parseVote (vote.go).
var (
	voteNouns     = `(?:stemmer|stemme|røyster|røyst)`
	unanimousRe   = lazy.Regexp(`(?i)\b(enstemmig|enstemmige|einstemmig|einstemmige|samrøystes|samstemmig)\b`)
	onlyUnanimous = lazy.Regexp(`(?i)^(enstemmig|einstemmig|samrøystes|samstemmig)\s*[.!]?$`)
	// forAgainstRe: "med 4 mot 0 stemmer", "7–2 røyster".
	forAgainstRe = lazy.Regexp(`(?i)\b(\d{1,3})\s*(?:mot|-|–)\s*(\d{1,3})\s+` + voteNouns + `\b`)
	// forThenAgainstRe: "med 5 stemmer mot 2".
	forThenAgainstRe = lazy.Regexp(`(?i)\b(\d{1,3})\s+(?:stemmer|røyster)\s+mot\s+(\d{1,3})\b`)
	// againstRe: "vedtatt mot 1 stemme".
	againstRe = lazy.Regexp(`(?i)\bmot\s+(\d{1,3})\s+` + voteNouns + `\b`)
	// scoreRe: a bare score after the verb, "vedtatt 4–0", "vedteke med
	// 7-2", "falt 3 – 4", "vedtatt 5 mot 2". What follows may not continue
	// a number or a date.
	scoreRe = lazy.Regexp(`(?i)\b(?:vedtatt|vedteke|vedteken|vedtok|vedtas|godkjent|godkjend|bifalt|tiltrådt|falt|fall)\s+(?:med\s+)?\(?(\d{1,3})(?:\s*[-–]\s*|\s+mot\s+)(\d{1,3})(?:$|[^\d/.\-–]|\.(?:$|\s))`)
	// stemteRe: "5 stemte for og 2 (stemte) mot", "7 røysta for, 2 mot",
	// "15 for, 3 mot", "15 stemmer for og 3 stemmer mot".
	stemteRe = lazy.Regexp(`(?i)\b(\d{1,3})\s+(?:stemte\s+|røysta\s+|røystet\s+|stemmer\s+|røyster\s+)?for\b[^.\d]{0,40}?\b(\d{1,3})\s+(?:stemte\s+|røysta\s+|røystet\s+|stemmer\s+|røyster\s+)?(?:imot|mot)\b`)
	// tallyRe: a count by label, "For: 5 Mot: 5 Avholdende: 3".
	tallyRe = lazy.Regexp(`(?i)\bfor\s*:\s*(\d{1,3})(?:\s*(?:stemmer|stemmar|røyster))?[\s,;.]+mot\s*:\s*(\d{1,3})\b`)
	// adoptedRe marks a sentence about adopting a proposal or a decision.
	adoptedRe = lazy.Regexp(`(?i)vedt|godkj|tiltr|tatt til følge`)
	// conflictRe marks a conflict of interest: habilitet, inhabil, ugild,
	// "fratrådte (møtet) under behandlingen".
	conflictRe = lazy.Regexp(`(?i)(\b(in)?habil|\bugild|\bfr[aå]tr\p{L}*( møtet)? under\b)`)
	// conflictWords: every text conflictRe matches holds one of them,
	// lower-cased.
	conflictWords = []string{"habil", "ugild", "fratr", "fråtr"}
)

// Proposal references, read by isProposalReference (decision.go).
var (
	// refAs: "Som forslag til vedtak", "Vedtatt som innstilt", "I tråd
	// med kommunedirektørens innstilling".
	refAs = lazy.Regexp(`^(?:(?:enstemmig|einstemmig|samrøystes)\s+)?(?:(?:vedtatt|vedteke|godkjent)\s+)?(?:som|i samsvar med|i tråd med|likt med|lik|jf\.?)\s+(?:[\p{L}-]+(?:s| sitt| si)\s+)?(?:forslag(?:et)?|framlegg(?:et)?|innstilling(?:a|en)?|innstilt|foreslått|tilråding(?:a|en)?|tilrådd)(?:\s+til\s+(?:vedtak|konklusjon))?$`)
	// refAdopted: "Innstillingen ble enstemmig vedtatt", "Framlegget vart
	// samrøystes vedteke".
	refAdopted = lazy.Regexp(`^(?:[\p{L}-]+(?:s| sitt| si)\s+)?(?:forslag(?:et)?|framlegg(?:et)?|innstilling(?:a|en)?|tilråding(?:a|en)?|saka|saken)(?:\s+til\s+(?:vedtak|konklusjon))?(?:\s+(?:fikk|fekk)\s+\d{1,3}\s+(?:stemmer|røyster)\s+og)?(?:\s+(?:ble|blei|vart|er|blir|vert))?(?:\s+(?:enstemmig|einstemmig|samrøystes|samstemmig))?\s+(?:vedtatt|vedteke|vedteken|vedtas|vedtek|godkjent|godkjennes|tiltrådt|tiltredd|bifalt|tatt til følge)$`)
	// refBare: "Vedtatt.", "Samrøystes vedteke.", "Godkjent som framlagt".
	refBare = lazy.Regexp(`^(?:(?:enstemmig|einstemmig|samrøystes|samstemmig)\s+)?(?:vedtatt|vedteke|vedteken|vedtas|godkjent|godkjend|godkjennes|tiltrådt|bifalt|innstilt|tilrådd)(?:\s+som\s+(?:framlagt|fremlagt|foreslått|innstilt))?$`)
	// voteTail is a vote count after an adoption: "med 4 mot 0 stemmer",
	// "4–0", "5 mot 2".
	voteTail = lazy.Regexp(`,?\s*(?:med\s+\d+\s+(?:stemmer|røyster)$|med\s+\d+\s+(?:mot|-|–)\s+\d+\s+(?:stemmer|stemme|røyster|røyst)|mot\s+\d+\s+(?:stemmer|stemme|røyster|røyst)|med\s+\d+\s+(?:stemmer|røyster)\s+mot\s+\d+|(?:med\s+)?\d{1,3}(?:\s*[-–]\s*|\s+mot\s+)\d{1,3}(?:\s*\([^)]*\))?$)(?:\s*\([^)]*\))?(?:,?\s*(?:og\s+)?\d{1,3}\s+(?:avholdende|avholdne|blanke|avsto|avstod|stemte ikke|røysta ikkje))?`)
)

// outcomeTriggers are the words one of which a line that records an
// outcome holds: the first words of the phrases above, the answers and
// "mot" of a vote count.
var outcomeTriggers = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{"mot": true}
	for _, ps := range []phraseSet{outcomeParticiples, outcomePassives, outcomeVerbs, fallVerbs, agreements} {
		for w := range ps() {
			set[w] = true
		}
	}
	for w := range answers() {
		set[w] = true
	}
	return set
})

// phraseSet holds phrases of words by their first word, built at its first
// use.
type phraseSet func() map[string][][]string

// phrases splits a "|"-separated list into phrases of words.
func phrases(list string) phraseSet {
	return sync.OnceValue(func() map[string][][]string {
		set := map[string][][]string{}
		for _, p := range strings.Split(list, "|") {
			w := strings.Fields(p)
			set[w[0]] = append(set[w[0]], w)
		}
		return set
	})
}
