package extractors

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestSchemaFormatsAreRegistered checks that the record schema's format
// enum names exactly the registered formats: a format added to one and
// not the other fails here.
func TestSchemaFormatsAreRegistered(t *testing.T) {
	var schema struct {
		Properties struct {
			Format struct {
				Enum []string `json:"enum"`
			} `json:"format"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(doc.RecordSchema, &schema); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	enum := schema.Properties.Format.Enum
	slices.Sort(names)
	slices.Sort(enum)
	if !slices.Equal(names, enum) {
		t.Errorf("registered formats %v, schema enum %v", names, enum)
	}
}

func TestFormatOfFile(t *testing.T) {
	for _, tc := range []struct {
		name, want string // want "" for no format
	}{
		{"referat.pdf", "pdf"},
		{"REFERAT.PDF", "pdf"},
		{"sak.docx", "docx"},
		{"lysark.pptx", "pptx"},
		{"protokoll.odt", "odt"},
		{"lysark.odp", "odp"},
		{"notat.txt", "txt"},
		{"README.md", "md"},
		{"side.markdown", "md"},
		{"referat.doc", ""},     // legacy Word: no reader
		{"budsjett.xlsx", ""},   // a container Sniff knows, no reader
		{"referat.pdf.bak", ""}, // the last extension counts
		{"pdf", ""},
	} {
		f, ok := FormatOfFile(tc.name)
		if got := f.Name; got != tc.want || ok != (tc.want != "") {
			t.Errorf("FormatOfFile(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
}

func TestRegisterRejectsDuplicates(t *testing.T) {
	for name, f := range map[string]Format{
		"name":      {Name: "pdf", Exts: []string{".pdfx"}},
		"extension": {Name: "pdf2", Exts: []string{".pdf"}},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("registering %+v twice did not panic", f)
				}
			}()
			Register(f)
		})
	}
}
