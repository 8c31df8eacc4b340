package synth

// bodyKind says what sort of body meets, which decides its members'
// affiliations, its places and its preferred layouts.
type bodyKind int

const (
	steering  bodyKind = iota // a steering group of sector organisations
	committee                 // an elected municipal body
	board                     // the board of a health trust (HF)
)

// bodyTemplate is one governing body; %s in the names is its owner (a
// municipality, a region or a health trust).
type bodyTemplate struct {
	kind      bodyKind
	nb, nn    string
	shortNB   string // how its decisions name it: "Formannskapet godkjenner ..."
	shortNN   string
	ownerList []string // where %s comes from; nil for a municipality (or none)
	domains   string   // the topic domains its cases come from
}

var bodies = []bodyTemplate{
	{steering, "Styringsgruppen for Normen", "Styringsgruppa for Normen", "Styringsgruppen", "Styringsgruppa", nil, "health"},
	{steering, "Styringsgruppen for legevaktsamarbeidet i %s", "Styringsgruppa for legevaktsamarbeidet i %s", "Styringsgruppen", "Styringsgruppa", regions, "health"},
	{steering, "Styringsgruppen for e-helse i %s", "Styringsgruppa for e-helse i %s", "Styringsgruppen", "Styringsgruppa", regions, "health"},
	{steering, "Arbeidsutvalget for informasjonssikkerhet", "Arbeidsutvalet for informasjonstryggleik", "Arbeidsutvalget", "Arbeidsutvalet", nil, "health"},
	{steering, "Samarbeidsutvalget mellom %s og kommunene", "Samarbeidsutvalet mellom %s og kommunane", "Samarbeidsutvalget", "Samarbeidsutvalet", trusts, "health muni"},
	{committee, "Formannskapet i %s", "Formannskapet i %s", "Formannskapet", "Formannskapet", nil, "muni"},
	{committee, "Helse- og omsorgsutvalget i %s", "Helse- og omsorgsutvalet i %s", "Helse- og omsorgsutvalget", "Helse- og omsorgsutvalet", nil, "health muni"},
	{committee, "Valgstyret i %s", "Valstyret i %s", "Valgstyret", "Valstyret", nil, "valg"},
	{committee, "Kommunestyret i %s", "Kommunestyret i %s", "Kommunestyret", "Kommunestyret", nil, "muni"},
	{committee, "Eldrerådet i %s", "Eldrerådet i %s", "Eldrerådet", "Eldrerådet", nil, "health muni"},
	{committee, "Kontrollutvalget i %s", "Kontrollutvalet i %s", "Kontrollutvalget", "Kontrollutvalet", nil, "audit muni"},
	{board, "Styret i %s", "Styret i %s", "Styret", "Styret", trusts, "board health audit"},
	{board, "Styret i %s", "Styret i %s", "Styret", "Styret", regionalTrusts, "board health audit"},
}

