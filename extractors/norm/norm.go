// Package norm normalises the text motebok extracts from documents, folds
// it for matching, and tells bokmål, nynorsk and English apart.
//
// Text is the normaliser every extracted block passes through. Fold gives a
// lower-case, accent-free form for matching what users type. Language picks
// a block's or a document's language from its function words.
package norm

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text normalises one block of extracted text:
//
//   - Unicode NFC (PDFs give "a" + combining ring for "å"); the ligatures
//     ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ are expanded, and nothing else is compatibility-mapped;
//   - soft hyphens, zero-width and other format characters and stray control
//     characters are removed; tabs, no-break, thin and other spaces become
//     a space;
//   - the lines of the block ("\n", as PDF lines arrive) are joined with a
//     space; a word hyphenated at a line end is joined ("infor-\nmasjon" →
//     "informasjon"), while a suspended hyphen stays ("helse-\nog" → "helse-
//     og") and so does a compound whose next part starts with a capital or
//     a digit or whose first part is a letter or an abbreviation
//     ("Sør-\nØst" → "Sør-Øst", "IT-\nsystem", "e-\npost");
//   - a bullet glyph (•, ▪, ◦, , ➢ …) or a dash used as a bullet ("– ",
//     "- ") at the start of the block is stripped;
//   - runs of spaces collapse to one and the ends are trimmed.
//
// Dashes and quotation marks stay as written. Text is idempotent.
func Text(s string) string {
	s = canonical(s)
	buf := make([]byte, 0, 2*len(s))
	buf = clean(buf, s)
	n := len(buf)
	b := collapse(joinLines(buf[n:], buf[:n]))
	if !norm.NFC.IsNormal(b) { // removing a control or a stray byte may have joined a base and a mark
		b = norm.NFC.Bytes(b) // and may so make a bullet (U+0387 is ·), stripped below
	}
	return string(stripBullet(b))
}

// bullets are the glyphs that open a list item.
const bullets = "•▪◦●○■□‣⁃∙·➢➤►▶▸▹◆◇❖✓✔☐☑★\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8\uF06E\uF0E0"

// stripBullet removes bullet glyphs, and dashes or asterisks followed by a
// space, from the start of b (which has no leading space).
func stripBullet(b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case strings.ContainsRune(bullets, r):
		case strings.ContainsRune("-–—*", r) && n < len(b) && b[n] == ' ':
		default:
			return b
		}
		b = b[n:]
		for len(b) > 0 && b[0] == ' ' {
			b = b[1:]
		}
	}
	return b
}

// collapse turns runs of spaces into one space and trims both ends, in place.
func collapse(b []byte) []byte {
	out := b[:0]
	for _, c := range b {
		if c == ' ' && (len(out) == 0 || out[len(out)-1] == ' ') {
			continue
		}
		out = append(out, c)
	}
	if len(out) > 0 && out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	return out
}
