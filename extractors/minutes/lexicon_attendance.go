package minutes

import (
	"strings"
	"sync"

	"github.com/motebok/motebok/internal/lazy"
)

// The words of attendance: labels that open an attendee section, labels of
// the people summoned, group labels that sort people without naming an
// organisation, and titles written before a name. Bokmål and nynorsk. To
// add a word, add it to the list of its kind; the matchers below are
// compiled from the lists.

// presentLabels are whole labels, folded, of the people present, added to
// exactLabels.
var presentLabels = []string{"oppmøte", "fremmøte", "frammøte", "fremmøtt", "frammøtt", "møtt fram", "møtte fram", "møtt frem", "møtte frem",
	"tilstedeværende", "møtedeltakere", "møtedeltagere", "møtedeltakarar", "deltakere på møtet", "deltagere på møtet",
	"deltakarar på møtet", "følgende var til stede", "følgende var tilstede", "desse var til stades", "dei som var til stades",
	"styremedlemmer til stede", "styremedlemer til stades"}

// roleLabels are whole labels, folded, of people present in a role,
// added to exactLabels.
var roleLabels = []string{"ordstyrer", "ordstyrar", "protokollfører", "protokollførar", "møtesekretær", "møtesekretæren"}

// attendanceRules read composite labels: "Meldt frafall", "Mangler",
// "Møtte ikkje", "Kunne ikke komme", "Tilstedet på møtet". They are tried
// before the rules of labels.go, which read "Forfall", "Fraværende",
// "Ikke til stede" and "Til stede fra styret".
var attendanceRules = []labelRule{
	{labelAbsent, []string{"frafall", "mangl", "møtte ikk", "møtt ikk", "kunne ikk"},
		lazy.Regexp(`frafall|^mangl(er|et|a)$|^((følgende|desse|dei som|de som) )?møtte? ikkj?e$|^kunne ikkj?e kom`)},
	{labelPresent, []string{"tilstedet", " på møtet", " i møtet"},
		lazy.Regexp(`^(til ?stede|tilstedet|til ?stades)( (på|i) møtet)?$`)},
}

func init() {
	for kind, labels := range map[labelKind][]string{labelPresent: presentLabels, labelRole: roleLabels} {
		for _, l := range labels {
			if _, dup := exactLabels[l]; !dup {
				exactLabels[l] = kind
			}
		}
	}
	labelRules = append(attendanceRules, labelRules...)
}

// summonedLabel matches, folded, the label of the people summoned to a
// meeting ("Innkalte", "Innkalt:"): those of them not listed as present
// were absent.
var summonedLabel = lazy.Regexp(`^(innkalte|innkalt|innkalla|innkalte medlemmer|innkalte medlemer|innkalt til møtet|innkalla til møtet)\s*:?$`)

// groupWords are group labels that sort the people of an attendee list
// without naming an organisation: the parts of a school or a body. Written
// as a heading or before a colon they set no organisation.
var groupWords = wordSet("ledelsen|ledelse|leiinga|leiing|administrasjonen|administrasjon|styret|sfo|aks|fau|su|smu|samu|au|" +
	"elevrådet|foreldre|foresatte|ansatte|tilsette|lærere|lærarar|skolen|skulen|rektor|gjester|gjestar|" +
	"medlemmer|medlemer|varamedlemmer|varamedlemer|komiteen|komitéen|utvalget|utvalet|andre|øvrige|elevar|elever")

// classLevel matches a group by class or year ("1. trinn", "7.klasse",
// "10. årstrinn", "Trinn 3", "VG2").
var classLevel = lazy.Regexp(`(?i)^(\d{1,2}\s*\\?\.\s*(-\s*\d{1,2}\s*\.\s*)?(trinn|klasse|klassetrinn|årstrinn|steg|kl\.?)|(trinn|klasse|steg)\s*\d{1,2}|vg\s*\d)$`)

// isGroupLabel reports whether s, a heading or the text before a colon in
// an attendee list, is a group label rather than an organisation.
func isGroupLabel(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	return classLevel().MatchString(s) || groupWords.has(strings.ToLower(s))
}

// nameTitles are titles written before a name and dropped from it
// ("Rektor Tone Sanne", "dr. Kari Nordmann").
var nameTitles = wordSet("rektor|inspektør|undervisningsinspektør|assisterende|ass.|avdelingsleder|avdelingsleiar|" +
	"kontaktlærer|kontaktlærar|lærer|lærar|professor|prof.|dr.|styrer|styrar|daglig|dagleg|sjef|biskop|prost|prest|" +
	"sokneprest|ordfører|varaordfører|rådmann|kommunedirektør|statsforvalter|fylkesmann|direktør")

