package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestElectionProtocols reads protocols from many producers (Microsoft
// Print to PDF among them): scans must fail with doc.ErrNoText, the others
// must read as Norwegian, not as glyph ids or mojibake.
func TestElectionProtocols(t *testing.T) {
	// Norwegian election boards' protocols, among the external test
	// documents $MOTEBOK_EXTERNAL names (make test-external).
	files, _ := filepath.Glob(filepath.Join(os.Getenv("MOTEBOK_EXTERNAL"), "minutes-valgstyret-elections-no", "*.pdf"))
	if len(files) == 0 {
		t.Skip("no election protocols under $MOTEBOK_EXTERNAL")
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
