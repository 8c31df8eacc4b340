package zipxml

import (
	"context"
	"fmt"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// Counter counts the blocks a reader makes against lim.MaxBlocks and their
// text against lim.MaxText, and checks the context every 64 blocks.
type Counter struct {
	ctx     context.Context
	max     int
	n       int
	maxText int64
	text    int64 // bytes of text in the blocks counted
	full    bool  // text was clipped at maxText
}

// NewCounter counts blocks within lim (defaults filled in) until ctx ends.
func NewCounter(ctx context.Context, lim doc.Limits) Counter {
	lim = WithDefaults(lim)
	return Counter{ctx: ctx, max: lim.MaxBlocks, maxText: lim.MaxText}
}

// Add counts one more block holding text bytes that no block counted
// before holds (a table row's cells were counted as their paragraphs). It
// fails with doc.ErrLimit beyond the block limit and with the context's
// error once it is done.
func (c *Counter) Add(text int) error {
	c.n++
	c.text += int64(text)
	if c.text >= c.maxText {
		c.full = true
	}
	if c.n > c.max {
		return fmt.Errorf("more than %d blocks: %w", c.max, doc.ErrLimit)
	}
	if c.n%64 == 0 {
		return c.ctx.Err()
	}
	return nil
}

// Take returns what of s fits in the text limit after pending bytes a
// block being collected holds already, cut at a character boundary. Once it
// cuts, Full reports true.
func (c *Counter) Take(pending int, s string) string {
	room := c.maxText - c.text - int64(pending)
	if int64(len(s)) < room {
		return s
	}
	c.full = true
	return doc.ClipUTF8(s, int(max(room, 0)))
}

// Full reports whether the blocks hold all the text a document may keep:
// the reader stops reading, and the document carries doc.TextCut's warning
// (see Cut).
func (c *Counter) Full() bool { return c.full }

// Cut adds doc.TextCut's warning to d when the text was cut.
func (c *Counter) Cut(d *doc.Document) {
	if c.full {
		d.Warn(doc.TextCut(c.maxText))
	}
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
