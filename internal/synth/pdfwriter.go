package synth

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"sync"
)

// pdfWriter writes numbered PDF objects and records their offsets for the
// cross-reference table.
type pdfWriter struct {
	w       io.Writer
	n       int64   // bytes written so far
	offsets []int64 // by object number; index 0 is the free head
	crypt   *rc4Handler
	err     error
}

var zlibPool = sync.Pool{New: func() any { return zlib.NewWriter(nil) }}

func newPDFWriter(w io.Writer) *pdfWriter {
	p := &pdfWriter{w: w, offsets: []int64{0}}
	p.write([]byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
	return p
}

func (p *pdfWriter) write(b []byte) {
	if p.err != nil {
		return
	}
	n, err := p.w.Write(b)
	p.n += int64(n)
	p.err = err
}

func (p *pdfWriter) printf(format string, args ...any) {
	p.write(fmt.Appendf(nil, format, args...))
}

// begin starts object num and records its offset.
func (p *pdfWriter) begin(num int) {
	for len(p.offsets) <= num {
		p.offsets = append(p.offsets, -1)
	}
	p.offsets[num] = p.n
	p.printf("%d 0 obj\n", num)
}

// object writes object num with the given body (a dictionary, an array ...).
func (p *pdfWriter) object(num int, body string) {
	p.begin(num)
	p.printf("%s\nendobj\n", body)
}

// stream writes object num as a Flate-compressed stream; dict holds the
// entries besides /Length and /Filter. It encrypts when the writer does.
func (p *pdfWriter) stream(num int, dict string, data []byte) {
	var z bytes.Buffer
	zw := zlibPool.Get().(*zlib.Writer)
	zw.Reset(&z)
	zw.Write(data) // writes to a bytes.Buffer never fail
	zw.Close()
	zlibPool.Put(zw)
	body := z.Bytes()
	if p.crypt != nil {
		body = p.crypt.encrypt(num, body)
	}
	p.begin(num)
	p.printf("<< %s /Length %d /Filter /FlateDecode >>\nstream\n", dict, len(body))
	p.write(body)
	p.write([]byte("\nendstream\nendobj\n"))
}

// finish writes the cross-reference table and the trailer; trailer holds
// the entries besides /Size.
func (p *pdfWriter) finish(trailer string) error {
	xref := p.n
	p.printf("xref\n0 %d\n0000000000 65535 f \n", len(p.offsets))
	for _, off := range p.offsets[1:] {
		if off < 0 {
			p.write([]byte("0000000000 65535 f \n"))
			continue
		}
		p.printf("%010d 00000 n \n", off)
	}
	p.printf("trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", len(p.offsets), trailer, xref)
	return p.err
}

// pagesPDF is a PDF whose catalog (object 1) names object 2 as its page
// tree; objects adds that tree and the rest.
func pagesPDF(objects func(p *pdfWriter)) ([]byte, error) {
	var b bytes.Buffer
	p := newPDFWriter(&b)
	p.object(1, "<< /Type /Catalog /Pages 2 0 R >>")
	objects(p)
	if err := p.finish("/Root 1 0 R"); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
