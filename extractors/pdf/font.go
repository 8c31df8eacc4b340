package pdf

import (
	"strings"
	"unicode/utf16"

	lpdf "github.com/ledongthuc/pdf"
)

// font is what the interpreter needs of a PDF font: how to split a string
// into codes, each code's text and its advance width.
type font struct {
	bold      bool
	twoByte   bool            // Type0: codes are two bytes unless the CMap says otherwise
	ucs2      bool            // Type0 with a UCS-2/UTF-16 encoding and no ToUnicode
	toUni     *cmap           // nil without /ToUnicode
	glyphs    map[uint16]rune // CID → text from the embedded font's cmap, when ToUnicode is of no use
	table     *[256]string
	widths    map[uint32]float64
	dw        float64 // width of codes without one, in glyph units
	scale     float64 // glyph units → text space: 0.001, or FontMatrix[0] for Type3
	estimated bool    // no width information: positions are guesses
}

// fontCache shares parsed fonts between pages. The key is the font
// dictionary as written (with its indirect references), so two different
// fonts that share a resource name are never confused.
type fontCache struct {
	fonts  map[string]*font
	budget *budget
	warn   func(string)
}

const maxCachedFonts = 4096

func (c *fontCache) get(v lpdf.Value) *font {
	key := v.String()
	if f, ok := c.fonts[key]; ok {
		return f
	}
	f := c.load(v)
	if len(c.fonts) < maxCachedFonts {
		c.fonts[key] = f
	}
	return f
}

func (c *fontCache) load(v lpdf.Value) *font {
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	f := &font{scale: 0.001}
	desc := v.Key("FontDescriptor")
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.ucs2 = strings.Contains(v.Key("Encoding").Name(), "UCS2") || strings.Contains(v.Key("Encoding").Name(), "UTF16")
		f.cidWidths(d)
	} else {
		f.table = simpleTable(v)
		f.simpleWidths(v, desc)
	}
	f.bold = isBold(base, desc)
	tu := v.Key("ToUnicode")
	if strings.HasPrefix(tu.Name(), "Identity") { // codes are UCS-2
		f.ucs2 = f.twoByte
	}
	if tu.Kind() == lpdf.Stream {
		data, err := c.budget.read(tu)
		if err != nil {
			c.warn("font " + base + ": ToUnicode: " + err.Error())
		}
		f.toUni = parseCMap(data)
	}
	if f.twoByte && !f.ucs2 && f.toUni.empty() && strings.HasPrefix(v.Key("Encoding").Name(), "Identity") {
		f.glyphs = c.cidGlyphs(v.Key("DescendantFonts").Index(0), base)
	}
	return f
}

func isBold(base string, desc lpdf.Value) bool {
	n := strings.ToLower(base)
	for _, w := range []string{"bold", "black", "heavy", "demi", "semibold"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return desc.Key("FontWeight").Float64() >= 600 || desc.Key("Flags").Int64()&(1<<18) != 0
}

// next decodes the code at the start of raw: its length in bytes, its text
// and its advance in glyph units; space is true for a single-byte code 32,
// the only code word spacing applies to.
func (f *font) next(raw string) (n int, text string, w float64, space bool) {
	n = 1
	if f.twoByte {
		n = 2
	}
	if f.toUni != nil {
		if k := f.toUni.split(raw); k > 0 {
			n = k
		}
	}
	n = min(n, len(raw))
	code := codeOf(raw[:n])
	text, ok := "", false
	if f.toUni != nil {
		text, ok = f.toUni.lookup(code, n)
	}
	switch {
	case ok:
	case f.table != nil && n == 1:
		text = f.table[raw[0]]
	case f.ucs2 && n == 2:
		text = string(utf16.Decode([]uint16{uint16(code)}))
	case f.glyphs != nil && n == 2:
		if r, ok := f.glyphs[uint16(code)]; ok {
			text = string(r)
		}
	}
	w, ok = f.widths[code]
	if !ok {
		w = f.dw
	}
	return n, text, w, n == 1 && raw[0] == ' '
}