// absentAfterName matches the words after a name in a sentence that says
// the person did not come: "Kari Nordmann kunne ikke komme", "Ola hadde
// forfall", "Per møtte ikkje".
var absentAfterName = lazy.Regexp(`^\s*(kunne ikkj?e (komme|kome|delta|møte)|hadde (forfall|meldt forfall)|meldte forfall|møtte ikkj?e|var ikkj?e (til ?stede|til ?stades))\b`)

// absenceHints are words one of which a sentence that absentAfterName
// matches holds: a cheap test before the regexp runs.
var absenceHints = []string{"ikke", "ikkje", "forfall"}

// alsoPresentRe matches the start of a sentence that adds a person present
// beyond the list: "I tillegg var rektor Kari Nordmann med", "I tillegg
// møtte Ola Hansen", "Dessuten deltok ...".
var alsoPresentRe = lazy.Regexp(`(?i)^(i tillegg|dessuten|dessutan|også|òg)\s+(var|møtte|deltok|deltek|kom)\s+(.+)$`)

// remarkRe matches parenthesised remarks after a name that are neither an
// organisation nor a role: "(Representert ved Fürst)", "(via Teams)",
// "(fra sak 3)", "(Kom kl 19.55)", "(Sein)", a reason for absence "(Syk)".
var remarkRe = lazy.Regexp(`(?i)^(representert|på vegne|via|digitalt|deltok|fra|frå|til|kom|kjem|gikk|gjekk|forlot|permisjon|` +
	`inhabil|ugild|ikke|ikkje|kun|bare|berre|delvis|sak|tilstede|til stede|møtte|på teams|på telefon|sein|seint|for sent|forsinket|forseinka|` +
	`syk|sjuk|sykdom|sjukdom|sykt barn|sjukt barn|ferie|bortreist|reise|tjenestereise|tenestereise|jobb|kurs|møtekollisjon)\b`)

// remarkInside matches a remark by a word inside it: "(Victoria som
// vara)", "(Per Moe som referent)", "(fram til kl. 19)".
var remarkInside = lazy.Regexp(`(?i)\s(som|kl\.?)\s`)

// isRemark reports whether a parenthesised text after a name is a remark
// rather than an organisation.
func isRemark(p string) bool { return remarkRe().MatchString(p) || remarkInside().MatchString(p) }

// words is a set of words, built at its first use: a command that reads no
// minutes does not pay for the lexicon at start.
type words func() map[string]bool

// wordSet returns the set of the words joined by "|" in list.
func wordSet(list string) words {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Split(list, "|") {
			m[w] = true
		}
		return m
	})
}

// has reports whether w is in the set.
func (s words) has(w string) bool { return s()[w] }

// noneRemark matches, folded, a remark that a group sent nobody ("Ikke
// representert", "Ingen").
var noneRemark = lazy.Regexp(`^((ikke|ikkje) (representert|møtt|til ?stede|til ?stades)|ingen|-)\.?$`)

// Words of names and posts: what may sit inside a person's name, and
// what marks a word as an organisation, a heading or a post.

// particles may sit in lower case inside a person's name.
var particles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "af": true,
	"la": true, "le": true, "da": true, "di": true, "du": true, "bin": true, "al": true, "el": true, "ten": true, "ter": true,
}

// orgWords are words that name an organisation, a group or a heading,
// never a person: "Sekretariatet", "Saksliste", "Helse", "Tiltak".
var orgWords = wordSet("helse|norsk|norske|kommune|kommunen|fylkeskommune|stiftelsen|sak|saker|saksliste|sakliste|dagsorden|" +
	"agenda|vedtak|referat|ingen|alle|eventuelt|pause|møte|møtet|styret|styringsgruppen|sekretariatet|sekretariat|administrasjonen|" +
	"arbeidsutvalget|leder|leiar|medlem|medlemmer|medlemer|vara|observatør|navn|namn|rolle|funksjon|virksomhet|" +
	"tiltak|ansvar|ansvarleg|ansvarlig|frist|oppfølging|oppfølgjing|oppgave|oppgåve|aksjon|aksjonspunkt|status")

// orgSuffixes end words that name an organisation: "Helsedirektoratet",
// "Legeforeningen", "Universitetssykehus".
var orgSuffixes = strings.Split("direktorat|direktoratet|institutt|instituttet|forening|foreningen|forbund|forbundet|tilsyn|tilsynet|"+
	"etat|etaten|departement|departementet|kontor|kontoret|avdeling|avdelingen|utvalg|utvalget|utvalet|styret|gruppen|gruppa|rådet|"+
	"enheten|senter|senteret|sykehus|sykehuset|universitet|universitetet|høgskole|høgskule|sekretariatet|administrasjonen|helsenett|"+
	"kommune|fylke|klinikk|klinikken|foretak|tjeneste|tjenesten|tenesta|skole|skolen|skule|skulen|barnehage|barnehagen", "|")

