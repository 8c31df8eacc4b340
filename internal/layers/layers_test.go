// Package layers holds the test that keeps motebok's layers apart: data
// flows cmd → pipeline → extractors, and stores (index) never import the
// pipeline or the CLI; extractors never import stores. The web server sits
// just below cmd: it reads stores and the pipeline's status, and nothing
// below imports it.
package layers

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/motebok/motebok/"

// forbidden maps a package prefix to the prefixes it must not import.
var forbidden = map[string][]string{
	module + "extractors": {module + "index", module + "pipeline", module + "web", module + "cmd"},
	module + "index":      {module + "pipeline", module + "web", module + "cmd", module + "extractors/pdf", module + "extractors/ooxml"},
	module + "pipeline":   {module + "web", module + "cmd"},
	module + "web":        {module + "cmd"},
}

func TestLayers(t *testing.T) {
	out, err := exec.Command("go", "list", "-e", "-f", `{{.ImportPath}} {{join .Imports " "}}`, module+"...").Output()
	if err != nil {
		t.Skipf("go list unavailable: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		for pkg, bans := range forbidden {
			if !strings.HasPrefix(f[0], pkg) {
				continue
			}
			for _, imp := range f[1:] {
				for _, ban := range bans {
					if strings.HasPrefix(imp, ban) {
						t.Errorf("%s imports %s: a layer may not reach back up the chain", f[0], imp)
					}
				}
			}
		}
	}
}

// TestNoTestingInBinary checks that no package of the motebok binary
// imports "testing" (whose flags and code would ship with it): helpers for
// tests live in packages only tests import, such as internal/ziptest.
func TestNoTestingInBinary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}} {{join .Imports " "}}`, module+"cmd/motebok").Output()
	if err != nil {
		t.Skipf("go list unavailable: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && strings.HasPrefix(f[0], module) && slices.Contains(f[1:], "testing") {
			t.Errorf("%s imports testing, and the binary with it", f[0])
		}
	}
}
