package minutes

import (
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// noticeWord: innkalling, møteinnkalling, innkallelse, sakskart, saksliste.
// A notice calls a meeting and lists its cases; it records no meeting.
func noticeWord(w string) bool {
	return callWord(w) || w == "sakskart" || w == "saksliste" || w == "sakliste"
}

// callWord: innkalling, møteinnkalling, innkallelse.
func callWord(w string) bool {
	for _, p := range []string{"innkalling", "innkallelse", "møteinnkalling", "møteinnkallelse"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// recordWord: referat, protokoll, møtebok, the words of a record of a
// meeting held (unlike minutesWord, not "styremøte").
func recordWord(w string) bool {
	return w == "møtebok" || strings.HasSuffix(w, "protokoll") || strings.HasSuffix(w, "referat")
}

// isNotice reports whether a document is a meeting notice: its title or
// meta title names one ("Møteinnkalling Formannskapet", "Innkalling til
// styremøte", "Sakskart"), or, with no decision in the text, one of its
// first lines is a short heading that opens with "Innkalling". Nothing at
// the top may name a record ("Referat og innkalling").
func isNotice(d *doc.Document, lines []line, title string) bool {
	titles := fold(title) + " / " + fold(d.Meta.Title)
	if anyWord(titles, recordWord) {
		return false
	}
	var heads []string
	for i := 0; i < len(lines) && i < 5; i++ {
		if anyWord(fold(lines[i].text), recordWord) {
			return false
		}
		heads = append(heads, lines[i].text)
	}
	if anyWord(titles, noticeWord) {
		return true
	}
	for _, h := range heads {
		f := strings.Fields(fold(h))
		if len(f) > 0 && len(f) <= 8 && callWord(f[0]) && !endsSentence(h) && !hasDecision(lines) {
			return true
		}
	}
	return false
}

// hasDecision reports whether a line labels a decision.
func hasDecision(lines []line) bool {
	for _, l := range lines {
		if l.lab == labelDecision {
			return true
		}
	}
	return false
}

// noticeWarning explains why a notice is not read as minutes.
const noticeWarning = "meeting notice (innkalling), not minutes: the title calls a meeting; no attendance or decisions are read"
