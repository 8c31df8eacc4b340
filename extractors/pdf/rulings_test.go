package pdf

import (
	"reflect"
	"testing"
)

func TestJoinRulings(t *testing.T) {
	tests := []struct {
		name string
		in   []ruling
		want []ruling
	}{
		{"cell borders drawn per cell become one line",
			[]ruling{{289, 773, 430, 773}, {20, 773, 289, 773}, {20, 773.4, 289, 773.4}},
			[]ruling{{20, 773, 430, 773.4}}},
		{"a gap keeps lines apart",
			[]ruling{{20, 700, 100, 700}, {110, 700, 200, 700}},
			[]ruling{{20, 700, 100, 700}, {110, 700, 200, 700}}},
		{"different heights stay apart",
			[]ruling{{20, 700, 100, 700}, {20, 690, 100, 690}},
			[]ruling{{20, 690, 100, 690}, {20, 700, 100, 700}}},
		{"vertical borders of stacked cells join",
			[]ruling{{289, 753, 289, 773}, {289, 773, 289, 793}},
			[]ruling{{289, 753, 289, 793}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := joinRulings(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// BenchmarkJoinRulings joins the borders of a 40-row, 4-column table
// drawn as one rectangle per cell.
func BenchmarkJoinRulings(b *testing.B) {
	var rs []ruling
	for r := range 40 {
		for c := range 4 {
			x, y := 20+100*float64(c), 800-20*float64(r)
			rs = append(rs, ruling{x, y, x + 100, y}, ruling{x, y - 20, x + 100, y - 20}, ruling{x, y - 20, x, y}, ruling{x + 100, y - 20, x + 100, y})
		}
	}
	for b.Loop() {
		joinRulings(append([]ruling(nil), rs...))
	}
}
