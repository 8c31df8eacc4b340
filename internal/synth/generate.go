package synth

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"golang.org/x/sync/errgroup"
)

// Options shape a generated archive.
type Options struct {
	N       int      // number of documents
	Seed    int64    // the same seed gives the same archive, byte for byte
	Formats []string // drawn from per document: docx, pdf, odt, txt, md; empty means docx and pdf
	// MinutesShare is the fraction of minutes; the rest are guides and
	// slide decks in equal parts. Zero (or less) means 0.8.
	MinutesShare float64
}

// Formats are the formats Write knows, by file extension.
var Formats = []string{"docx", "pdf", "odt", "txt", "md"}

// TruthFile is the name of the truth file Generate writes in the archive.
const TruthFile = "truth.jsonl"

// Generate writes o.N documents under dir (in a folder per year) and
// dir/truth.jsonl, and returns the truth rows in document order.
func Generate(dir string, o Options) ([]Truth, error) {
	var rows []Truth
	err := Stream(dir, o, func(t Truth) error {
		rows = append(rows, t)
		return nil
	})
	return rows, err
}

// batch is how many documents Stream makes in parallel before writing
// their truth rows in order; it bounds memory.
const batch = 256

// Stream is Generate with a callback per document, in document order,
// instead of a slice, so that memory stays flat however many documents are
// written. Documents are made on all CPUs.
func Stream(dir string, o Options, fn func(Truth) error) error {
	if err := o.check(); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tf, err := os.Create(filepath.Join(dir, TruthFile))
	if err != nil {
		return err
	}
	defer tf.Close()
	tw := bufio.NewWriter(tf)
	enc := json.NewEncoder(tw)
	rows := make([]Truth, batch)
	for start := 0; start < o.N; start += batch {
		rows = rows[:min(batch, o.N-start)]
		var g errgroup.Group
		g.SetLimit(runtime.GOMAXPROCS(0))
		for k := range rows {
			g.Go(func() (err error) {
				rows[k], err = writeDocument(dir, o, start+k)
				return err
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
		for _, t := range rows {
			if err := enc.Encode(t); err != nil {
				return fmt.Errorf("writing truth of %s: %w", t.File, err)
			}
			if err := fn(t); err != nil {
				return err
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", TruthFile, err)
	}
	return tf.Close()
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// writeDocument makes document i, writes it under dir and returns its truth.
func writeDocument(dir string, o Options, i int) (Truth, error) {
	m, format := Document(o, i)
	name := FileName(m, i, format)
	buf := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(buf)
	buf.Reset()
	if err := Write(buf, m, format); err != nil {
		return Truth{}, fmt.Errorf("document %d (%s): %w", i, name, err)
	}
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return Truth{}, err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return Truth{}, fmt.Errorf("writing %s: %w", name, err)
	}
	t := TruthOf(m, name, format)
	t.Size = buf.Len()
	return t, nil
}

func (o Options) check() error {
	if o.N < 0 {
		return fmt.Errorf("negative document count %d", o.N)
	}
	for _, f := range o.Formats {
		if !slices.Contains(Formats, f) {
			return fmt.Errorf("unknown format %q (want one of %v)", f, Formats)
		}
	}
	return nil
}

// Document draws document i of the archive o describes: its content and its
// format. It depends only on o.Seed, o.Formats, o.MinutesShare and i.
func Document(o Options, i int) (Meeting, string) {
	rng := rand.New(rand.NewPCG(uint64(o.Seed), uint64(i)))
	formats := o.Formats
	if len(formats) == 0 {
		formats = []string{"docx", "pdf"}
	}
	format := pick(rng, formats)
	share := o.MinutesShare
	if share <= 0 {
		share = 0.8
	}
	switch r := rng.Float64(); {
	case r < share:
		return Minutes(rng), format
	case r < share+(1-share)/2:
		return Guide(rng), format
	}
	return Presentation(rng), format
}

// Write writes m in format (one of Formats).
func Write(w io.Writer, m Meeting, format string) error {
	switch format {
	case "docx":
		return WriteDOCX(w, m)
	case "pdf":
		return WritePDF(w, LayoutPDF(m))
	case "odt":
		return WriteODT(w, m)
	case "txt":
		return WriteText(w, m)
	case "md":
		return WriteMarkdown(w, m)
	}
	return fmt.Errorf("unknown format %q", format)
}
