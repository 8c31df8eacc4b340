package pdf

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// protocolsDir holds Norwegian election boards' protocols on the
// development machine; a fresh clone lacks it and the test is skipped.
const protocolsDir = "../../../shared/external/minutes-valgstyret-elections-no"

// TestElectionProtocols reads protocols from many producers (Microsoft
// Print to PDF among them): scans must fail with doc.ErrNoText, the others
// must read as Norwegian, not as glyph ids or mojibake.
func TestElectionProtocols(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(protocolsDir, "*.pdf"))
	if len(files) == 0 {
		t.Skip("no election protocols")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, err := readFile(t, path)
			if strings.Contains(path, "SCANNED") {
				if !errors.Is(err, doc.ErrNoText) {
					t.Fatalf("err = %v, want ErrNoText", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			text := strings.ToLower(flatText(d))
			for _, w := range []string{" og ", "stemme", "styret"} {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
		})
	}
}