// titleSuffixes end words that name a post rather than a person:
// "Utvalgssekretær", "Seniorrådgiver", "Kommunedirektør", "Møteleiar".
var titleSuffixes = strings.Split("sekretær|referent|rådgiver|rådgjevar|konsulent|koordinator|direktør|sjef|leder|leiar|"+
	"saksbehandler|sakshandsamar|medarbeider|medarbeidar|fullmektig|jurist|økonom|arkivar|assistent|ordfører|rådmann|"+
	"ansvarlig|ansvarleg|representant|kontakt|revisor", "|")

// roleWord matches the roles written next to a name: "leder",
// "nestleiar", "kommunedirektør", "møtte som vara".
var roleWord = lazy.Regexp(`(?i)^(fung(\.|erende)? |konst(\.|ituert)? |dagleg |daglig |fast |administrerende |administrerande |adm\.? |oppdragsansvarlig |(ansatt|tilsett|bruker|brukar)(valgt|vald|valt) |ansattes |dei tilsette sin )?(leder|styremedlem|varastyremedlem|styrerepresentant|leiar|nestleder|nestleiar|styreleder|styreleiar|medlem|varamedlem|vara|sekretær|referent|observatør|møteleder|møteleiar|ordfører|varaordfører|kommunedirektør|rådmann|kommunalsjef|kommunalområdeleder|direktør|sekretariatsleder|rådgiver|rådgjevar|seniorrådgiver|seniorrådgjevar|saksbehandler|sakshandsamar|prosjektleder|prosjektleiar|fagdirektør|avdelingsdirektør|avdelingsleder|leder av|leiar av|` +
	`kasserer|kasserar|revisor|tillitsvalgt|tillitsvald|hovedtillitsvalgt|hovudtillitsvald|verneombud|` +
	`foreldrerepresentant|elevrepresentant|ansatterepresentant|rektor|inspektør)\b`)

// Words of attendee tables: column headers and the marks in status cells.

// columnWords name, folded, the column a header cell heads.
var columnWords = []struct {
	col   column
	words words
}{
	{colName, wordSet("navn|namn|name|deltaker|deltakar|medlem|medlemmer|representant|person|fullt navn")},
	{colOrg, wordSet("tilhørighet|tilhøyrsle|tilknytning|tilknyting|arbeidssted|arbeidsstad|virksomhet|verksemd|organisasjon|organisation|organisasjon/virksomhet|representerer|representerar|parti|parti/liste|liste|partiliste|firma|arbeidsgiver|arbeidsgjevar|etat|enhet|eining|avdeling|institusjon|instans|foretak|selskap|kommune|fra|frå")},
	{colRole, wordSet("rolle|funksjon|verv|tittel|stilling|role")},
	{colReplaces, wordSet("møtte for|møtt for|vara for|møtte i stedet for|møtte i staden for|for")},
	{colAbsent, wordSet("forfall|fravær|fråvær|fraværende|fråverande|ikke møtt|ikkje møtt")},
	{colStatus, wordSet("møtt|møtte|status|til stede|tilstede|til stade|til stades|tilstade|tilstades|oppmøte|deltok|merknad|merknader")},
}

// absentCell matches a status cell saying the person did not attend.
var absentCell = lazy.Regexp(`forfall|^nei$|^n$|ikke|ikkje|fravær|fråver|^-$`)

// presenceMark matches a status cell that only marks the person present.
var presenceMark = lazy.Regexp(`^(x|j|ja|møtt|møtte|til ?stede|til ?stades?|deltok|[✓✔√v])$`)

// noMark matches a cell that denies what its column asks: "Nei", "N", "-".
var noMark = lazy.Regexp(`^(nei|n|-|–)$`)

// Words of substitutes: whom one met for, and the roles that make one.

// replacesRe matches a substitute's "for X": "(for Kari Nordmann)",
// "møtte for Kari Nordmann", "vara for Kari Nordmann".
var replacesRe = lazy.Regexp(`^(.*?)\s*\b[Ff]or\s+(\p{Lu}.+)$`)

// replacesVerb is the verb before "for X" ("møtte", "vara", "i stedet").
var replacesVerb = lazy.Regexp(`(?i)(^|\s)(møtte som vara|møtte|møter|som vara|vara|varamedlem|i stedet|istedenfor|i staden)$`)

// substituteRole matches a folded role or status that makes a substitute:
// "vara", "varamedlem", "1. vara", but not "varaordfører" or "varaleder",
// who hold a post of their own.
var substituteRole = lazy.Regexp(`^(\d\.\s*)?(vara|varamedlem|varamedlemmer|varamedlemer|vararepresentant|vararepresentantar|vararepresentanter)\b`)
