package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one text line of a box or cell.
type line struct {
	x0, x1, y float64
	size      float64
	bold      bool
	bullet    bool
	glued     bool // goes on with the word that ends the line above
	text      string
}

// para is a paragraph: lines with Text joined by "\n".
type para struct {
	lines []line
	list  bool
}

func (p para) text() string {
	var sb strings.Builder
	for i, l := range p.lines {
		if i > 0 && !l.glued {
			sb.WriteByte('\n')
		}
		sb.WriteString(l.text)
	}
	return sb.String()
}

func (p para) size() float64 {
	s := 0.0
	for _, l := range p.lines {
		s = math.Max(s, l.size)
	}
	return s
}

func (p para) bold() bool {
	for _, l := range p.lines {
		if !l.bold {
			return false
		}
	}
	return true
}

// lineUp groups segments into lines, top to bottom and left to right.
func lineUp(segs []*seg) []line {
	sorted := append([]*seg(nil), segs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].y > sorted[j].y })
	var out []line
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[i].y-sorted[j].y <= sameLine*sorted[i].size {
			j++
		}
		row := sorted[i:j]
		sort.SliceStable(row, func(a, b int) bool { return row[a].x0 < row[b].x0 })
		out = append(out, joinLine(row))
		i = j
	}
	return out
}

func joinLine(row []*seg) line {
	l := line{x0: row[0].x0, y: row[0].y, bold: true, bullet: row[0].bullet}
	if len(row) > 1 && isBullet(row[0].text) {
		row, l.bullet, l.x0 = row[1:], true, row[1].x0
	}
	texts := make([]string, len(row))
	for i, s := range row {
		texts[i] = s.text
		l.x1 = math.Max(l.x1, s.x1)
		l.size = math.Max(l.size, s.size)
		l.bold = l.bold && s.bold
	}
	l.text = strings.Join(texts, " ")
	return l
}

// splitParas cuts lines into paragraphs at bullets, size changes, gaps
// wider than the line pitch (the page's, when known, else the smallest
// here) or than maxLeading (a box takes lines farther apart under a larger
// heading), indentation and lines that end early (the next line's first word
// would have fitted).
func splitParas(lines []line, pagePitch float64) []para {
	if len(lines) == 0 {
		return nil
	}
	right, pitch := lines[0].x1, math.Inf(1)
	if pagePitch > 0 {
		pitch = pagePitch
	}
	for i, l := range lines {
		right = math.Max(right, l.x1)
		if i > 0 {
			if d := lines[i-1].y - l.y; d > 0.5*l.size {
				pitch = math.Min(pitch, d)
			}
		}
	}
	out := []para{{lines: lines[:1], list: lines[0].bullet}}
	for i := 1; i < len(lines); i++ {
		cur := &out[len(out)-1]
		if breaksBefore(*cur, lines[i-1], lines[i], right, pitch) {
			out = append(out, para{list: lines[i].bullet})
			cur = &out[len(out)-1]
		} else {
			lines[i].glued = brokenWord(lines[i-1], lines[i], right)
		}
		cur.lines = append(cur.lines, lines[i])
	}
	return splitEntries(out)
}

// splitEntries gives every line of a list of entries a paragraph of its
// own.
func splitEntries(ps []para) []para {
	var out []para
	for _, p := range ps {
		if !entryLines(p) {
			out = append(out, p)
			continue
		}
		for _, l := range p.lines {
			out = append(out, para{lines: []line{l}})
		}
	}
	return out
}

// entryLines reports a paragraph whose lines are the entries of a list
// set one to a line (names, often in columns): two or more lines that are
// entries and do not end as a line that wraps on does.
func entryLines(p para) bool {
	if len(p.lines) < 2 || p.list {
		return false
	}
	for i, l := range p.lines {
		words := strings.Fields(l.text)
		if l.bold || !entry(l.text, len(words)) || i < len(p.lines)-1 && wrapsOn(words[len(words)-1]) {
			return false
		}
	}
	return true
}

// entry reports a line that can be a list entry: opening with a capital,
// not a sentence, of two words up to maxLabelWords (one for a label).
func entry(text string, words int) bool {
	first, _ := utf8.DecodeRuneInString(text)
	last := lastRune(text)
	return unicode.IsUpper(first) && !strings.ContainsAny(last, ".!?") && words <= maxLabelWords &&
		(words >= 2 || last == ":")
}

