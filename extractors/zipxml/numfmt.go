package zipxml

import (
	"strconv"
	"strings"
)

// FormatNumber writes a list counter in a Word w:numFmt style (decimal,
// decimalZero, ordinal, lowerLetter, upperRoman, ...) or an ODF style:num-format ("1", "a", "A",
// "i", "I"); unknown styles give decimals.
func FormatNumber(v int, format string) string {
	switch format {
	case "lowerLetter", "a":
		return letters(v, 'a')
	case "upperLetter", "A":
		return letters(v, 'A')
	case "lowerRoman", "i":
		return strings.ToLower(roman(v))
	case "upperRoman", "I":
		return roman(v)
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	case "ordinal":
		return strconv.Itoa(v) + ordinalSuffix(v)
	}
	return strconv.Itoa(v)
}

// ordinalSuffix is the English ordinal suffix Word writes: 1st, 2nd, 3rd,
// 4th, 11th, 21st.
func ordinalSuffix(v int) string {
	if v%100 >= 11 && v%100 <= 13 {
		return "th"
	}
	switch v % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// letters writes 1→a, 26→z, 27→aa as Word does.
func letters(v int, base byte) string {
	if v <= 0 {
		return strconv.Itoa(v)
	}
	return strings.Repeat(string(rune(base)+rune((v-1)%26)), (v-1)/26+1)
}

func roman(v int) string {
	if v <= 0 || v >= 4000 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, n := range vals {
		for ; v >= n; v -= n {
			sb.WriteString(syms[i])
		}
	}
	return sb.String()
}
