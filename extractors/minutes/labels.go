package minutes

import (
	"regexp"
	"strings"
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
)

// isAttendance reports whether k opens an attendee section.
func (k labelKind) isAttendance() bool { return k >= labelPresent && k <= labelRole }

// isMeeting reports whether k names a meeting field.
func (k labelKind) isMeeting() bool { return k >= labelDate && k <= labelBody }

// labelRule maps a folded label to a kind; the first matching rule wins.
type labelRule struct {
	kind labelKind
	re   *regexp.Regexp
}

var labelRules = []labelRule{
	{labelDatePlace, regexp.MustCompile(`^(tid|dato|tidspunkt) ?(og|/|&) ?st[ae]d$`)},
	{labelDate, regexp.MustCompile(`^(møte)?(dato|dag|tid|tidspunkt|tidspunkt for møtet)$|^(dato|tid) ?(og|/) ?(tid|klokkeslett|dato)$|^(klokkeslett|kl|når|møtestart|møtetid|tid for møtet|åpningstid|opningstid)$`)},
	{labelPlace, regexp.MustCompile(`^(møte)?st[ae]d$|^(møterom|lokale|møtelokale|hvor|kvar|adresse)$`)},
	{labelBody, regexp.MustCompile(`^(utvalg|utval|organ|styre|råd|møte i|forum|møtearena|komité|komite)$`)},
	{labelAbsent, regexp.MustCompile(`forfall|fråfall|fråver|fravær|ikke (til ?stede|møtt|møtte)|ikkje (til ?stades|møtt|møtte)|ikke tilstede|som ikkje|som ikke|avbud`)},
	{labelSubstitute, regexp.MustCompile(`^(møtende |møtande )?vara(medlem|medlemmer|medlemer|representant|representanter|representantar)?( som (møtte|møtt|møter))?$`)},
	{labelRole, regexp.MustCompile(`^(referent|referat skrevet av|sekretær|sekretariat|sekretariatet|(fra|frå) (sekretariatet|administrasjonen)|administrasjonen|observatør|observatører|observatørar|møteleder|møteleiar|møteleiar|gjest|gjester|innleder|innledere|andre (til stede|møtande|møtende)|øvrige (til stede|møtende)|(fra|frå) [\p{L} ]+ møtte)$`)},
	{labelPresent, regexp.MustCompile(`^(til ?stede|til ?stades|deltakere|deltagere|deltakarar|deltaker|deltok|møtt|møtte|møtende|møtande|medlemmer|medlemer|frammøtte|fremmøtte|oppmøtte|følgende møtte|desse møtte|dei som møtte)\b|som møtte$|som møtt$`)},
	{labelProposal, regexp.MustCompile(`\b(forslag|framlegg) til (vedtak|konklusjon|beslutning|innstilling)\b|\binnstilling(a|en)?\b|\btilråding(a|en)?\b|^(forslag|framlegg)$`)},
	{labelDecision, regexp.MustCompile(`(^|\s)(vedtak|vedtaket|vedtak/konklusjon|konklusjon|konklusjonar|konklusjoner|beslutning|beslutninger|beslutningar|avgjerd|avgjørelse|vedtak i saken|endelig vedtak)$|^vedtak (i|frå|fra)\b`)},
	{labelDiscussion, regexp.MustCompile(`^(diskusjon|drøfting|drøftingar|drøftelse|referat|behandling|handsaming|sakshandsaming|saksframstilling|merknad|merknader|merknadar|kommentar|kommentarer|innspill|orientering|bakgrunn|saksopplysninger|oppsummering|notat)( i [\p{L} -]+)?$`)},
	{labelVote, regexp.MustCompile(`^(votering|avstemning|avstemming|avrøysting|røysting|stemmegivning)$`)},
	{labelMeta, regexp.MustCompile(`^(saksbehandler|sakshandsamar|arkivsak|arkivsak ?nr|arkivsaksnr|saksnr|sak nr|saksnummer|arkiv|arkivkode|saksmappe|journalpost|j ?nr|dokumentnr|utvalgssak|utv saksnr|utvalsaksnr|møtedato|vedlegg|trykte vedlegg|utrykte vedlegg|saksdokumenter|saksdokument)$`)},
	{labelConflict, regexp.MustCompile(`^(habilitet|inhabilitet|habilitetsvurdering|ugildskap)$`)},
}

// finiteVerb marks a sentence ("Innstillingen ble vedtatt"), which is
// never a label on its own.
var finiteVerb = regexp.MustCompile(`\b(ble|blei|vart|er|blir|vert|vedtas|vedtatt|vedteke|godkjent|godkjennes)\b`)

// labelTail matches the dates and numbers after a label
// ("Formannskapets vedtak 12.03.2024").
var labelTail = regexp.MustCompile(`[\s\d./-]+$`)

// classifyLabel returns the kind of a label text, labelNone when unknown.
// A label before a colon may end with a date or number, which is dropped.
func classifyLabel(label string, beforeColon bool) labelKind {
	l, _ := splitParens(label)
	l = fold(strings.ReplaceAll(strings.ReplaceAll(l, ".", " "), ":", ""))
	if beforeColon {
		l = strings.TrimSpace(labelTail.ReplaceAllString(l, ""))
	}
	if l == "" || wordCount(l) > 7 {
		return labelNone
	}
	for _, r := range labelRules {
		if r.re.MatchString(l) {
			return r.kind
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
	if k := classifyLabel(s, false); k != labelNone && !endsSentence(strings.TrimSuffix(s, ":")) && !finiteVerb.MatchString(fold(s)) {
		return k, strings.TrimSuffix(strings.TrimSpace(s), ":"), ""
	}
	return labelNone, "", s
}

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
