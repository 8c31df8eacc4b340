package synth

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/motebok/motebok/extractors/doc"
)

// HostileFile is a broken or malicious file and what reading it must give.
type HostileFile struct {
	Name string
	// Want is the error class (doc.ErrCorrupt, ...) extraction must wrap,
	// nil when the file must be read.
	Want error
	// Format is, when Want is nil, the format content sniffing must find.
	Format string
	// Recoverable files are damaged in a way a lenient reader may repair and
	// read instead of failing with Want. Either way, no reader may hang or
	// exhaust memory on any of these files.
	Recoverable bool
	Why         string
}

// bombSize is how much the bombs inflate to: over doc.DefaultLimits'
// MaxUncompressed, at a ratio over 1000.
const bombSize = 1 << 30

// Hostile writes the hostile files to dir and returns them with their
// expected outcomes. A directory named like a document (x.pdf) is not among
// them: the caller creates it where its test needs it.
func Hostile(dir string) ([]HostileFile, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(7, 7))
	m := Minutes(rng)
	pdf, docx, text, err := sound(m)
	if err != nil {
		return nil, err
	}
	files := []struct {
		HostileFile
		make func() ([]byte, error)
	}{
		{HostileFile{"empty.pdf", doc.ErrUnsupported, "", false, "zero bytes"}, constant(nil)},
		{HostileFile{"garbage.pdf", doc.ErrUnsupported, "", false, "random binary bytes named .pdf"}, constant(garbage(rng, 4096))},
		{HostileFile{"text.docx", nil, "txt", false, "plain text named .docx: sniffing goes by content"}, constant(text)},
		{HostileFile{"truncated.pdf", doc.ErrCorrupt, "", true, "a PDF cut in half: no xref, no trailer"}, constant(pdf[:len(pdf)/2])},
		{HostileFile{"truncated.docx", doc.ErrCorrupt, "", false, "a DOCX cut in half: no ZIP central directory"}, constant(docx[:len(docx)/2])},
		{HostileFile{"xref-prev-self.pdf", doc.ErrCorrupt, "", true, "the trailer's /Prev points at its own xref (loops naive readers)"}, func() ([]byte, error) { return prevSelf(pdf) }},
		{HostileFile{"kids-cycle.pdf", doc.ErrCorrupt, "", true, "the page tree's /Kids reach back to the root"}, kidsCycle},
		{HostileFile{"encrypted.pdf", doc.ErrEncrypted, "", false, "RC4-128 with a user password (\"hemmelig\")"}, func() ([]byte, error) { return encrypted(m) }},
		{HostileFile{"scanned.pdf", doc.ErrNoText, "", false, "a page that is only an image"}, scanned},
		{HostileFile{"flate-bomb.pdf", doc.ErrLimit, "", false, "a 1 MB content stream that inflates to 1 GiB"}, flateBombPDF},
		{HostileFile{"zip-bomb.docx", doc.ErrLimit, "", false, "word/document.xml inflates to 1 GiB (ratio > 1000)"}, zipBombDOCX},
		{HostileFile{"nesting.pdf", nil, "pdf", false, "a content stream opening 8 million arrays and dictionaries after its text"}, nesting},
		{HostileFile{"xml-depth.docx", doc.ErrLimit, "", false, "word/document.xml nests 100,000 elements"}, depthBombDOCX},
	}
	out := make([]HostileFile, 0, len(files))
	for _, f := range files {
		data, err := f.make()
		if err != nil {
			return nil, fmt.Errorf("making %s: %w", f.Name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name), data, 0o644); err != nil {
			return nil, err
		}
		out = append(out, f.HostileFile)
	}
	return out, nil
}

// sound writes m as a valid PDF, DOCX and text, to be broken.
func sound(m Meeting) (pdf, docx, text []byte, err error) {
	var bufs [3]bytes.Buffer
	for i, format := range []string{"pdf", "docx", "txt"} {
		if err := Write(&bufs[i], m, format); err != nil {
			return nil, nil, nil, err
		}
	}
	return bufs[0].Bytes(), bufs[1].Bytes(), bufs[2].Bytes(), nil
}

func constant(b []byte) func() ([]byte, error) { return func() ([]byte, error) { return b, nil } }

// garbage is n random bytes with NULs, so no sniffer takes them for text,
// and never the PDF magic.
func garbage(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.UintN(256))
		if i%64 == 0 || b[i] == '%' {
			b[i] = 0
		}
	}
	return b
}
