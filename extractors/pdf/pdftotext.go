package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

// ErrNoPdftotext is returned by ReadWithPdftotext when poppler's pdftotext
// is not installed.
var ErrNoPdftotext = errors.New("pdftotext not found")

// PdftotextWarning marks a document read by ReadWithPdftotext.
const PdftotextWarning = "read with pdftotext: reading order and structure not analysed"

// ReadWithPdftotext is a fallback for files Read refuses (damaged
// cross-reference tables, unsupported filters): it runs poppler's
// pdftotext and returns one paragraph per block of text it finds, lines
// joined with "\n". It returns ErrNoPdftotext when the tool is missing.
func ReadWithPdftotext(ctx context.Context, path string, lim doc.Limits) (*doc.Document, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, ErrNoPdftotext
	}
	args := []string{"-q", "-enc", "UTF-8", "-eol", "unix"}
	if lim.MaxPages > 0 {
		args = append(args, "-l", strconv.Itoa(lim.MaxPages))
	}
	cmd := exec.CommandContext(ctx, bin, append(args, path, "-")...)
	out := &cappedBuffer{max: lim.MaxUncompressed}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if out.over {
			return nil, fmt.Errorf("pdftotext output: %w", doc.ErrLimit)
		}
		return nil, fmt.Errorf("%w: pdftotext: %v: %s", doc.ErrCorrupt, err, strings.TrimSpace(stderr.String()))
	}
	d := &doc.Document{Format: "pdf", Blocks: pdftotextBlocks(out.String())}
	d.Pages = strings.Count(out.String(), "\f")
	d.Warn(PdftotextWarning)
	if len(d.Blocks) == 0 {
		return nil, fmt.Errorf("pdftotext found no text: %w", doc.ErrNoText)
	}
	return d, nil
}

// pdftotextBlocks splits pdftotext's output into pages at form feeds and
// paragraphs at blank lines.
func pdftotextBlocks(s string) []doc.Block {
	var out []doc.Block
	for i, page := range strings.Split(s, "\f") {
		for _, par := range strings.Split(page, "\n\n") {
			if t := strings.TrimSpace(par); t != "" {
				out = append(out, doc.Block{Kind: doc.Paragraph, Text: t, Page: i + 1})
			}
		}
	}
	return out
}

// cappedBuffer stops the child once max bytes have been written (0: no cap).
type cappedBuffer struct {
	bytes.Buffer
	max  int64
	over bool
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if c.max > 0 && int64(c.Len()+len(p)) > c.max {
		c.over = true
		return 0, doc.ErrLimit
	}
	return c.Buffer.Write(p)
}
