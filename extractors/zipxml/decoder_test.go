package zipxml

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestDecoder(t *testing.T) {
	tests := []struct {
		name string
		xml  string
		want error
	}{
		{"well formed", `<a><b>text</b></a>`, nil},
		{"depth bomb", strings.Repeat("<a>", 300) + strings.Repeat("</a>", 300), doc.ErrLimit},
		{"just deep enough", strings.Repeat("<a>", 256) + strings.Repeat("</a>", 256), nil},
		{"malformed", `<a><b></a>`, doc.ErrCorrupt},
		{"unclosed", `<a><b>`, doc.ErrCorrupt},
		{"external entity not expanded", `<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>`, doc.ErrCorrupt},
		{"unknown encoding refused", `<?xml version="1.0" encoding="x-klingon"?><a/>`, doc.ErrUnsupported},
		{"windows-1252 declared", "<?xml version=\"1.0\" encoding=\"windows-1252\"?><a>M\xf8te</a>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := drain(NewDecoder(strings.NewReader(tt.xml), doc.Limits{MaxXMLDepth: 256}))
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("decoding: %v, want %v", err, tt.want)
			}
		})
	}
}

func drain(d *Decoder) error {
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v      int
		format string
		want   string
	}{
		{3, "decimal", "3"}, {3, "1", "3"}, {1, "lowerLetter", "a"}, {28, "a", "bb"},
		{2, "upperLetter", "B"}, {4, "lowerRoman", "iv"}, {1994, "I", "MCMXCIV"},
		{7, "decimalZero", "07"}, {12, "decimalZero", "12"}, {0, "a", "0"}, {5, "ordinalText", "5"},
		{0, "decimalZero", "00"}, {1, "ordinal", "1st"}, {2, "ordinal", "2nd"}, {3, "ordinal", "3rd"},
		{4, "ordinal", "4th"}, {11, "ordinal", "11th"}, {12, "ordinal", "12th"}, {21, "ordinal", "21st"}, {0, "ordinal", "0th"},
	}
	for _, tt := range tests {
		t.Run(tt.format+"/"+tt.want, func(t *testing.T) {
			if got := FormatNumber(tt.v, tt.format); got != tt.want {
				t.Fatalf("FormatNumber(%d, %q) = %q, want %q", tt.v, tt.format, got, tt.want)
			}
		})
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-11-22T10:56:12Z", "2026-11-22T10:56:12Z"},
		{"2026-11-22T10:56:12+01:00", "2026-11-22T09:56:12Z"},
		{"2007-09-14T11:06:08", "2007-09-14T11:06:08Z"},
		{"2007-09-14T11:06:08.123", "2007-09-14T11:06:08.123Z"},
		{"2020-01-02", "2020-01-02T00:00:00Z"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ""
			if p := ParseTime(tt.in); p != nil {
				got = p.UTC().Format("2006-01-02T15:04:05.999Z")
			}
			if got != tt.want {
				t.Fatalf("ParseTime(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecoderCharset(t *testing.T) {
	d := NewDecoder(strings.NewReader("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a>M\xf8te \x96 \x80</a>"), doc.Limits{})
	for {
		tok, err := d.Token()
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := tok.(xml.StartElement); ok {
			break
		}
	}
	if s, err := d.Text(); err != nil || s != "Møte – €" {
		t.Fatalf("Text = %q, %v", s, err)
	}
}
