package synth

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
	"time"
)

// deflateZeros is a raw DEFLATE stream of mib MiB of zero bytes. It is
// built without compressing them all: after the first MiB and a flush, the
// compressor emits the same bytes for every further MiB, so that block is
// repeated.
func deflateZeros(mib int) ([]byte, error) {
	if mib < 1 {
		return nil, fmt.Errorf("bomb of %d MiB", mib)
	}
	var b bytes.Buffer
	fw, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	zeros := make([]byte, 1<<20)
	var blocks [3][]byte
	for i := range blocks {
		n := b.Len()
		fw.Write(zeros) // writes to a bytes.Buffer never fail
		fw.Flush()
		blocks[i] = append([]byte(nil), b.Bytes()[n:]...)
	}
	if !bytes.Equal(blocks[1], blocks[2]) {
		return nil, errors.New("the compressor has no steady state to repeat")
	}
	n := b.Len()
	fw.Close()
	tail := b.Bytes()[n:]
	out := append(make([]byte, 0, len(blocks[0])+(mib-1)*len(blocks[1])+len(tail)), blocks[0]...)
	for range mib - 1 {
		out = append(out, blocks[1]...)
	}
	return append(out, tail...), nil
}

// zlibZeros is a zlib stream of mib MiB of zero bytes.
func zlibZeros(mib int) ([]byte, error) {
	raw, err := deflateZeros(mib)
	if err != nil {
		return nil, err
	}
	// The Adler-32 of n zero bytes has a = 1 and b = n mod 65521.
	z := append([]byte{0x78, 0xda}, raw...)
	return binary.BigEndian.AppendUint32(z, uint32((mib<<20)%65521)<<16|1), nil
}

// flateBombPDF is a one-page PDF whose content stream inflates to bombSize
// NUL bytes (white space to a PDF lexer).
func flateBombPDF() ([]byte, error) {
	z, err := zlibZeros(bombSize >> 20)
	if err != nil {
		return nil, err
	}
	return pagesPDF(func(p *pdfWriter) {
		p.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
		p.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>")
		p.begin(4)
		p.printf("<< /Length %d /Filter /FlateDecode >>\nstream\n", len(z))
		p.write(z)
		p.write([]byte("\nendstream\nendobj\n"))
	})
}

// zipBombDOCX is a DOCX whose word/document.xml inflates to bombSize bytes;
// its headers state the true sizes.
func zipBombDOCX() ([]byte, error) {
	raw, err := deflateZeros(bombSize >> 20)
	if err != nil {
		return nil, err
	}
	crc := crc32.NewIEEE()
	zeros := make([]byte, 1<<20)
	for range bombSize >> 20 {
		crc.Write(zeros)
	}
	h := &zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(len(raw)), UncompressedSize64: bombSize}
	return docxWith(h, raw)
}

// depthBombDOCX is a DOCX whose body nests 100,000 elements.
func depthBombDOCX() ([]byte, error) {
	const depth = 100_000
	body := xmlHead + `<w:document ` + nsW + `><w:body>` + strings.Repeat("<w:sdt>", depth) +
		strings.Repeat("</w:sdt>", depth) + `</w:body></w:document>`
	return docxWith(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate}, []byte(body))
}

// stamp is the modification time of the hostile containers' members.
var stamp = time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)

// docxWith writes the fixed DOCX parts and a document.xml given by h: raw
// compressed data when h has its sizes, else data to compress.
func docxWith(h *zip.FileHeader, data []byte) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range []zipEntry{{name: "[Content_Types].xml", data: []byte(docxContentTypes)}, {name: "_rels/.rels", data: []byte(docxRels)}} {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(e.data); err != nil {
			return nil, err
		}
	}
	h.Modified = stamp
	create := zw.CreateHeader
	if h.UncompressedSize64 > 0 {
		create = zw.CreateRaw
	}
	f, err := create(h)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
