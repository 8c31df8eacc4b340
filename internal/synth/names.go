package synth

import (
	"math/rand/v2"
	"strings"
)

// Norwegian given names, with æøå, double names and a few of the names
// newer Norwegians bring.
var firstNames = []string{
	"Anne", "Kari", "Ingrid", "Marit", "Liv", "Ragnhild", "Åse", "Sølvi", "Gunnhild", "Målfrid",
	"Signe", "Solveig", "Tone", "Hege", "Marte", "Ida", "Nora", "Thea", "Ingeborg", "Åshild",
	"Siri", "Camilla", "Martine", "Elisabeth", "Laila", "Cathrine", "Henriette", "Guro", "Ane", "Birgitte",
	"Torunn", "Bodil", "Randi", "Sigrid", "Astrid", "Vigdis", "Eldbjørg", "Gudrun", "Trine", "Silje",
	"Per", "Ola", "Lars", "Jon", "Pål", "Bjørn", "Øystein", "Kåre", "Håkon", "Jørgen",
	"Ørjan", "Torbjørn", "Sigbjørn", "Ståle", "Tormod", "Knut", "Arne", "Svein", "Terje", "Geir",
	"Harald", "Torstein", "Amund", "Andre", "Marius", "Christian", "Stian", "John", "Magnus", "Sindre",
	"Even", "Eirik", "Vegard", "Asbjørn", "Trygve", "Øyvind", "Bård", "Sverre", "Halvard", "Njål",
	"Ida-Kristin", "Anne-Lise", "Kari-Anne", "Hans-Petter", "Per-Olav", "Jan-Erik", "Mari-Ann", "Tor-Arne",
	"Fatima", "Ahmed", "Suhail", "Amina", "Mohammed", "Nguyen", "Aleksander", "Agnieszka", "Tomasz", "Leila",
}

// Norwegian family names; some double as middle names.
var lastNames = []string{
	"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
	"Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
	"Jørgensen", "Henriksen", "Lund", "Halvorsen", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand",
	"Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie",
	"Amundsen", "Rasmussen", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Fredriksen", "Holm",
	"Lien", "Hauge", "Evensen", "Sæther", "Aas", "Myhre", "Haugland", "Thomassen", "Sivertsen", "Simonsen",
	"Sandvik", "Rønning", "Arnesen", "Næss", "Vik", "Haug", "Ellingsen", "Thorsen", "Birkeland", "Isaksen",
	"Gulbrandsen", "Ruud", "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Helland", "Bøe", "Aune",
	"Tveit", "Brekke", "Løvvik", "Sakshaug", "Bråten", "Grønli", "Kvåle", "Skjærvø", "Østby", "Årseth",
	"Løkken", "Mæland", "Ølstad", "Bjørnstad", "Fløtten", "Kjærnes", "Sæbø", "Tjøstheim", "Flåten", "Håland",
	"Røed", "Dæhli", "Nordahl", "Steinum", "Eikeset", "Solerød", "Torbjørnsen", "Nedregård", "Holden", "Hartvigsen",
	"Mushtaq", "Ali", "Ahmed", "Tran", "Kowalski", "Nowak", "Haddad", "Yilmaz",
}

// personName draws a full name: a given name, sometimes a middle name, and a
// family name that is sometimes a hyphenated double name.
func personName(rng *rand.Rand) string {
	parts := []string{pick(rng, firstNames)}
	if rng.IntN(4) == 0 {
		parts = append(parts, pick(rng, lastNames))
	}
	last := pick(rng, lastNames)
	if rng.IntN(12) == 0 {
		last += "-" + pick(rng, lastNames)
	}
	return strings.Join(append(parts, last), " ")
}

// firstName is the given name of a full name, as a speaker is often named.
func firstName(name string) string {
	first, _, _ := strings.Cut(name, " ")
	return first
}

// pick returns a random element of list.
func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

// chance reports true with probability p.
func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }
