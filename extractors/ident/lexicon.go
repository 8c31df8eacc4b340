package ident

import (
	"regexp"
	"strings"

	"github.com/motebok/motebok/internal/lazy"
)

// The words Organization reads, in one place so that a newcomer can add an
// organisation form or a label without reading the code.
var (
	// orgNouns end the name of an organisation: "Lier kommune", "Helse
	// Vest RHF", "Fjordheim borettslag". Matched case-insensitively,
	// except the abbreviations, which must be written in capitals.
	orgNouns = []string{
		"kommune", "fylkeskommune", "bydel", "borettslag", "burettslag", "sameie",
		"idrettslag", "velforening", "bondelag", "sokn", "menighetsråd",
	}
	orgAbbrevs = []string{"RHF", "HF", "IKS", "AS", "ASA", "SA", "BA", "KF"}

	// orgLabels label a line whose value is the organisation; the value
	// of a label that is itself an org noun ("Kommune: Lier") is named
	// with it ("Lier kommune").
	orgLabels = []string{
		"kommune", "fylkeskommune", "organisasjon", "virksomhet", "selskap", "foretak",
		"forening", "lag", "verksemd", "organisasjon/virksomhet",
	}

	// headStops start the part of a document after its letterhead: an
	// attendance list names other people's organisations.
	headStops = []string{
		"til stede", "tilstede", "deltakere", "deltakarar", "møtt", "møtande",
		"møtende", "fremmøtte", "frammøtte", "forfall", "sakliste", "saksliste",
	}
)

// orgName finds a name of up to four capitalised words ("Unjárga -
// Nesseby") before an org noun, or before a capitalised abbreviation; a
// noun followed by a colon is a label ("Krets: Nordre Kommune: Lier").
var orgName = `((?:\p{Lu}[\p{L}.'-]*\s+(?:-\s+)?){1,4}(?:(?i:` +
	strings.Join(orgNouns, "|") + `)|` + strings.Join(orgAbbrevs, "|") + `))(?:[^\p{L}:]|$)`

// orgNameRe is orgName compiled.
var orgNameRe = lazy.Regexp(orgName)

// nextLabel finds the next "Label:" on a line that text extraction joined
// ("Kommune: Lier Fylke: Viken"), where a label value ends.
var nextLabel = lazy.Regexp(`\s\p{L}+\s*:`)

// leadWords are capitalised at the start of a line but are no part of a
// name: "For Fjellvik kommune", "Til Strandby kommune".
var leadWords = []string{"for", "til", "fra", "i", "på", "av", "med", "og", "pva.", "vegne"}

// signatureWords introduce the organisation a signature signs for.
var signatureWords = []string{"for", "på vegne av", "pva.", "på vegner av"}

// signatureRe reads "For Fjellvik kommune", "På vegne av Helse Vest RHF"
// at the start of a line.
var signatureRe = lazy.Regexp(`(?m)^(?i:` + quoteAll(signatureWords) + `)\s+` + orgName)

// orgLabelRe reads "Kommune: Lier", "Organisasjon: Nordlys IL", also after
// another label on the same line.
var orgLabelRe = lazy.Regexp(`(?i)(?:^|\s)(` + quoteAll(orgLabels) + `)\s*:\s*(\S.*)$`)

func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// refLabels introduce a written reference to a case: "sak 21/25", "Sak
// 21-25", "jf. sak 21/25", "saka 3/24" (nynorsk), "PS 12/24". A series
// written in capitals (PS, RS, FO) is a label of its own.
var refLabels = []string{"sak", "saka", "saken", "saker", "styresak", "styresaka", "sakene"}

// refRe finds a reference: a label, an optional "nr.", and a number whose
// year has two digits or is 19xx/20xx, so that archive numbers
// ("24/00311") are not read as cases.
var refRe = lazy.Regexp(`(?:(?i:\b(?:` + quoteAll(refLabels) + `))|\b\p{Lu}{2,3})\.?\s+(?i:nr\.?\s*)?` +
	`(\d{1,4}\s*[/-]\s*(?:(?:19|20)\d\d|\d\d))\b(?:[^/\d-]|$)`)
