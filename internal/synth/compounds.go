package synth

import (
	"math/rand/v2"
)

// Norwegian builds nouns by compounding; these parts make some 1,500 real
// compound forms per written standard (tilgangsrutinen, legevaktsystemer,
// personvernvurderinga), so that the archive's vocabulary is broad enough
// for search benchmarks and decompounding matters.

// compoundHead is the last part of a compound: singular, definite and
// plural, in bokmål [0] and nynorsk [1].
type compoundHead [2][3]string

var compoundFirsts = [2][]string{
	{"helse", "pasient", "journal", "tilgangs", "informasjons", "sikkerhets", "legevakt", "kommune", "sykehus",
		"bruker", "personvern", "risiko", "avviks", "beredskaps", "omsorgs", "tjeneste", "data", "kvalitets",
		"leverandør", "økonomi", "opplærings", "innkjøps", "arkiv", "samhandlings", "rekrutterings", "bemannings",
		"legemiddel", "skole", "barnehage", "vann", "klima", "bygg", "eiendoms", "valg", "logg"},
	{"helse", "pasient", "journal", "tilgangs", "informasjons", "tryggleiks", "legevakt", "kommune", "sjukehus",
		"brukar", "personvern", "risiko", "avviks", "beredskaps", "omsorgs", "teneste", "data", "kvalitets",
		"leverandør", "økonomi", "opplærings", "innkjøps", "arkiv", "samhandlings", "rekrutterings", "bemannings",
		"legemiddel", "skule", "barnehage", "vatn", "klima", "bygg", "eigedoms", "val", "logg"},
}

var compoundHeads = []compoundHead{
	{{"rutine", "rutinen", "rutiner"}, {"rutine", "rutinen", "rutinar"}},
	{{"plan", "planen", "planer"}, {"plan", "planen", "planar"}},
	{{"system", "systemet", "systemer"}, {"system", "systemet", "system"}},
	{{"avtale", "avtalen", "avtaler"}, {"avtale", "avtalen", "avtalar"}},
	{{"tiltak", "tiltaket", "tiltak"}, {"tiltak", "tiltaket", "tiltak"}},
	{{"analyse", "analysen", "analyser"}, {"analyse", "analysen", "analysar"}},
	{{"rapport", "rapporten", "rapporter"}, {"rapport", "rapporten", "rapportar"}},
	{{"krav", "kravet", "krav"}, {"krav", "kravet", "krav"}},
	{{"prosess", "prosessen", "prosesser"}, {"prosess", "prosessen", "prosessar"}},
	{{"strategi", "strategien", "strategier"}, {"strategi", "strategien", "strategiar"}},
	{{"vurdering", "vurderingen", "vurderinger"}, {"vurdering", "vurderinga", "vurderingar"}},
	{{"løsning", "løsningen", "løsninger"}, {"løysing", "løysinga", "løysingar"}},
	{{"register", "registeret", "registre"}, {"register", "registeret", "register"}},
	{{"portal", "portalen", "portaler"}, {"portal", "portalen", "portalar"}},
	{{"kontroll", "kontrollen", "kontroller"}, {"kontroll", "kontrollen", "kontrollar"}},
	{{"oversikt", "oversikten", "oversikter"}, {"oversikt", "oversikta", "oversikter"}},
}

// Forms of a compound.
const (
	singular = iota
	definite
	plural
)

// compound draws a compound noun in the given form.
func compound(rng *rand.Rand, lang, form int) string {
	return pick(rng, compoundFirsts[lang]) + pick(rng, compoundHeads)[lang][form]
}

// compoundValue fills the compound placeholders: {CS} singular, {CD}
// definite, {CU} definite starting a sentence, {CP} plural. ok is false for
// other keys.
func compoundValue(rng *rand.Rand, lang int, key string) (string, bool) {
	switch key {
	case "CS":
		return compound(rng, lang, singular), true
	case "CD":
		return compound(rng, lang, definite), true
	case "CU":
		return capitalize(compound(rng, lang, definite)), true
	case "CP":
		return compound(rng, lang, plural), true
	}
	return "", false
}
