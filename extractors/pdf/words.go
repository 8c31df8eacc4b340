package pdf

import "strings"

// show splits a string into words at spaces and advances past it.
func (w *wordBuilder) show(raw string) {
	g, f := &w.in.gs, w.f
	for len(raw) > 0 {
		n, text, gw, isSpace := f.next(raw)
		raw = raw[n:]
		glyph := gw * f.scale * g.size * g.th
		if text == "" {
			w.in.out.unmapped++
		}
		if strings.TrimSpace(text) == "" {
			w.flush()
			w.spaceBefore = w.spaceBefore || text != ""
		} else {
			w.add(text, w.pos, w.pos+glyph)
		}
		w.pos += glyph + g.tc*g.th
		if isSpace {
			w.pos += g.tw * g.th
		}
	}
}

// finish ends the last word and moves the text matrix past the text.
func (w *wordBuilder) finish() {
	w.flush()
	w.in.tm = translate(w.pos, 0).mul(w.in.tm)
	w.in.spaceAfter = w.spaceBefore // a trailing space belongs to the next word
}

// wordBuilder collects the glyphs of one word of a string being shown.
type wordBuilder struct {
	in          *interp
	m           mat
	f           *font
	size        float64
	dir         uint8
	b           strings.Builder
	start, end  float64
	pos         float64 // advance from the start of the text, text space
	spaceBefore bool
}

func (w *wordBuilder) add(text string, from, to float64) {
	if w.b.Len() == 0 {
		w.start = from
	}
	w.b.WriteString(text)
	w.end = to
}

func (w *wordBuilder) flush() {
	if w.b.Len() == 0 {
		return
	}
	defer w.b.Reset()
	out := &w.in.out
	if len(out.words) >= maxWords || w.size < 0.1 {
		return
	}
	x0, y0 := rotate(w.dir, w.m[4]+w.start*w.m[0], w.m[5]+w.start*w.m[1])
	x1, _ := rotate(w.dir, w.m[4]+w.end*w.m[0], w.m[5]+w.end*w.m[1])
	if !finite(x0, x1, y0, w.size) {
		return
	}
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	out.words = append(out.words, word{x0: x0, x1: x1, y: y0, size: w.size, dir: w.dir,
		bold: w.f.bold, estimated: w.f.estimated, spaceBefore: w.spaceBefore,
		text: cleanText(w.b.String())})
	w.spaceBefore = false
}

var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// cleanText expands ligatures (the library ignores /ActualText) and drops
// control characters.
func cleanText(s string) string {
	s = ligatures.Replace(s)
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
}
