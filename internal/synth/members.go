package synth

import (
	"math/rand/v2"
	"strings"
)

// members draws the members present and absent, with distinct names. The
// chair comes first.
func members(rng *rand.Rand, k bodyKind, lang int) (present, absent []Person) {
	n := 4 + rng.IntN(13)
	a := rng.IntN(5)
	if chance(rng, 0.15) {
		a = 0
	}
	seen := map[string]bool{}
	rs := roles[k][lang]
	for i := range n + a {
		p := Person{Name: uniqueName(rng, seen), Org: affiliation(rng, k), Role: rs[min(i, len(rs)-1)]}
		if i >= 2 {
			p.Role = pick(rng, rs[2:])
		}
		if i < n {
			present = append(present, p)
		} else {
			absent = append(absent, p)
		}
	}
	return present, absent
}

func uniqueName(rng *rand.Rand, seen map[string]bool) string {
	for {
		name := personName(rng)
		if !seen[name] {
			seen[name] = true
			return name
		}
	}
}

// affiliation is the organisation a member stands for: a sector
// organisation, a party, or none on a board (the role says enough).
func affiliation(rng *rand.Rand, k bodyKind) string {
	switch k {
	case committee:
		return pick(rng, parties)
	case board:
		return ""
	}
	return pick(rng, sectorOrgs)
}

// minutesTitle writes the document's title line.
func minutesTitle(rng *rand.Rand, m *Meeting, lang int) string {
	l := labelSets[lang]
	body := m.Body
	if strings.HasPrefix(body, "Styret i ") {
		return l.boardMinutes + " " + strings.TrimPrefix(body, "Styret i ")
	}
	lower := lowerFirst(body)
	switch {
	case m.Layout == LayoutProtocol:
		return l.protocol + " – " + body
	case chance(rng, 0.5):
		return l.minutesFrom + " " + lower + " " + longDate(m.Date)
	}
	return l.minutesFrom + " " + lower
}
