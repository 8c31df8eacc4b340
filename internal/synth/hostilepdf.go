package synth

import (
	"bytes"
	"errors"
	"strconv"
)

// prevSelf adds to a PDF's trailer a /Prev that points at its own xref.
func prevSelf(pdf []byte) ([]byte, error) {
	i := bytes.LastIndex(pdf, []byte("startxref\n"))
	t := bytes.LastIndex(pdf, []byte("trailer\n<< "))
	if i < 0 || t < 0 {
		return nil, errors.New("no trailer")
	}
	off, _, _ := bytes.Cut(pdf[i+len("startxref\n"):], []byte("\n"))
	t += len("trailer\n<< ")
	out := append(append([]byte(nil), pdf[:t]...), "/Prev "+string(off)+" "...)
	return append(out, pdf[t:]...), nil
}

// samplePage is a page object and its content stream drawing one line.
func samplePage(p *pdfWriter, page, parent, font, contents int, text string) {
	p.object(page, "<< /Type /Page /Parent "+strconv.Itoa(parent)+" 0 R /MediaBox [0 0 595 842] "+
		"/Resources << /Font << /F1 "+strconv.Itoa(font)+" 0 R >> >> /Contents "+strconv.Itoa(contents)+" 0 R >>")
	p.stream(contents, "", content([]Line{{X: margin, Y: 780, Size: 12, Text: text}}, TextPerLine))
}

// kidsCycle is a PDF whose page tree node 3 lists the root (2) among its kids.
func kidsCycle() ([]byte, error) {
	return pagesPDF(func(p *pdfWriter) {
		p.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 2 >>")
		p.object(3, "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 2 >>")
		samplePage(p, 4, 3, 5, 6, "Referat fra møte i styringsgruppen – sidetreet går i ring.")
		p.object(5, fontDict("Helvetica", &helveticaWidths))
	})
}

// encrypted is the minutes m protected by a user password.
func encrypted(m Meeting) ([]byte, error) {
	var b bytes.Buffer
	d := LayoutPDF(m)
	err := writePDF(&b, d, newRC4Handler(EncryptedPassword, "eier", fileID(d)))
	return b.Bytes(), err
}

// EncryptedPassword opens the hostile encrypted.pdf.
const EncryptedPassword = "hemmelig"

// scanned is a one-page PDF whose only content is a grey image, as a scan
// without OCR is.
func scanned() ([]byte, error) {
	pixels := make([]byte, 64*64)
	for i := range pixels {
		pixels[i] = byte(200 + i%7*8)
	}
	return pagesPDF(func(p *pdfWriter) {
		p.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
		p.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>")
		p.stream(4, "", []byte("q 483 0 0 728 56 57 cm /Im1 Do Q\n"))
		p.stream(5, "/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8", pixels)
	})
}

// nestingDepth is how deep nesting.pdf nests: a reader that recurses once
// per level needs more than Go's 1 GB maximum stack.
const nestingDepth = 8 << 20

// nesting is a one-page PDF whose content stream draws one line and then
// opens nestingDepth arrays and nestingDepth dictionaries, never closed.
func nesting() ([]byte, error) {
	data := content([]Line{{X: margin, Y: 780, Size: 12, Text: "Referat fra møte i styringsgruppen – med dyp nøsting etter."}}, TextPerLine)
	data = append(data, bytes.Repeat([]byte("["), nestingDepth)...)
	data = append(data, bytes.Repeat([]byte("<<"), nestingDepth)...)
	return pagesPDF(func(p *pdfWriter) {
		p.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
		p.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "+
			"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
		p.stream(4, "", data)
		p.object(5, fontDict("Helvetica", &helveticaWidths))
	})
}
