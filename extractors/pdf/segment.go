package pdf

import (
	"math"
	"strings"
	"unicode/utf8"
)

// seg is a piece of a text line: words on one baseline without a wide gap,
// kept in content-stream order (sorting glyphs by x alone breaks overprinted
// and kerned text).
type seg struct {
	x0, x1, y float64
	size      float64
	bold      bool // every word bold
	bullet    bool // a list bullet preceded the text (and was dropped)
	text      string
}

func (s *seg) top() float64    { return s.y + 0.8*s.size }
func (s *seg) bottom() float64 { return s.y - 0.25*s.size }

const (
	splitGap    = 1.0  // ems of white space that end a segment
	bulletGap   = 4.0  // ems a bullet may sit before its text
	spaceGap    = 0.15 // ems of gap that make a space between words
	guessedGap  = 0.3  // the same when widths are guessed
	sameLine    = 0.3  // ems of baseline difference within a line
	overlapBack = 0.5  // ems a word may start before the previous one ends
)

// segments joins the words of one direction into segments.
func segments(words []word, rules []ruling) []*seg {
	var out []*seg
	var cur *seg
	var last word
	cols := findGutters(words)
	for _, w := range words {
		if cur != nil && duplicate(last, w) {
			continue
		}
		if cur != nil && continues(cur, last, w, rules) && !crossesGutter(cols, cur, last, w) {
			if cur.text == last.text && markerBefore(last, w) {
				cur.bullet, cur.text, cur.x0 = true, w.text, w.x0
			} else {
				cur.text += joiner(last, w) + w.text
			}
			cur.x1 = math.Max(cur.x1, w.x1)
			cur.size = math.Max(cur.size, w.size)
			cur.bold = cur.bold && w.bold
		} else {
			cur = &seg{x0: w.x0, x1: w.x1, y: w.y, size: w.size, bold: w.bold, text: w.text}
			out = append(out, cur)
		}
		last = w
	}
	return out
}

// duplicate reports a word drawn twice at almost the same place (fake bold,
// shadows).
func duplicate(a, b word) bool {
	tol := 0.2 * b.size
	return a.text == b.text && math.Abs(a.x0-b.x0) < tol && math.Abs(a.y-b.y) < tol
}

func continues(s *seg, last, w word, rules []ruling) bool {
	size := math.Max(s.size, w.size)
	if math.Abs(w.y-s.y) > sameLine*size || w.x0 < last.x1-overlapBack*size {
		return false
	}
	gap := w.x0 - last.x1
	limit := splitGap * size
	if s.text == last.text && isBullet(s.text) {
		limit = bulletGap * size
	}
	return gap <= limit && !ruledBetween(rules, last.x1, w.x0, w.y+0.3*w.size)
}

// crossesGutter reports a gap between words that is a narrow gutter after
// an entry of two words or more (not after a bullet or a number).
func crossesGutter(cols gutters, s *seg, last, w word) bool {
	return w.x0-last.x1 >= gutterGap*w.size && cols.at(w.x0) && strings.Contains(s.text, " ")
}

func joiner(a, b word) string {
	limit := spaceGap
	if a.estimated || b.estimated {
		limit = guessedGap
	}
	if b.spaceBefore || b.x0-a.x1 > limit*math.Max(a.size, b.size) {
		return " "
	}
	return ""
}

// ruledBetween reports a vertical ruling between x0 and x1 crossing y.
func ruledBetween(rules []ruling, x0, x1, y float64) bool {
	for _, r := range rules {
		if !r.horizontal() && r.x0 > x0 && r.x0 < x1 && r.y0 <= y && r.y1 >= y {
			return true
		}
	}
	return false
}

// bullets are glyphs that mark a list item wherever they stand (with the
// private-use bullets of Symbol and Wingdings); weakBullets do so only when
// a tab-like gap follows them.
const (
	bullets       = "•◦▪▫■□●○◆◇►▶➢➤✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
	weakBullets   = "–-*·o"
	weakBulletGap = 0.6 // ems
)

func isBullet(s string) bool {
	return utf8.RuneCountInString(s) == 1 && strings.ContainsAny(s, bullets+weakBullets)
}

// markerBefore reports whether word a is a list bullet for word b.
func markerBefore(a, b word) bool {
	if !isBullet(a.text) {
		return false
	}
	return strings.Contains(bullets, a.text) || b.x0-a.x1 >= weakBulletGap*b.size
}
