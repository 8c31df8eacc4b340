package zipxml

import (
	"context"
	"errors"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestCounter(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		max  int
		adds int
		want error
	}{
		{"within the limit", context.Background(), 100, 100, nil},
		{"beyond the limit", context.Background(), 10, 11, doc.ErrLimit},
		{"cancelled", cancelled, 1000, 64, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCounter(tt.ctx, doc.Limits{MaxBlocks: tt.max})
			var err error
			for range tt.adds {
				if err = c.Add(1); err != nil {
					break
				}
			}
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("Add: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestTableRow(t *testing.T) {
	tests := []struct {
		cells []string
		text  string
		ok    bool
	}{
		{[]string{"a", "", "b"}, "a |  | b", true},
		{[]string{" ", ""}, "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		b, ok := TableRow(tt.cells)
		if ok != tt.ok || b.Text != tt.text || (ok && b.Kind != doc.TableRow) {
			t.Errorf("TableRow(%q) = %+v, %v", tt.cells, b, ok)
		}
	}
}

func TestCounterText(t *testing.T) {
	tests := []struct {
		name    string
		blocks  []int  // text bytes of blocks counted first
		pending int    // bytes of the block being collected
		s       string // offered to Take
		want    string
		full    bool
	}{
		{"room left", []int{3}, 2, "ab", "ab", false},
		{"cut to the room", []int{5}, 2, "abcdef", "abc", true},
		{"cut before a character", []int{5}, 3, "aøb", "a", true},
		{"no room", []int{10}, 0, "ab", "", true},
		{"blocks alone fill it", []int{6, 4}, 0, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCounter(context.Background(), doc.Limits{MaxText: 10})
			for _, n := range tt.blocks {
				if err := c.Add(n); err != nil {
					t.Fatal(err)
				}
			}
			got := c.Take(tt.pending, tt.s)
			if got != tt.want || c.Full() != tt.full {
				t.Fatalf("Take = %q, full %v; want %q, %v", got, c.Full(), tt.want, tt.full)
			}
			var d doc.Document
			c.Cut(&d)
			if (len(d.Warnings) == 1) != tt.full {
				t.Errorf("warnings %q after Cut, full %v", d.Warnings, tt.full)
			}
		})
	}
}
