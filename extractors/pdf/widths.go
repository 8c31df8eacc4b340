package pdf

import lpdf "github.com/ledongthuc/pdf"

const (
	maxWidthEntries = 1 << 16
	guessWidth      = 500 // glyph units for a font without widths
)

// simpleWidths reads /FirstChar and /Widths of a single-byte font. A font
// without them (the standard 14) gets estimated widths.
func (f *font) simpleWidths(v, desc lpdf.Value) {
	if m := v.Key("FontMatrix"); v.Key("Subtype").Name() == "Type3" && m.Index(0).Float64() != 0 {
		f.scale = m.Index(0).Float64()
	}
	ws := v.Key("Widths")
	first := int(v.Key("FirstChar").Int64())
	f.widths = make(map[uint32]float64, ws.Len())
	var sum float64
	var n int
	for i := 0; i < ws.Len() && i < 256; i++ {
		w := ws.Index(i).Float64()
		if c := first + i; c >= 0 && c < 256 {
			f.widths[uint32(c)] = w
		}
		if w > 0 {
			sum += w
			n++
		}
	}
	switch {
	case desc.Key("MissingWidth").Float64() > 0:
		f.dw = desc.Key("MissingWidth").Float64()
	case n > 0:
		f.dw = sum / float64(n)
	default:
		f.estimated = true
		f.dw = guessWidth * 0.001 / f.scale
		f.widths[' '] = f.dw / 2
	}
}

// cidWidths reads /DW and /W of a CIDFont: entries "c [w1 w2 ...]" and
// "cFirst cLast w". Codes are taken as CIDs (Identity encodings).
func (f *font) cidWidths(d lpdf.Value) {
	f.dw = 1000
	if dw := d.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
		f.dw = dw.Float64()
	}
	w := d.Key("W")
	f.widths = make(map[uint32]float64)
	if w.Kind() != lpdf.Array {
		f.estimated = d.IsNull()
		return
	}
	for i := 0; i+1 < w.Len() && len(f.widths) < maxWidthEntries; {
		c := w.Index(i).Int64()
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			for k := 0; k < next.Len() && len(f.widths) < maxWidthEntries; k++ {
				f.widths[uint32(c)+uint32(k)] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		last, width := next.Int64(), w.Index(i+2).Float64()
		for x := c; x <= last && len(f.widths) < maxWidthEntries; x++ {
			f.widths[uint32(x)] = width
		}
		i += 3
	}
}