// Municipalities whose documents are in bokmål and in nynorsk.
var (
	municipalitiesNB = []string{
		"Bergen kommune", "Trondheim kommune", "Bodø kommune", "Tromsø kommune", "Ålesund kommune",
		"Lillehammer kommune", "Hamar kommune", "Gjøvik kommune", "Molde kommune", "Kristiansund kommune",
		"Levanger kommune", "Steinkjer kommune", "Narvik kommune", "Alta kommune", "Harstad kommune",
		"Sandnes kommune", "Arendal kommune", "Grimstad kommune", "Skien kommune", "Porsgrunn kommune",
		"Drammen kommune", "Asker kommune", "Lørenskog kommune", "Fredrikstad kommune", "Sarpsborg kommune",
		"Halden kommune", "Kongsberg kommune", "Elverum kommune", "Røros kommune", "Sortland kommune",
	}
	municipalitiesNN = []string{
		"Voss herad", "Ørsta kommune", "Volda kommune", "Sogndal kommune", "Sunnfjord kommune",
		"Stord kommune", "Ullensvang herad", "Lærdal kommune", "Årdal kommune", "Fjaler kommune",
		"Bjørnafjorden kommune", "Kvinnherad kommune", "Hå kommune", "Time kommune", "Suldal kommune",
		"Vinje kommune", "Tinn kommune", "Seljord kommune", "Hemsedal kommune", "Vågå kommune",
		"Kvam herad", "Masfjorden kommune", "Hyllestad kommune", "Ulstein kommune", "Fitjar kommune",
	}
	regions = []string{
		"Midt-Troms", "Indre Østfold", "Salten", "Vesterålen", "Hallingdal", "Nordhordland", "Sunnmøre",
		"Gudbrandsdalen", "Lister", "Nord-Jæren", "Vest-Finnmark", "Hardanger", "Valdres", "Namdalen", "Sogn",
	}
	regionalTrusts = []string{"Helse Nord RHF", "Helse Midt-Norge RHF", "Helse Vest RHF", "Helse Sør-Øst RHF"}
	trusts         = []string{
		"Helse Bergen HF", "Helse Stavanger HF", "Helse Førde HF", "Helse Fonna HF", "Sykehuset Innlandet HF",
		"Sykehuset Østfold HF", "Vestre Viken HF", "Akershus universitetssykehus HF", "St. Olavs hospital HF",
		"Universitetssykehuset Nord-Norge HF", "Helse Møre og Romsdal HF", "Nordlandssykehuset HF",
		"Finnmarkssykehuset HF", "Sørlandet sykehus HF", "Sykehuset Telemark HF", "Helgelandssykehuset HF",
	}
)

// Organisations that send members to steering groups.
var sectorOrgs = []string{
	"Helsedirektoratet", "Folkehelseinstituttet", "KS", "Norsk helsenett", "Den norske legeforening",
	"Norsk sykepleierforbund", "Apotekforeningen", "Den norske tannlegeforening", "Norsk psykologforening",
	"Norsk fysioterapeutforbund", "Fagforbundet", "Helse Vest RHF", "Helse Sør-Øst RHF", "Helse Midt-Norge RHF",
	"Helse Nord RHF", "Datatilsynet", "Statens helsetilsyn", "KiNS", "Private helsevirksomheter", "Virke",
	"NHO Geneo", "Nasjonalt senter for e-helseforskning", "Statsforvalteren i Vestland", "Teknorge", "Pasient- og brukerombudet",
}

// Parties, as members of elected bodies are listed.
var parties = []string{"Ap", "H", "Sp", "FrP", "SV", "KrF", "V", "MDG", "R", "INP", "PP"}

// Roles by kind of body, in bokmål and nynorsk; the first is the chair.
var roles = map[bodyKind][2][]string{
	steering:  {{"Leder", "Nestleder", "Medlem", "Medlem", "Medlem", "Observatør"}, {"Leiar", "Nestleiar", "Medlem", "Medlem", "Medlem", "Observatør"}},
	committee: {{"Leder", "Nestleder", "Medlem", "Medlem", "Medlem"}, {"Leiar", "Nestleiar", "Medlem", "Medlem", "Medlem"}},
	board:     {{"Styreleder", "Nestleder", "Styremedlem", "Styremedlem", "Ansattvalgt styremedlem"}, {"Styreleiar", "Nestleiar", "Styremedlem", "Styremedlem", "Tilsettvald styremedlem"}},
}

// Meeting places by kind of body; %s is the owner's or the municipality's name.
var places = map[bodyKind][]string{
	steering: {"Teams", "Digitalt møte (Teams)", "Helsedirektoratet, Vitaminveien 4, Oslo (og Teams)",
		"KS-huset, Haakon VIIs gate 9, Oslo", "Møterom Fjorden, Helse Bergen", "Scandic Hotel Bergen City"},
	committee: {"Rådhuset, formannskapssalen", "Kommunestyresalen, %s", "Kulturhuset, store sal",
		"Teams", "Rådhuset, møterom 2", "Heradshuset, kommunestyresalen"},
	board: {"Styrerommet, %s", "Quality Hotel Residence, Hamar", "Teams", "Thon Hotel Gardermoen", "Administrasjonsbygget, %s"},
}