// wrapsOn reports a last word after which a line goes on: a hyphen, a
// comma or a short lower-case word (og, i, av, for, til …).
func wrapsOn(last string) bool {
	r, _ := utf8.DecodeLastRuneInString(last)
	return strings.ContainsRune("-–,/&", r) || utf8.RuneCountInString(last) <= 3 && strings.ToLower(last) == last
}

func breaksBefore(p para, prev, l line, right, pitch float64) bool {
	size := math.Max(prev.size, l.size)
	switch {
	case l.bullet:
		return true
	case math.Max(prev.size, l.size) > 1.15*math.Min(prev.size, l.size):
		return true
	case prev.y-l.y > 1.2*pitch+1 || prev.y-l.y > maxLeading*size:
		return true
	case headingEdge(p, prev, l):
		return true
	case p.list && l.x0 < p.lines[0].x0-0.8*size && opensLabel(l.text) && !wrapsOn(lastWord(prev.text)):
		return true // a labelled paragraph out of the list
	case centered(prev, l, size) || p.list:
	case l.x0 > prev.x0+0.8*size:
		return true
	case l.x0 < prev.x0-0.8*size && len(p.lines) > 1:
		return true
	}
	return endsEarly(prev, l, right)
}

// maxLabelRunWords is the most words of a label that opens a paragraph.
const maxLabelRunWords = 3

// opensLabel reports a line opening with a label: up to maxLabelRunWords
// words of letters, the first capitalised and the last ending in a colon
// ("Vedtak:", "Forslag til vedtak:"). Under a list item, such a line set
// left of the item's text starts a paragraph, where a wrapped line would
// go on.
func opensLabel(text string) bool {
	first, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(first) {
		return false
	}
	words := strings.Fields(text)
	for _, w := range words[:min(len(words), maxLabelRunWords)] {
		word, colon := strings.CutSuffix(w, ":")
		if utf8.RuneCountInString(word) < 2 || strings.IndexFunc(word, notLetter) >= 0 {
			return false
		}
		if colon {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

func lastWord(text string) string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// headingEdge reports where a bold heading set at ordinary line spacing
// starts (a bold line opening with a capital or digit after a line that
// ends a sentence) or ends (a line opening with a capital or digit after
// bold lines that read as a heading).
func headingEdge(p para, prev, l line) bool {
	if prev.bold == l.bold || !opensUpper(l.text) {
		return false
	}
	if l.bold {
		return strings.ContainsAny(lastRune(prev.text), ".!?:")
	}
	return p.bold() && len(p.lines) <= maxBoldLines && headingText(p.text())
}

// endsEarly reports whether the first word of l would have fitted at the
// end of prev, so prev was ended on purpose.
func endsEarly(prev, l line, right float64) bool {
	if strings.HasSuffix(prev.text, "-") || l.x1 <= l.x0 {
		return false
	}
	first, _, _ := strings.Cut(l.text, " ")
	perRune := (l.x1 - l.x0) / float64(utf8.RuneCountInString(l.text))
	need := perRune * float64(utf8.RuneCountInString(first)+1)
	return prev.x1+need < right-0.5*l.size
}

// minBrokenRunes is the shortest line a word broken for want of room can
// fill: only a word as wide as its column is broken without a hyphen.
const minBrokenRunes = 12

// brokenWord reports a word broken without a hyphen because it was wider
// than its column (narrow table cells): prev is one long word that reaches
// the right edge and l goes on in lower case.
func brokenWord(prev, l line, right float64) bool {
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	first, _ := utf8.DecodeRuneInString(l.text)
	return !strings.Contains(prev.text, " ") && utf8.RuneCountInString(prev.text) >= minBrokenRunes &&
		unicode.IsLetter(last) && unicode.IsLower(first) && prev.x1 >= right-0.5*prev.size
}

// centered reports lines centred on each other but starting at different
// places: a centred title rather than an indented paragraph.
func centered(a, b line, size float64) bool {
	return math.Abs(a.x0-b.x0) > 0.8*size && math.Abs((a.x0+a.x1)-(b.x0+b.x1)) < size
}
