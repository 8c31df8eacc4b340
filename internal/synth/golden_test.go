package synth

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/truth-seed1.jsonl")

// TestTruthGolden pins the content model: the truth of the first documents
// of seed 1 must not change unnoticed, or benchmark archives stop being
// comparable. Sizes are left out (they follow the Go version's compressor).
// Refresh with go test -run TestTruthGolden -update. The formats are
// listed, not Formats: a new format must not redraw the old archives.
func TestTruthGolden(t *testing.T) {
	rows, err := Generate(t.TempDir(), Options{N: 16, Seed: 1, Formats: []string{"docx", "pdf", "odt", "txt"}})
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	enc := json.NewEncoder(&got)
	for _, r := range rows {
		r.Size = 0
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	golden := filepath.Join("testdata", "truth-seed1.jsonl")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	gotLines, wantLines := bytes.Split(got.Bytes(), []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range max(len(gotLines), len(wantLines)) {
		if i >= len(gotLines) || i >= len(wantLines) || !bytes.Equal(gotLines[i], wantLines[i]) {
			t.Fatalf("truth of seed 1 changed at row %d (if on purpose, run with -update)", i+1)
		}
	}
}
