package synth

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// hostileChecks prove that each hostile file is what it claims to be.
var hostileChecks = map[string]func(t *testing.T, data []byte){
	"empty.pdf": func(t *testing.T, data []byte) {
		if len(data) != 0 {
			t.Errorf("%d bytes", len(data))
		}
	},
	"garbage.pdf": func(t *testing.T, data []byte) {
		if bytes.Contains(data, []byte("%PDF-")) || !bytes.Contains(data, []byte{0}) {
			t.Error("has the PDF magic or no NUL byte")
		}
	},
	"text.docx": func(t *testing.T, data []byte) {
		if !utf8.Valid(data) || bytes.HasPrefix(data, []byte("PK")) || !bytes.Contains(data, []byte("Vedtak")) {
			t.Error("not plain UTF-8 minutes")
		}
	},
	"truncated.pdf": func(t *testing.T, data []byte) {
		if bytes.Contains(data, []byte("%%EOF")) || bytes.Contains(data, []byte("trailer")) {
			t.Error("still has a trailer")
		}
	},
	"truncated.docx": func(t *testing.T, data []byte) {
		if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			t.Error("opens as a ZIP")
		}
	},
	"xref-prev-self.pdf": func(t *testing.T, data []byte) {
		m := regexp.MustCompile(`/Prev (\d+)[\s\S]*startxref\n(\d+)`).FindSubmatch(data)
		if m == nil || string(m[1]) != string(m[2]) {
			t.Errorf("/Prev does not point at the xref: %q", m)
		}
	},
	"kids-cycle.pdf": checkKidsCycle,
	"encrypted.pdf":  checkEncrypted,
	"scanned.pdf":    checkScanned,
	"flate-bomb.pdf": checkFlateBomb,
	"zip-bomb.docx":  checkZipBomb,
	"xml-depth.docx": checkDepthBomb,
	"nesting.pdf":    checkNesting,
}

func TestHostile(t *testing.T) {
	dir := t.TempDir()
	files, err := Hostile(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(hostileChecks) {
		t.Errorf("%d files, %d checks", len(files), len(hostileChecks))
	}
	for _, f := range files {
		t.Run(f.Name, func(t *testing.T) {
			if (f.Want == nil) == (f.Format == "") || f.Why == "" {
				t.Errorf("incomplete expectation %+v", f)
			}
			data, err := os.ReadFile(filepath.Join(dir, f.Name))
			if err != nil {
				t.Fatal(err)
			}
			check, ok := hostileChecks[f.Name]
			if !ok {
				t.Fatal("no check for this file")
			}
			check(t, data)
		})
	}
}

func checkKidsCycle(t *testing.T, data []byte) {
	if !bytes.Contains(data, []byte("3 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R]")) {
		t.Error("no cycle in the page tree")
	}
	if _, err := pdf.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
		t.Errorf("the rest of the file should be sound: %v", err)
	}
}

func checkEncrypted(t *testing.T, data []byte) {
	if _, err := pdf.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
		t.Error("opens without the password")
	}
	pw := func() func() string {
		tried := false
		return func() string {
			if tried {
				return ""
			}
			tried = true
			return EncryptedPassword
		}
	}()
	r, err := pdf.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), pw)
	if err != nil {
		t.Fatalf("does not open with the password: %v", err)
	}
	text, err := r.Page(1).GetPlainText(nil)
	if err != nil || !strings.Contains(text, "Vedtak") && !strings.Contains(compact(text), "Vedtak") {
		t.Errorf("decrypted page 1 reads %q, %v", text, err)
	}
	if out, err := poppler(t, data, "-upw", EncryptedPassword); err != nil || !strings.Contains(compact(out), "Sak") {
		t.Errorf("pdftotext with the password: %v %q", err, out)
	}
}

func checkScanned(t *testing.T, data []byte) {
	if got := compact(pdfText(t, data)); got != "" {
		t.Errorf("has text %q", got)
	}
}

func checkNesting(t *testing.T, data []byte) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a sound PDF: %v", err)
	}
	c := r.Page(1).V.Key("Contents").Reader()
	defer c.Close()
	stream, err := io.ReadAll(c)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(stream, []byte("[")); n < nestingDepth || !bytes.Contains(stream, []byte("Tj")) {
		t.Errorf("%d brackets after the text, want %d", n, nestingDepth)
	}
}
