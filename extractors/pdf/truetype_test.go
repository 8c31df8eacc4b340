package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// be writes big-endian numbers: each value of v as 2 bytes, or 4 for a
// uint32.
func be(v ...any) []byte {
	var b bytes.Buffer
	for _, x := range v {
		binary.Write(&b, binary.BigEndian, x)
	}
	return b.Bytes()
}

// sfnt builds a font program holding only the given tables.
func sfnt(tables map[string][]byte) []byte {
	tags := slices.Sorted(maps.Keys(tables))
	head := be(uint32(0x00010000), uint16(len(tags)), uint16(0), uint16(0), uint16(0))
	off := len(head) + 16*len(tags)
	var dir, body []byte
	for _, tag := range tags {
		dir = append(dir, tag...)
		dir = append(dir, be(uint32(0), uint32(off+len(body)), uint32(len(tables[tag])))...)
		body = append(body, tables[tag]...)
	}
	return append(append(head, dir...), body...)
}

// cmapTable wraps subtables, each given with its platform and encoding.
func cmapTable(subs ...struct {
	platform, encoding uint16
	data               []byte
}) []byte {
	head := be(uint16(0), uint16(len(subs)))
	off := len(head) + 8*len(subs)
	var body []byte
	for _, s := range subs {
		head = append(head, be(s.platform, s.encoding, uint32(off+len(body)))...)
		body = append(body, s.data...)
	}
	return append(head, body...)
}

type sub = struct {
	platform, encoding uint16
	data               []byte
}

// format4 maps each character to a glyph through one segment per
// character: by delta, or by the glyph id array when viaArray is set.
func format4(chars map[rune]uint16, viaArray bool) []byte {
	cs := slices.Sorted(maps.Keys(chars))
	segs := len(cs) + 1
	var ends, starts, deltas, ranges, glyphs []byte
	for i, c := range cs {
		ends = append(ends, be(uint16(c))...)
		starts = append(starts, be(uint16(c))...)
		if viaArray {
			deltas = append(deltas, be(uint16(0))...)
			ranges = append(ranges, be(uint16(2*(segs-i)+len(glyphs)))...)
			glyphs = append(glyphs, be(chars[c])...)
		} else {
			deltas = append(deltas, be(chars[c]-uint16(c))...)
			ranges = append(ranges, be(uint16(0))...)
		}
	}
	ends, starts = append(ends, 0xFF, 0xFF), append(starts, 0xFF, 0xFF)
	deltas, ranges = append(deltas, 0, 1), append(ranges, 0, 0)
	body := slices.Concat(ends, be(uint16(0)), starts, deltas, ranges, glyphs)
	return append(be(uint16(4), uint16(14+len(body)), uint16(0), uint16(2*segs), uint16(0), uint16(0), uint16(0)), body...)
}

// format12 maps runs of characters starting at each key to consecutive
// glyphs.
func format12(groups map[rune]uint16, run int) []byte {
	cs := slices.Sorted(maps.Keys(groups))
	out := be(uint16(12), uint16(0), uint32(16+12*len(cs)), uint32(0), uint32(len(cs)))
	for _, c := range cs {
		out = append(out, be(uint32(c), uint32(int(c)+run-1), uint32(groups[c]))...)
	}
	return out
}

