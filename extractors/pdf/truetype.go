package pdf

import (
	"encoding/binary"

	lpdf "github.com/ledongthuc/pdf"
)

// An embedded TrueType font program (FontFile2) maps characters to glyph
// ids in its cmap table. When a CID font has no usable /ToUnicode (Microsoft
// Print to PDF writes an empty one), inverting that table gives the text of
// each glyph id.

const (
	maxSfntTables = 256
	maxCmapSteps  = 1 << 18 // code points visited while inverting a cmap
)

// trueTypeGlyphs returns the character each glyph id of a TrueType font
// program stands for, by its Unicode (or symbol) cmap subtable; nil when
// the font has none that can be read.
func trueTypeGlyphs(font []byte) map[uint16]rune {
	cm := sfntTable(font, "cmap")
	sub := bestSubtable(cm)
	if sub == nil {
		return nil
	}
	g := glyphMap{}
	switch u16(sub, 0) {
	case 4:
		g.format4(sub)
	case 12:
		g.format12(sub)
	}
	if len(g) == 0 {
		return nil
	}
	return g
}

// sfntTable returns the table with the given tag, nil when it is missing or
// lies outside the data.
func sfntTable(font []byte, tag string) []byte {
	n := int(u16(font, 4))
	for i := range min(n, maxSfntTables) {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			return nil
		}
		if string(font[rec:rec+4]) != tag {
			continue
		}
		off, size := int64(u32(font, rec+8)), int64(u32(font, rec+12))
		if off+size > int64(len(font)) {
			return nil
		}
		return font[off : off+size]
	}
	return nil
}

// bestSubtable picks the cmap subtable of format 4 or 12 that maps Unicode
// (full repertoire first), else the Windows symbol one.
func bestSubtable(cm []byte) []byte {
	var best []byte
	rank := 0
	for i := range min(int(u16(cm, 2)), maxSfntTables) {
		rec := 4 + 8*i
		if rec+8 > len(cm) {
			break
		}
		off := int64(u32(cm, rec+4))
		if off+4 > int64(len(cm)) {
			continue
		}
		sub := cm[off:]
		if f := u16(sub, 0); f != 4 && f != 12 {
			continue
		}
		if r := subtableRank(u16(cm, rec), u16(cm, rec+2)); r > rank {
			best, rank = sub, r
		}
	}
	return best
}

func subtableRank(platform, encoding uint16) int {
	switch {
	case platform == 3 && encoding == 10, platform == 0 && encoding >= 4:
		return 4
	case platform == 3 && encoding == 1:
		return 3
	case platform == 0:
		return 2
	case platform == 3 && encoding == 0:
		return 1
	}
	return 0
}

// glyphMap is the inverted cmap: glyph id → character.
type glyphMap map[uint16]rune

// add keeps the first character met for a glyph (the lowest, as subtables
// are sorted), unless a later one is outside the private use area.
func (g glyphMap) add(gid uint16, r rune) {
	if gid == 0 || r > 0x10FFFF || r < 0x20 {
		return
	}
	if old, ok := g[gid]; !ok || isPrivateUse(old) && !isPrivateUse(r) {
		g[gid] = r
	}
}

func isPrivateUse(r rune) bool { return r >= 0xE000 && r <= 0xF8FF }

// format4 inverts a segment mapping to delta values (BMP characters).
func (g glyphMap) format4(t []byte) {
	segs := int(u16(t, 6) / 2)
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if ranges+2*segs > len(t) {
		return
	}
	steps := 0
	for i := range segs {
		start, end := int(u16(t, starts+2*i)), int(u16(t, ends+2*i))
		delta, ro := u16(t, deltas+2*i), int(u16(t, ranges+2*i))
		for c := start; c <= end && c < 0xFFFF && steps < maxCmapSteps; c, steps = c+1, steps+1 {
			gid := uint16(c) + delta
			if ro != 0 {
				p := ranges + 2*i + ro + 2*(c-start)
				if p+2 > len(t) {
					break
				}
				if gid = u16(t, p); gid != 0 {
					gid += delta
				}
			}
			g.add(gid, rune(c))
		}
	}
}

// format12 inverts segmented coverage groups (all of Unicode).
func (g glyphMap) format12(t []byte) {
	n := int64(u32(t, 12))
	steps := 0
	for i := int64(0); i < n && 16+12*i+12 <= int64(len(t)); i++ {
		rec := int(16 + 12*i)
		start, end, gid := u32(t, rec), u32(t, rec+4), u32(t, rec+8)
		for c := start; c <= end && steps < maxCmapSteps; c, steps = c+1, steps+1 {
			if id := gid + (c - start); id <= 0xFFFF {
				g.add(uint16(id), rune(c))
			}
		}
		if steps >= maxCmapSteps {
			return
		}
	}
}

// u16 and u32 read big-endian numbers, 0 beyond the data.
func u16(b []byte, off int) uint16 {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[off:])
}

func u32(b []byte, off int) uint32 {
	if off < 0 || off+4 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint32(b[off:])
}

// cidGlyphs maps the CIDs of a CIDFontType2 to text through its embedded
// font program, by way of /CIDToGIDMap (Identity when absent); nil when the
// font has no program or no cmap.
func (c *fontCache) cidGlyphs(d lpdf.Value, base string) map[uint16]rune {
	if d.Key("Subtype").Name() != "CIDFontType2" {
		return nil
	}
	prog, err := c.budget.read(d.Key("FontDescriptor").Key("FontFile2"))
	if err != nil {
		c.warn("font " + base + ": FontFile2: " + err.Error())
	}
	byGID := trueTypeGlyphs(prog)
	m := d.Key("CIDToGIDMap")
	if byGID == nil || m.Kind() != lpdf.Stream {
		return byGID
	}
	cids, err := c.budget.read(m)
	if err != nil {
		c.warn("font " + base + ": CIDToGIDMap: " + err.Error())
	}
	out := map[uint16]rune{}
	for cid := 0; 2*cid+1 < len(cids) && cid <= 0xFFFF; cid++ {
		if r, ok := byGID[u16(cids, 2*cid)]; ok {
			out[uint16(cid)] = r
		}
	}
	return out
}
