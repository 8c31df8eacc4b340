package minutes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// particles may sit in lower case inside a person's name.
var particles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "af": true,
	"la": true, "le": true, "da": true, "di": true, "du": true, "bin": true, "al": true, "el": true, "ten": true, "ter": true,
}

// orgWords are words that name an organisation, a group or a heading,
// never a person: "Sekretariatet", "Saksliste", "Helse", "Tiltak".
var orgWords = map[string]bool{}

// orgSuffixes end words that name an organisation: "Helsedirektoratet",
// "Legeforeningen", "Universitetssykehus".
var orgSuffixes = strings.Split("direktorat|direktoratet|institutt|instituttet|forening|foreningen|forbund|forbundet|tilsyn|tilsynet|"+
	"etat|etaten|departement|departementet|kontor|kontoret|avdeling|avdelingen|utvalg|utvalget|utvalet|styret|gruppen|gruppa|rådet|"+
	"enheten|senter|senteret|sykehus|sykehuset|universitet|universitetet|høgskole|høgskule|sekretariatet|administrasjonen|helsenett|"+
	"kommune|fylke|klinikk|klinikken|foretak|tjeneste|tjenesten|tenesta|skole|skolen|skule|skulen|barnehage|barnehagen", "|")

func init() {
	for _, w := range strings.Split("helse|norsk|norske|kommune|kommunen|fylkeskommune|stiftelsen|sak|saker|saksliste|sakliste|dagsorden|"+
		"agenda|vedtak|referat|ingen|alle|eventuelt|pause|møte|møtet|styret|styringsgruppen|sekretariatet|sekretariat|administrasjonen|"+
		"arbeidsutvalget|leder|leiar|medlem|medlemmer|medlemer|vara|observatør|navn|namn|rolle|funksjon|virksomhet|"+
		"tiltak|ansvar|ansvarleg|ansvarlig|frist|oppfølging|oppfølgjing|oppgave|oppgåve|aksjon|aksjonspunkt|status", "|") {
		orgWords[w] = true
	}
}

// titleSuffixes end words that name a post rather than a person:
// "Utvalgssekretær", "Seniorrådgiver", "Kommunedirektør", "Møteleiar".
var titleSuffixes = strings.Split("sekretær|referent|rådgiver|rådgjevar|konsulent|koordinator|direktør|sjef|leder|leiar|"+
	"saksbehandler|sakshandsamar|medarbeider|medarbeidar|fullmektig|jurist|økonom|arkivar|assistent|ordfører|rådmann", "|")

// isOrgWord reports whether w names an organisation, a post or a heading.
func isOrgWord(w string) bool {
	w = strings.ToLower(w)
	if orgWords[w] {
		return true
	}
	return hasSuffix(w, orgSuffixes) || hasSuffix(w, titleSuffixes)
}

// nameToken matches one word of a person's name: "Ida-Kristin", "O'Neil",
// "J.", "Bülow-Larsen", "A.Espeland" (an initial without its space).
var nameToken = regexp.MustCompile(`^\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+|\.\p{Lu}[\p{L}'’]+)*\.?$`)

// looksLikeName reports whether s can be a person's name of at least
// minWords words: capitalised words, lower-case particles allowed (last
// only after two words), no acronyms and no organisation words. A name of
// one word has three letters at least.
func looksLikeName(s string, minWords int) bool {
	f := strings.Fields(s)
	if len(f) < minWords || len(f) > 6 || utf8.RuneCountInString(s) > 60 {
		return false
	}
	if len(f) == 1 && utf8.RuneCountInString(s) < 3 {
		return false // "H", "Sp": a party, not a first name
	}
	if nameTitles[strings.ToLower(f[0])] {
		return false // "Rektor Tone": a title and a first name
	}
	for i, w := range f {
		if particles[w] && i > 0 && (i < len(f)-1 || len(f) >= 3) {
			continue // "Hall Pia Farstad von" in a list by surname
		}
		if !nameToken.MatchString(w) || isAcronym(w) || isOrgWord(w) {
			return false
		}
	}
	return true
}

// isAcronym reports whether w is a short word of two capitals or more, as
// "KS", "NHN" or the party "KrF". Longer words in capitals ("NORDMANN") are
// surnames.
func isAcronym(w string) bool {
	if utf8.RuneCountInString(w) > 3 {
		return false
	}
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// roleWord matches the roles written next to a name: "leder",
// "nestleiar", "kommunedirektør", "møtte som vara".
var roleWord = regexp.MustCompile(`(?i)^(fung(\.|erende)? |konst(\.|ituert)? |dagleg |daglig |fast |(ansatt|tilsett|bruker|brukar)(valgt|vald|valt) |ansattes |dei tilsette sin )?(leder|styremedlem|varastyremedlem|styrerepresentant|leiar|nestleder|nestleiar|styreleder|styreleiar|medlem|varamedlem|vara|sekretær|referent|observatør|møteleder|møteleiar|ordfører|varaordfører|kommunedirektør|rådmann|kommunalsjef|kommunalområdeleder|direktør|sekretariatsleder|rådgiver|rådgjevar|seniorrådgiver|seniorrådgjevar|saksbehandler|sakshandsamar|prosjektleder|prosjektleiar|fagdirektør|avdelingsdirektør|avdelingsleder|leder av|leiar av)\b`)

// isRole reports whether s is a role written next to a name: a known
// role, or one word that names a post ("Utvalgssekretær", "Fagleder").
func isRole(s string) bool {
	s = strings.TrimSpace(s)
	return roleWord.MatchString(s) || (wordCount(s) == 1 && hasSuffix(strings.ToLower(s), titleSuffixes))
}

// hasSuffix reports whether w ends with one of the suffixes.
func hasSuffix(w string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// firstNames returns the folded first given name of a full name and, when
// it is hyphenated, its first part: "Ida-Kristin Martinussen" gives
// "ida-kristin" and "ida".
func firstNames(full string) []string {
	f := strings.Fields(fold(full))
	if len(f) == 0 {
		return nil
	}
	out := []string{f[0]}
	if i := strings.IndexByte(f[0], '-'); i > 0 {
		out = append(out, f[0][:i])
	}
	return out
}
