package pdf

import (
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// winAnsiHigh is WinAnsiEncoding for 0x80..0x9F; elsewhere it equals Latin-1.
var winAnsiHigh = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// simpleTable builds the code → text table of a single-byte font from its
// /Encoding: the library's named encodings, else WinAnsi, with /Differences
// applied on top.
func simpleTable(v lpdf.Value) *[256]string {
	var t [256]string
	for c := range t {
		r := rune(c)
		if c >= 0x80 && c < 0xA0 {
			r = winAnsiHigh[c-0x80]
		}
		if r != 0 && (c >= 0x20 || c == '\t') {
			t[c] = string(r)
		}
	}
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case lpdf.Name:
		if n := enc.Name(); n == "WinAnsiEncoding" || n == "MacRomanEncoding" {
			libTable(v, &t, nil)
		}
	case lpdf.Dict:
		libTable(v, &t, differences(enc.Key("Differences")))
	}
	return &t
}

// libTable decodes codes through the library's encoder: every code, or
// only those listed (with their glyph names) when names is not nil.
func libTable(v lpdf.Value, t *[256]string, names map[int]string) {
	enc := (&lpdf.Font{V: v}).Encoder()
	for c := range t {
		name, listed := names[c]
		if names != nil && !listed {
			continue
		}
		s := enc.Decode(string([]byte{byte(c)}))
		if r := glyphNameRune(name); r != 0 {
			s = string(r)
		}
		if s != "" && s != "\ufffd" && (names == nil || s != string(rune(c))) {
			t[c] = s
		}
	}
}

// differences lists the codes a /Differences array renames.
func differences(d lpdf.Value) map[int]string {
	out := make(map[int]string)
	code := 0
	for i := 0; i < d.Len() && i < 1024; i++ {
		x := d.Index(i)
		switch x.Kind() {
		case lpdf.Integer:
			code = int(x.Int64())
		case lpdf.Name:
			if code >= 0 && code < 256 {
				out[code] = x.Name()
			}
			code++
		}
	}
	return out
}

// glyphNameRune reads the uniXXXX and uXXXX[XX] glyph names the library's
// table does not know; it returns 0 for other names.
func glyphNameRune(name string) rune {
	var hex string
	switch {
	case strings.HasPrefix(name, "uni") && len(name) == 7:
		hex = name[3:]
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		hex = name[1:]
	default:
		return 0
	}
	n, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || n > 0x10FFFF {
		return 0
	}
	return rune(n)
}
