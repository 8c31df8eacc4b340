package synth

import (
	"crypto/md5"
	"fmt"
	"io"
	"math"
	"strconv"
	"time"
	"unicode/utf16"
)

// TextMode is how a PDF draws its lines of text.
type TextMode int

// The ways of drawing text, as different producers do.
const (
	TextPerLine TextMode = iota // BT ... Td (line) Tj ET for every line, as LibreOffice does
	TextRuns                    // one BT per block, next lines with T*
	TextGaps                    // TJ arrays with word gaps and no space characters, as cairo does
)

// PDF is a document to write: metadata and pages of placed text.
type PDF struct {
	Title, Author string
	Created       time.Time
	Mode          TextMode
	Pages         []Page
}

// Page is one page: its size in points and its lines.
type Page struct {
	Width, Height float64
	Lines         []Line
}

// Line is one line of text in Helvetica (or Helvetica-Bold). X and Y are the
// baseline's start in points from the page's lower-left corner.
type Line struct {
	X, Y, Size float64
	Bold       bool
	Text       string
}

// Object numbers of the fixed objects; page i is 6+2i, its content 7+2i.
const (
	objCatalog = 1
	objPages   = 2
	objFont    = 3
	objBold    = 4
	objInfo    = 5 // the /Encrypt dictionary when encrypting
)

// WritePDF writes a PDF 1.4 file: Helvetica and Helvetica-Bold in
// WinAnsiEncoding with their widths, Flate-compressed content, a correct
// cross-reference table, and an Info dictionary.
func WritePDF(w io.Writer, d PDF) error {
	return writePDF(w, d, nil)
}

// writePDF writes d, encrypted when crypt is set (and then without Info,
// whose strings would need encrypting too).
func writePDF(w io.Writer, d PDF, crypt *rc4Handler) error {
	p := newPDFWriter(w)
	id := fileID(d)
	p.object(objCatalog, "<< /Type /Catalog /Pages 2 0 R >>")
	kids := make([]byte, 0, 12*len(d.Pages))
	for i := range d.Pages {
		kids = fmt.Appendf(kids, "%d 0 R ", 6+2*i)
	}
	p.object(objPages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(d.Pages)))
	p.object(objFont, fontDict("Helvetica", &helveticaWidths))
	p.object(objBold, fontDict("Helvetica-Bold", &helveticaBoldWidths))
	trailer := fmt.Sprintf("/Root 1 0 R /ID [<%x><%x>]", id, id)
	if crypt != nil {
		p.object(objInfo, crypt.dict())
		trailer += " /Encrypt 5 0 R"
	} else {
		p.object(objInfo, infoDict(d))
		trailer += " /Info 5 0 R"
	}
	p.crypt = crypt
	for i, pg := range d.Pages {
		p.object(6+2*i, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] "+
			"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>", num(pg.Width), num(pg.Height), 7+2*i))
		p.stream(7+2*i, "", content(pg.Lines, d.Mode))
	}
	return p.finish(trailer)
}

func fontDict(name string, widths *[224]uint16) string {
	ws := make([]byte, 0, 5*len(widths))
	for _, w := range widths {
		ws = strconv.AppendUint(ws, uint64(w), 10)
		ws = append(ws, ' ')
	}
	return fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding "+
		"/FirstChar 32 /LastChar 255 /Widths [%s] >>", name, ws)
}

func infoDict(d PDF) string {
	date := d.Created.UTC().Format("D:20060102150405Z")
	return fmt.Sprintf("<< /Title %s /Author %s /Producer (motebok synth) /CreationDate (%s) /ModDate (%s) >>",
		utf16Hex(d.Title), utf16Hex(d.Author), date, date)
}

// utf16Hex writes s as a PDF text string: UTF-16BE with a byte order mark.
func utf16Hex(s string) string {
	b := []byte("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		b = fmt.Appendf(b, "%04X", u)
	}
	return string(append(b, '>'))
}

// fileID is the file identifier: a hash of what the file is about.
func fileID(d PDF) []byte {
	sum := md5.Sum([]byte(d.Title + "\x00" + d.Author + "\x00" + d.Created.String()))
	return sum[:]
}

// num formats a coordinate with at most two decimals.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}
