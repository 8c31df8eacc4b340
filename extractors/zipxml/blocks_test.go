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
				if err = c.Add(); err != nil {
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
