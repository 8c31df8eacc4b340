package zipxml

import (
	"context"
	"fmt"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// Counter counts the blocks a reader makes against lim.MaxBlocks and checks
// the context every 64 blocks.
type Counter struct {
	ctx context.Context
	max int
	n   int
}

// NewCounter counts blocks within lim (defaults filled in) until ctx ends.
func NewCounter(ctx context.Context, lim doc.Limits) Counter {
	return Counter{ctx: ctx, max: WithDefaults(lim).MaxBlocks}
}

// Add counts one more block. It fails with doc.ErrLimit beyond the limit
// and with the context's error once it is done.
func (c *Counter) Add() error {
	c.n++
	if c.n > c.max {
		return fmt.Errorf("more than %d blocks: %w", c.max, doc.ErrLimit)
	}
	if c.n%64 == 0 {
		return c.ctx.Err()
	}
	return nil
}

// TableRow makes a TableRow of cells, joined by " | "; ok is false when all
// cells are empty.
func TableRow(cells []string) (b doc.Block, ok bool) {
	if strings.TrimSpace(strings.Join(cells, "")) == "" {
		return b, false
	}
	return doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Cells: cells}, true
}

// JoinText joins the texts of blocks with sep.
func JoinText(bs []doc.Block, sep string) string {
	texts := make([]string, len(bs))
	for i, b := range bs {
		texts[i] = b.Text
	}
	return strings.Join(texts, sep)
}
