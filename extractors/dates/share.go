package dates

// shareWords join dates that share a year written after the last of them:
// "januar og februar 2026", "våren istedenfor høsten 2026".
var shareWords = wordSet("og eller samt istedenfor isteden i stedet for enten og/eller")

// shareYears gives a yearless single date the written year of the next
// date of the same grain when only joining words stand between them.
func shareYears(t []token, ms []match) {
	for k := len(ms) - 2; k >= 0; k-- {
		a, b := &ms[k], &ms[k+1]
		if a.a.y != 0 || a.a.cue != cueNone || a.b.g != gNone || a.a.g == gNone ||
			b.a.y == 0 || b.a.g != a.a.g || !joined(t, a.to, b.from) {
			continue
		}
		a.a.y = b.a.y
		if a.a.g == gDay && a.a.d > daysIn(a.a.y, a.a.m) {
			a.a.y = 0
		}
	}
}

// joined reports whether tokens [from, to) are only joining words and marks.
func joined(t []token, from, to int) bool {
	for k := from; k < to; k++ {
		if t[k].kind == tPunct && (t[k].s == "," || t[k].s == "/" || t[k].s == "&") {
			continue
		}
		if t[k].kind != tWord || !shareWords[t[k].low] {
			return false
		}
	}
	return true
}
