package minutes

import "github.com/motebok/motebok/internal/lazy"

// The words that open, number and close a case: "Sak 12/24", "PS 3/24",
// "O-sak 3/24", "Styresak 045-2024", an archive number's labels, the kinds
// of item written beside a title, and the lines after which no case goes
// on. Extend the patterns here; cases.go, casenum.go and casebody.go read
// lines with them.

var (
	// sakPrefix is "Sak", "Sak nr.", "Saksnr.", "Styresak" before a case
	// number.
	sakPrefix = `(?:(?:[Ss]tyre)?[Ss]ak(?:snr\.?|snummer|\s+nr\.?)?|(?:STYRE)?SAK)\s*`
	// sakSeries names a series of cases, kept in the number: "O-sak 3/24"
	// (orientering), "V-sak 4/24" (vedtak), "FSK-sak 12/24" (a body's).
	sakSeries = `[A-ZÆØÅ]{1,5}-[Ss]ak\s+`
	// sakLabel is a case number's label in a single case's protocol: "Sak:
	// 46/24", "Utvalgssak: 46/24" (not "Saksnr.:", which often gives the
	// archive's number).
	sakLabel = `(?:[Uu]tvalgs|[Uu]tvals)?[Ss]ak\s*:\s*`
	// slashNumber: "33/25", "Sak 33/25", "PS 12/24", "FSK-12/2024",
	// "O-sak 3/24", "Sak: 46/24".
	slashNumber = lazy.Regexp(`^(?:` + sakPrefix + `|` + sakLabel + `|(` + sakSeries + `|[A-ZÆØÅ]{2,5}[- ]?\s*))?(\d{1,4}/(?:\d{4}|\d{2}))\b(.*)$`)
	// dashNumber: "Sak 21-25", "Styresak 045-2024", "V-sak 4-24" (only
	// after "Sak" or a "X-sak" series).
	dashNumber = lazy.Regexp(`^(?:` + sakPrefix + `|(` + sakSeries + `))(\d{1,4}-(?:\d{4}|\d{2}))\b(.*)$`)
	// sakNumber: "Sak 3", "Sak nr. 3:".
	sakNumber = lazy.Regexp(`^` + sakPrefix + `(\d{1,3})\b([^/\-\d].*|)$`)
	// itemNumber: "3. Title", "3) Title", "3 - Title", and "3 Title" in a
	// heading.
	itemNumber = lazy.Regexp(`^(\d{1,2})(\s*[.)]\s*|\s+[-–]\s+|\s+)(\p{Lu}.*|«.*)$`)
)

// archiveRe finds an archive number after its label: "Saksnr.: 24/00311",
// "Arkivsak: 24/311-4", "Vår ref. 2024/1234".
var archiveRe = lazy.Regexp(`(?i)(?:^|[^\p{L}])(?:arkivsak(?:snr|nr|\s+nr|-dok)?|saksnr|sak\s*nr|saksnummer|saksmappe|arkivnr|arkivreferanse|vår\s+ref|j\s?\.?\s?nr)\.?\s*:?\s*(\d{2,4}/\d{1,6}(?:-\d{1,4})?)`)

// endMarker matches lines after which no case continues.
var endMarker = lazy.Regexp(`(?i)^(møtet (ble |vart |blei )?(hevet|heva|avsluttet|avslutta|slutt)|underskrift|underskrifter|rett utskrift|protokollen (er )?godkjent|signatur(er)?:?$|slutt$)`)

// caseType matches the kinds of agenda item written before or after a
// title: "Beslutningssak", "Orienteringssak", "Drøftingssak" ...
var caseType = lazy.Regexp(`(?i)^(beslutningssak(?:er)?|orienteringssak(?:er)?|diskusjonssak(?:er)?|drøftingssak(?:er)?|drøftingsak(?:er)?|referatsak(?:er)?|vedtakssak(?:er)?|informasjonssak(?:er)?|temasak(?:er)?|godkjenningssak(?:er)?|meldingssak(?:er)?|delegert sak|politisk sak|\p{L}{4,}ssak)$`)
