package register

import (
	"bytes"
	"errors"
	"testing"
)

// TestPackSource: a source's JSON comes back as it went in, and a packed
// column that does not inflate is damage.
func TestPackSource(t *testing.T) {
	js := []byte(`{"kind":"minutes","meeting":{"body":"Driftsutvalget","date":"2025-03-04"},"sketch":"` +
		string(bytes.Repeat([]byte("abcd"), 500)) + `"}`)
	packed := packSource(js)
	if len(packed) >= len(js)/4 {
		t.Errorf("packed %d bytes of %d: not compressed", len(packed), len(js))
	}
	got, err := unpackSource("m/a.docx", packed)
	if err != nil || !bytes.Equal(got, js) {
		t.Fatalf("unpack = %q, %v; want the JSON back", got, err)
	}
	for _, bad := range [][]byte{nil, []byte("{not deflate"), packed[:len(packed)/2]} {
		if _, err := unpackSource("m/a.docx", bad); !errors.Is(err, ErrDamaged) {
			t.Errorf("unpack(%q) = %v, want ErrDamaged", bad, err)
		}
	}
}
