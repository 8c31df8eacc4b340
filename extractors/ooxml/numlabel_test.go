package ooxml

import (
	"strings"
	"testing"
)

// lvl is a w:lvl; start "" leaves w:start out (Word then starts at 0).
func lvl(ilvl, start, format, text, extra string) string {
	s := `<w:lvl w:ilvl="` + ilvl + `">`
	if start != "" {
		s += `<w:start w:val="` + start + `"/>`
	}
	return s + `<w:numFmt w:val="` + format + `"/>` + extra + `<w:lvlText w:val="` + text + `"/></w:lvl>`
}

// TestNumberingLabels checks the numbers Word shows for list formats,
// skipped levels, restarts and overrides.
func TestNumberingLabels(t *testing.T) {
	abstracts := map[string]string{
		"zero":    lvl("0", "", "decimalZero", "%1", "") + lvl("1", "1", "none", "%1.%2", "") + lvl("2", "1", "decimal", "%1.%2.%3", ""),
		"ordinal": lvl("0", "", "ordinal", "%1", "") + lvl("1", "1", "decimal", "%1.%2someText", ""),
		"skipped": lvl("0", "1", "upperLetter", "%1.", "") + lvl("1", "1", "lowerLetter", "%2.", "") + lvl("2", "1", "lowerRoman", "%3.", "") +
			lvl("3", "1", "decimal", "%4.", "") + lvl("4", "1", "lowerLetter", "%5.", ""),
		"restart": lvl("0", "1", "decimal", "%1", "") + lvl("1", "1", "lowerLetter", "%1.%2", "") +
			lvl("2", "1", "upperRoman", "%1.%2.%3", `<w:lvlRestart w:val="1"/>`),
		"bullet": lvl("0", "1", "decimal", "%1", "") + lvl("1", "1", "bullet", "•", "") + lvl("2", "1", "decimal", "%1.%2.%3", ""),
		"legal":  lvl("0", "2", "decimal", "%1", "") + lvl("1", "1", "lowerRoman", "%1.%2", "") + lvl("2", "1", "decimal", "%1.%2.%3", `<w:isLgl/>`),
	}
	var numbering strings.Builder
	numbering.WriteString(`<w:numbering ` + nsW + `>`)
	for id, levels := range abstracts {
		numbering.WriteString(`<w:abstractNum w:abstractNumId="` + id + `">` + levels + `</w:abstractNum>`)
		numbering.WriteString(`<w:num w:numId="` + id + `"><w:abstractNumId w:val="` + id + `"/></w:num>`)
	}
	numbering.WriteString(`<w:num w:numId="letters"><w:abstractNumId w:val="restart"/><w:lvlOverride w:ilvl="0">` +
		lvl("0", "1", "upperLetter", "%1", "") + `</w:lvlOverride></w:num>`)
	numbering.WriteString(`</w:numbering>`)
	item := func(num, ilvl string) string {
		return wp(`<w:numPr><w:ilvl w:val="`+ilvl+`"/><w:numId w:val="`+num+`"/></w:numPr>`, wr("x"))
	}
	tests := []struct {
		name  string
		items [][2]string // numId, ilvl
		want  string      // labels, space-separated; "-" for none
	}{
		{"decimalZero from 0, none level kept as empty", [][2]string{{"zero", "0"}, {"zero", "0"}, {"zero", "1"}, {"zero", "2"}, {"zero", "0"}},
			"00 01 01. 01..1 02"},
		{"ordinal with literal text", [][2]string{{"ordinal", "0"}, {"ordinal", "0"}, {"ordinal", "1"}, {"ordinal", "0"}},
			"0th 1st 1st.1someText 2nd"},
		{"skipped levels count once", [][2]string{{"skipped", "0"}, {"skipped", "2"}, {"skipped", "2"}, {"skipped", "4"}, {"skipped", "3"}},
			"A. i. ii. a. 2."},
		{"lvlRestart keeps a level going", [][2]string{{"restart", "0"}, {"restart", "1"}, {"restart", "2"}, {"restart", "1"}, {"restart", "2"},
			{"restart", "0"}, {"restart", "2"}, {"restart", "1"}}, "1 1.a 1.a.I 1.b 1.b.II 2 2.a.I 2.b"},
		{"bullet level shows nothing inside a number", [][2]string{{"bullet", "0"}, {"bullet", "1"}, {"bullet", "2"}}, "1 - 1..1"},
		{"legal numbering", [][2]string{{"legal", "0"}, {"legal", "1"}, {"legal", "1"}, {"legal", "2"}}, "2 2.i 2.ii 2.2.1"},
		{"format override shares the counter", [][2]string{{"restart", "0"}, {"letters", "0"}, {"letters", "0"}, {"restart", "0"}}, "1 B C 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var body strings.Builder
			for _, it := range tc.items {
				body.WriteString(item(it[0], it[1]))
			}
			d, err := readDOCXBytes(buildDOCX(t, body.String(), "word/numbering.xml", numbering.String()))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range d.Blocks {
				label, _ := strings.CutSuffix(b.Text, "x")
				if label = strings.TrimSpace(label); label == "" {
					label = "-"
				}
				got = append(got, label)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("labels %q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}
