package minutes

import (
	"regexp"
	"strings"

	"github.com/motebok/motebok/internal/lazy"
)

// labelKind says what a line's leading label ("Vedtak:", "Sted:",
// "Til stede") introduces.
type labelKind int

// The label kinds, from meeting fields through attendee sections to the
// parts of a case.
const (
	labelNone labelKind = iota
	labelDate
	labelPlace
	labelDatePlace
	labelBody
	labelPresent
	labelAbsent
	labelSubstitute
	labelRole
	labelProposal
	labelDecision
	labelDiscussion
	labelVote
	labelMeta
	labelConflict
	labelTitle
)

// isAttendance reports whether k opens an attendee section.
func (k labelKind) isAttendance() bool { return k >= labelPresent && k <= labelRole }

// isMeeting reports whether k names a meeting field.
func (k labelKind) isMeeting() bool { return k >= labelDate && k <= labelBody }

// exactLabels maps whole folded labels to their kind.
var exactLabels = map[string]labelKind{}

func init() {
	for _, e := range []struct {
		kind   labelKind
		labels string
	}{
		{labelDatePlace, "tid og sted|tid og stad|dato og sted|dato og stad|tid/sted|tid/stad|dato/sted|tidspunkt og sted|tid & sted|tid og møtested"},
		{labelDate, "dato|møtedato|dag|møtedag|tid|møtetid|tidspunkt|møtetidspunkt|tidspunkt for møtet|dato og tid|dato/tid|tid og dato|" +
			"klokkeslett|kl|når|møtestart|tid for møtet|åpningstid|opningstid"},
		{labelPlace, "sted|stad|møtested|møtestad|møterom|lokale|møtelokale|hvor|kvar|adresse"},
		{labelBody, "utvalg|utval|organ|styre|råd|møte i|forum|møtearena|komité|komite|styre/råd/utvalg|styre/råd/utval|styre, råd, utvalg|" +
			"styre, råd, utval|råd/utvalg|råd/utval|utvalg/råd|utval/råd|utvalgsnavn|utvalsnamn"},
		{labelSubstitute, "vara|varamedlem|varamedlemmer|varamedlemer|vararepresentant|vararepresentanter|vararepresentantar|" +
			"møtende vara|møtende varamedlemmer|møtande varamedlemer|møtande vara|varamedlemmer som møtte|varamedlemer som møtte|vara som møtte"},
		{labelRole, "referent|referat skrevet av|sekretær|sekretariat|sekretariatet|fra sekretariatet|frå sekretariatet|fra administrasjonen|" +
			"frå administrasjonen|fra administrasjon|frå administrasjon|administrasjonen|observatør|observatører|observatørar|møteleder|" +
			"møteleiar|gjest|gjester|innleder|innledere"},
		{labelPresent, "til stede|tilstede|til stades|tilstades|deltakere|deltagere|deltakarar|deltaker|deltok|møtt|møtte|møtende|møtande|" +
			"medlemmer|medlemer|frammøtte|fremmøtte|oppmøtte|følgende møtte|desse møtte|dei som møtte|møtende medlemmer|møtande medlemer|" +
			"andre til stede|andre møtende|andre møtande|øvrige til stede|øvrige møtende|også til stede|i tillegg møtte|" +
			"frammøtte medlemer|frammøtte medlemmer|fremmøtte medlemmer"},
		{labelProposal, proposalLabels},
		{labelDecision, decisionLabels},
		{labelDiscussion, discussionLabels},
		{labelVote, voteLabels},
		{labelMeta, "saksbehandler|sakshandsamar|arkivsak|arkivsak-dok|arkivsak nr|arkivsaknr|arkivsaksnr|saksnr|sak nr|saksnummer|arkiv|arkivkode|" +
			"saksmappe|journalpost|j nr|jnr|dokumentnr|utvalgssak|utv saksnr|utvalsaksnr|vedlegg|trykte vedlegg|utrykte vedlegg|" +
			"saksdokumenter|saksdokument"},
		{labelConflict, "habilitet|inhabilitet|habilitetsvurdering|ugildskap"},
		{labelTitle, "tittel|sakstittel|sakens tittel|saka sin tittel|sak tittel"},
	} {
		for _, l := range strings.Split(e.labels, "|") {
			if _, dup := exactLabels[l]; !dup {
				exactLabels[l] = e.kind
			}
		}
	}
}

// labelRule maps a composite folded label to a kind; the first matching
// rule wins (lexicon_attendance.go puts its rules first). The regexp only runs on labels that contain one of the gate
// words, and every label it matches must hold one.
type labelRule struct {
	kind labelKind
	gate []string
	re   func() *regexp.Regexp
}

