package zipxml

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestDecoderTextAndSkip(t *testing.T) {
	d := NewDecoder(strings.NewReader(`<r><t>a<i>b</i>c</t><skip><x>no</x></skip><t>d</t></r>`), doc.Limits{})
	var got []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		switch {
		case ok && se.Name.Local == "t":
			s, err := d.Text()
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, s)
		case ok && se.Name.Local == "skip":
			if err := d.Skip(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if strings.Join(got, ",") != "abc,d" {
		t.Fatalf("texts = %q, want [abc d]", got)
	}
}

// openRoot returns a decoder that has just read the start of the root.
func openRoot(t *testing.T, s string) *Decoder {
	t.Helper()
	d := NewDecoder(strings.NewReader(s), doc.Limits{})
	if _, err := d.Token(); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestChildren(t *testing.T) {
	errStop := errors.New("stop")
	tests := []struct {
		name    string
		xml     string
		stopAt  string // fn fails at this element
		want    string // elements reported, in order
		wantErr error
	}{
		{"wrappers read through, skipped not", `<r><w><a/></w><skip><x/></skip><b/></r><after/>`, "", "w,a,skip,b", nil},
		{"fn error stops", `<r><a/><b/><c/></r>`, "b", "a,b", errStop},
		{"truncated", `<r><a/><b>`, "", "a,b", doc.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := openRoot(t, tt.xml)
			var got []string
			err := d.Children(func(se xml.StartElement) error {
				got = append(got, se.Name.Local)
				switch se.Name.Local {
				case tt.stopAt:
					return errStop
				case "skip":
					return d.Skip()
				}
				return nil
			})
			if strings.Join(got, ",") != tt.want || !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Fatalf("got %v, %v; want %s, %v", got, err, tt.want, tt.wantErr)
			}
			if tt.wantErr == nil && d.Depth() != 0 {
				t.Fatalf("depth %d after the root", d.Depth())
			}
		})
	}
}

func TestCollect(t *testing.T) {
	d := openRoot(t, `<r><p>a</p><x/><p>b<i>c</i></p></r>`)
	got, err := Collect(d, func(se xml.StartElement) ([]string, error) {
		if se.Name.Local != "p" {
			return nil, nil
		}
		s, err := d.Text()
		return []string{s}, err
	})
	if err != nil || strings.Join(got, ",") != "a,bc" {
		t.Fatalf("Collect = %q, %v; want [a bc]", got, err)
	}
}

func TestDecoderStop(t *testing.T) {
	d := openRoot(t, `<r><a><b>x</b><b>y</b></a><c>not read</c></r>`)
	var got []string
	err := d.Children(func(se xml.StartElement) error {
		got = append(got, se.Name.Local)
		if se.Name.Local == "b" {
			d.Stop()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "a,b" {
		t.Errorf("read %q after Stop, want [a b]", got)
	}
	if _, err := d.Token(); !errors.Is(err, io.EOF) {
		t.Errorf("Token after the stopped root: %v, want io.EOF", err)
	}
}
