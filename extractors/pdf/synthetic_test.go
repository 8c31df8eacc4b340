package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// makePDF writes objects 1..n (object 1 is the catalog) with a correct
// cross-reference table; trailer extra goes into the trailer dictionary.
func makePDF(trailerExtra string, objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, strings.ReplaceAll(trailerExtra, "XREF", fmt.Sprint(xref)), xref)
	return b.Bytes()
}

func stream(data []byte, dict string) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), dict, data)
}

func flated(data []byte) string {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(data)
	w.Close()
	return stream(z.Bytes(), "/Filter /FlateDecode")
}

const (
	catalog  = "<< /Type /Catalog /Pages 2 0 R >>"
	onePage  = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
	pageObj  = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>"
	helvetic = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
)

func simplePDF(content string, extra ...string) []byte {
	return makePDF("", append([]string{catalog, onePage, pageObj, stream([]byte(content), ""), helvetic}, extra...)...)
}

func TestSynthetic(t *testing.T) {
	form := stream([]byte("BT /F1 12 Tf 0 0 Td (Inside the form) Tj ET"), "/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 0 -100]")
	tests := []struct {
		name    string
		data    []byte
		lim     func(*doc.Limits)
		want    []string
		wantErr error
	}{
		{name: "form xobject", data: simplePDF("BT /F1 12 Tf 50 700 Td (Before the form) Tj ET q 1 0 0 1 50 700 cm /X1 Do Q", form),
			want: []string{"Before the form", "Inside the form"}},
		{name: "TJ kerning and word gaps", data: simplePDF("BT /F1 12 Tf 50 700 Td [(Ved) 20 (tak) -400 (fattet)] TJ ET"),
			want: []string{"Vedtak fattet"}},
		{name: "word spacing operator", data: simplePDF(`BT /F1 12 Tf 50 700 Td 0 0 (Sak ) " (33/25) Tj ET`),
			want: []string{"Sak 33/25"}},
		{name: "unterminated hex at end", data: simplePDF("BT /F1 12 Tf 50 700 Td (Kept) Tj ET BT <414243"),
			want: []string{"Kept"}},
		{name: "inline image", data: simplePDF("BI /W 1 /H 1 ID \xff\x00(<< EI BT /F1 12 Tf 50 700 Td (After image) Tj ET"),
			want: []string{"After image"}},
		{name: "unbalanced Q", data: simplePDF("Q Q Q BT /F1 12 Tf 50 700 Td (Still read) Tj ET"),
			want: []string{"Still read"}},
		{name: "missing font", data: simplePDF("BT /F9 12 Tf 50 700 Td (No font) Tj ET"),
			want: []string{"No font"}},
		{name: "page numbers dropped", data: makePDF("", catalog, "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
			"<< /Type /Page /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
			stream([]byte("BT /F1 12 Tf 50 700 Td (Body one) Tj ET BT /F1 10 Tf 300 30 Td (Side 1 av 2) Tj ET"), ""),
			"<< /Type /Page /MediaBox [0 0 600 800] /Contents 7 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
			helvetic,
			stream([]byte("BT /F1 12 Tf 50 700 Td (Body two) Tj ET BT /F1 10 Tf 300 30 Td (Side 2 av 2) Tj ET"), "")),
			want: []string{"Body one\nBody two"}},
		{name: "kids cycle", data: makePDF("", catalog, "<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >>"), wantErr: doc.ErrCorrupt},
		{name: "xref prev loop", data: makePDF("/Prev XREF", catalog, onePage, pageObj, stream([]byte("BT ET"), ""), helvetic),
			wantErr: doc.ErrCorrupt},
		{name: "flate bomb", data: simplePDF("") /* replaced below */, lim: func(l *doc.Limits) { l.MaxUncompressed = 1 << 20 }, wantErr: doc.ErrLimit},
		{name: "no text", data: simplePDF("0 0 m 100 100 l S"), wantErr: doc.ErrNoText},
	}
	bomb := makePDF("", catalog, onePage, pageObj, flated(bytes.Repeat([]byte("q Q "), 1<<19)), helvetic)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "flate bomb" {
				tc.data = bomb
			}
			lim := doc.DefaultLimits
			if tc.lim != nil {
				tc.lim(&lim)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			d, err := Read(ctx, bytes.NewReader(tc.data), int64(len(tc.data)), lim)
			if tc.wantErr != nil || err != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			text := strings.Join(blockTexts(d), "\n")
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("text %q lacks %q", text, w)
				}
			}
		})
	}
}

func blockTexts(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, b.Text)
	}
	return out
}
