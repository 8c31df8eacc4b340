package web

import (
	"slices"
	"testing"

	"github.com/motebok/motebok/index/register"
)

func TestSortDecisions(t *testing.T) {
	ds := []register.Decision{
		{Number: "10/25", MeetingDate: "2025-01-02", Title: "b"},
		{Number: "9/25", MeetingDate: "2025-03-01", Title: "A"},
		{Number: "PS 2/24", MeetingDate: "2024-05-01", Title: "c"},
		{Number: "9/24", MeetingDate: "2025-01-02", Title: "a"},
	}
	cases := []struct {
		by   string
		desc bool
		want []string
	}{
		{"case", false, []string{"9/24", "9/25", "10/25", "PS 2/24"}},
		{"case", true, []string{"PS 2/24", "10/25", "9/25", "9/24"}},
		{"date", true, []string{"9/25", "10/25", "9/24", "PS 2/24"}}, // equal dates keep their order
		{"title", false, []string{"9/25", "9/24", "10/25", "PS 2/24"}},
	}
	for _, c := range cases {
		got := slices.Clone(ds)
		sortDecisions(got, c.by, c.desc)
		var nums []string
		for _, d := range got {
			nums = append(nums, d.Number)
		}
		if !slices.Equal(nums, c.want) {
			t.Errorf("by %s desc %v: %v, want %v", c.by, c.desc, nums, c.want)
		}
	}
}
