package pdf

import (
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// word is a run of glyphs without a space, in one font and size. Positions
// are in the frame of dir (see rotate): y is the baseline, growing upwards.
type word struct {
	x0, x1, y   float64
	size        float64
	dir         uint8
	bold        bool
	estimated   bool
	spaceBefore bool // a space glyph preceded it in the same string
	text        string
}

// pageContent is what a page draws.
type pageContent struct {
	words    []word
	rules    []ruling
	unmapped int // glyphs without a Unicode mapping
}

// fallbackFont stands in for a font that is missing from the resources.
var fallbackFont = &font{table: simpleTable(lpdf.Value{}), dw: guessWidth, scale: 0.001,
	estimated: true, widths: map[uint32]float64{' ': guessWidth / 2}}

// text handles the text operators; it reports whether op was one.
func (in *interp) text(op string, s *scanner, res lpdf.Value, fonts map[string]*font) bool {
	g := &in.gs
	switch op {
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tf":
		g.size = s.last(0).num
		g.font = in.font(s.last(1).text, res, fonts)
	case "Tc":
		g.tc = s.last(0).num
	case "Tw":
		g.tw = s.last(0).num
	case "Tz":
		g.th = s.last(0).num / 100
	case "TL":
		g.tl = s.last(0).num
	case "Td", "TD":
		tx, ty := s.last(1).num, s.last(0).num
		if op == "TD" {
			g.tl = -ty
		}
		in.tlm = translate(tx, ty).mul(in.tlm)
		in.tm = in.tlm
	case "Tm":
		if m, ok := lastMatrix(s); ok {
			in.tm, in.tlm = m, m
		}
	case "T*":
		in.nextLine()
	case "Tj":
		in.show(s.last(0).text)
	case "'":
		in.nextLine()
		in.show(s.last(0).text)
	case "\"":
		g.tw, g.tc = s.last(2).num, s.last(1).num
		in.nextLine()
		in.show(s.last(0).text)
	case "TJ":
		in.showArray(s.last(0).arr)
	default:
		return false
	}
	return true
}

func (in *interp) nextLine() {
	in.tlm = translate(0, -in.gs.tl).mul(in.tlm)
	in.tm = in.tlm
}

func (in *interp) font(name string, res lpdf.Value, fonts map[string]*font) *font {
	if f, ok := fonts[name]; ok {
		return f
	}
	f := fallbackFont
	if v := res.Key("Font").Key(name); v.Kind() == lpdf.Dict {
		f = in.fonts.get(v)
	}
	fonts[name] = f
	return f
}

// showArray draws a TJ array. Small position adjustments (kerning) stay
// inside a word; larger ones end it, and the layout decides about spaces.
func (in *interp) showArray(arr []operand) {
	w := in.words()
	for _, o := range arr {
		switch o.kind {
		case tStr:
			w.show(o.text)
		case tNum:
			if math.Abs(o.num) > kernLimit {
				w.flush()
			}
			w.pos -= o.num / 1000 * in.gs.size * in.gs.th
		}
	}
	w.finish()
}

// kernLimit is the largest TJ adjustment, in thousandths of an em, that is
// taken as kerning inside a word.
const kernLimit = 100

func (in *interp) show(raw string) {
	w := in.words()
	w.show(raw)
	w.finish()
}

func (in *interp) words() *wordBuilder {
	f := in.gs.font
	if f == nil {
		f = fallbackFont
	}
	m := in.tm.mul(in.gs.ctm)
	return &wordBuilder{in: in, m: m, f: f, size: in.gs.size * math.Hypot(m[2], m[3]), dir: m.quadrant(), spaceBefore: in.spaceAfter}
}