var labelRules = []labelRule{
	{labelAbsent, []string{"forfall", "fråfall", "fråver", "fravær", "fråvær", "ikke", "ikkje", "avbud"},
		lazy.Regexp(`forfall|fråfall|fråver|fravær|fråvær|ikke (til ?stede|møtt|møtte)|ikkje (til ?stades|møtt|møtte)|ikke tilstede|som ikkje|som ikke|avbud`)},
	{labelRole, []string{"møtte"}, lazy.Regexp(`^(fra|frå) [\p{L} ]+ møtte$`)},
	{labelRole, []string{"fra ", "frå "}, lazy.Regexp(`^(fra|frå) \p{L}*(sekretariatet|sekretariat|revisjonen|revisjon|administrasjonen|administrasjon|forretningsfører|forretningsførar|forvalter|forvaltar)$`)},
	{labelSubstitute, []string{"vara"}, lazy.Regexp(`vara\p{L}*( som)? (møtte|møtt|møter)$|(^|\s)(møtende|møtande) vara`)},
	{labelPresent, []string{"stede", "stades", "møt", "medlemmer ", "medlemer "}, lazy.Regexp(`^(til ?stede|til ?stades) |som møtte?$|^(dessutan|dessuten|elles|ellers|også|òg) møtte$|^(faste )?(medlemmer|medlemer) |(^|\s)(møtende|møtande|frammøtte|fremmøtte)(\s|$)|(medlemmer|medlemer|medlemane|representanter|representantar) (møtte|møtt)$`)},
	{labelProposal, []string{"forslag", "framlegg", "innstilling", "tilråding"},
		lazy.Regexp(`\b(forslag|framlegg) til (vedtak|konklusjon|beslutning|innstilling|uttalelse|uttale|fråsegn|høringsuttalelse|høyringsuttale|høringssvar)\b|\binnstilling(a|en)?\b|\btilråding(a|en)?\b`)},
	{labelProposal, []string{"forslag", "framlegg"}, ownProposal},
	{labelDecision, []string{"vedtak", "konklusjon", "beslutning"}, lazy.Regexp(`\s(vedtak|vedtaket|konklusjon|beslutning)$|^vedtak (i|frå|fra)\b`)},
	{labelDecision, []string{"uttal", "fråsegn"}, bodyStatement},
	{labelDiscussion, []string{"behandling", "handsaming", "drøfting", "diskusjon", "saksprotokoll"}, bodyTreatment},
}

// matches reports whether the rule applies to a folded label.
func (r labelRule) matches(l string) bool {
	for _, g := range r.gate {
		if strings.Contains(l, g) {
			return r.re().MatchString(l)
		}
	}
	return false
}

// finiteVerb marks a sentence ("Innstillingen ble vedtatt"), which is
// never a label on its own.
var finiteVerb = lazy.Regexp(`\b(ble|blei|vart|er|blir|vert|vedtas|vedtatt|vedteke|godkjent|godkjennes)\b`)

// classifyLabel returns the kind of a label text, labelNone when unknown.
// A label may end with a date or number, which is dropped ("Behandling i
// Formannskapet - 05.03.2024"); a one-word label only before a colon, so
// that "kl. 18.00" stays a value.
func classifyLabel(label string, beforeColon bool) labelKind {
	if len(label) > 120 || wordCount(label) > 12 {
		return labelNone
	}
	l, _ := splitParens(label)
	l = fold(strings.ReplaceAll(strings.ReplaceAll(l, ".", " "), ":", ""))
	if t := strings.TrimRight(l, " 0123456789./-"); beforeColon || wordCount(t) >= 2 || exactLabels[t] == labelMeta {
		l = t
	}
	if l == "" || wordCount(l) > 7 {
		return labelNone
	}
	if k, ok := exactLabels[l]; ok {
		return k
	}
	for _, r := range labelRules {
		if r.matches(l) {
			return r.kind
		}
	}
	return pairLabel(l)
}

// pairLabel reads a folded label that joins a place and a time, in either
// order: "sted/tid", "møtestad og tid".
func pairLabel(l string) labelKind {
	for _, sep := range []string{" og ", "/", " & "} {
		a, b, ok := strings.Cut(l, sep)
		if !ok {
			continue
		}
		ka, kb := exactLabels[strings.TrimSpace(a)], exactLabels[strings.TrimSpace(b)]
		if ka == labelDate && kb == labelPlace || ka == labelPlace && kb == labelDate {
			return labelDatePlace
		}
	}
	return labelNone
}

// splitLabel splits "Label: rest" or a line that is only a label. It returns
// the label's kind, the label as written and the text after it.
func splitLabel(s string) (kind labelKind, label, rest string) {
	if i := strings.IndexByte(s, ':'); i > 0 && !isClockColon(s, i) {
		if k := classifyLabel(s[:i], true); k != labelNone {
			return k, strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		}
	}
	if !endsSentence(strings.TrimSuffix(s, ":")) { // a sentence is no label on its own
		if k := classifyLabel(s, false); k != labelNone && !finiteVerb().MatchString(fold(s)) {
			return k, strings.TrimSuffix(strings.TrimSpace(s), ":"), ""
		}
	}
	if strings.HasSuffix(s, ":") && treatment().MatchString(s) || strings.Contains(s, " har ") && treatedInMeeting().MatchString(s) {
		return labelDiscussion, strings.TrimSuffix(s, ":"), ""
	}
	if k := recommendation(s); k != labelNone {
		return k, strings.TrimSuffix(s, ":"), ""
	}
	return labelNone, "", s
}

// recommendation returns the kind of a line that heads a recommended
// wording ("Formannskapet rår kommunestyret til å gjere slikt vedtak:"):
// an officer's proposal or a body's decision; labelNone for other lines.
func recommendation(s string) labelKind {
	if !strings.HasSuffix(s, "vedtak:") {
		return labelNone
	}
	switch m := recommends().FindStringSubmatch(s); {
	case m == nil:
		return labelNone
	case officers.has(strings.ToLower(m[1])):
		return labelProposal
	}
	return labelDecision
}

// treatment matches the heading of a body's treatment of a case, a name
// and a date alone before a colon: "Formannskapet 05.03.2024:".
var treatment = lazy.Regexp(`^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}\s*[-–]?\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*:$`)

// isClockColon reports whether the colon at i sits between digits (12:15).
func isClockColon(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9'
}

// genericLabel reports whether s starts with a short "Something:" label, as
// a speaker or a sub-heading inside a case does.
func genericLabel(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 || isClockColon(s, i) {
		return false
	}
	head := strings.TrimSpace(s[:i])
	return wordCount(head) <= 5 && startsUpper(head) && !strings.ContainsAny(head, ".!?")
}