func TestTrueTypeGlyphs(t *testing.T) {
	latin := map[rune]uint16{'H': 43, 'e': 72, 'i': 76, ' ': 3, 'å': 200, 'p': 83, '\u00a0': 3}
	tests := []struct {
		name string
		font []byte
		want map[uint16]rune
	}{
		{"format 4 by delta", sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 1, format4(latin, false)})}),
			map[uint16]rune{43: 'H', 72: 'e', 76: 'i', 3: ' ', 200: 'å', 83: 'p'}},
		{"format 4 by glyph array", sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 1, format4(map[rune]uint16{'ø': 9, 'æ': 8}, true)})}),
			map[uint16]rune{9: 'ø', 8: 'æ'}},
		{"format 12", sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 10, format12(map[rune]uint16{'a': 10, '𐌰': 40}, 3)})}),
			map[uint16]rune{10: 'a', 11: 'b', 12: 'c', 40: '𐌰', 41: '𐌱', 42: '𐌲'}},
		{"unicode preferred to symbol", sfnt(map[string][]byte{"cmap": cmapTable(
			sub{3, 0, format4(map[rune]uint16{0xF041: 5}, false)}, sub{3, 1, format4(map[rune]uint16{'A': 5}, false)})}),
			map[uint16]rune{5: 'A'}},
		{"symbol only", sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 0, format4(map[rune]uint16{0xF0B7: 7}, false)})}),
			map[uint16]rune{7: 0xF0B7}},
		{"mac roman only", sfnt(map[string][]byte{"cmap": cmapTable(sub{1, 0, format4(latin, false)})}), nil},
		{"no cmap", sfnt(map[string][]byte{"glyf": {1, 2, 3}}), nil},
		{"table beyond the data", sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 1, format4(latin, false)})})[:40], nil},
		{"garbage", []byte("not a font at all"), nil},
		{"empty", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := trueTypeGlyphs(tc.font)
			if !maps.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// glyphIDPDF writes "Vedtak på" in a CID TrueType font whose /ToUnicode
// maps nothing (as Microsoft Print to PDF writes them), with the given
// CIDToGIDMap entry; a map stream adds shift to every CID. The font's cmap
// does not name the glyph of "p".
func glyphIDPDF(gidMap string, shift uint16) []byte {
	chars := map[rune]uint16{'V': 57, 'e': 72, 'd': 71, 't': 87, 'a': 68, 'k': 78, ' ': 3, 'å': 160}
	prog := sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 1, format4(chars, false)})})
	empty := "/CIDInit /ProcSet findresource begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange endcmap end"
	var hex strings.Builder
	for _, r := range "Vedtak på" {
		gid := chars[r]
		if r == 'p' {
			gid = 83
		}
		fmt.Fprintf(&hex, "%04X", gid-shift)
	}
	cidToGID := make([]byte, 2*200)
	for i := range 200 {
		binary.BigEndian.PutUint16(cidToGID[2*i:], uint16(i)+shift)
	}
	return makePDF("", catalog, onePage, pageObj,
		stream([]byte("BT /F1 12 Tf 50 700 Td <"+hex.String()+"> Tj ET"), ""),
		"<< /Type /Font /Subtype /Type0 /BaseFont /F /Encoding /Identity-H /ToUnicode 7 0 R /DescendantFonts [8 0 R] >>",
		"<< >>",
		stream([]byte(empty), ""),
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /F "+gidMap+" /FontDescriptor << /FontFile2 10 0 R >> /DW 500 >>",
		stream(cidToGID, ""),
		stream(prog, ""))
}

// TestEmptyToUnicode reads glyph ids through the embedded font's cmap.
func TestEmptyToUnicode(t *testing.T) {
	for _, tc := range []struct {
		name, gidMap string
		shift        uint16
	}{
		{"identity map", "/CIDToGIDMap /Identity", 0}, {"no map", "", 0}, {"map stream", "/CIDToGIDMap 9 0 R", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := readBytes(glyphIDPDF(tc.gidMap, tc.shift))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(blockTexts(d), "\n"); got != "Vedtak å" {
				t.Errorf("text %q, want %q", got, "Vedtak å")
			}
		})
	}
}

// FuzzTrueTypeGlyphs feeds font programs, cut and garbled, to the cmap
// reader: it must return without panicking, and only printable characters.
func FuzzTrueTypeGlyphs(f *testing.F) {
	f.Add(sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 1, format4(map[rune]uint16{'a': 1, 'b': 2}, true)})}))
	f.Add(sfnt(map[string][]byte{"cmap": cmapTable(sub{3, 10, format12(map[rune]uint16{'a': 1}, 1000)})}))
	f.Add(sfnt(map[string][]byte{"cmap": cmapTable(sub{0, 3, be(uint16(4), uint16(0), uint16(0), uint16(0xFFFE))})}))
	f.Fuzz(func(t *testing.T, font []byte) {
		for gid, r := range trueTypeGlyphs(font) {
			if gid == 0 || r < 0x20 || r > 0x10FFFF {
				t.Fatalf("glyph %d maps to %U", gid, r)
			}
		}
	})
}
