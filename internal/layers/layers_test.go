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
	for pkg, imports := range goList(t, "-e", module+"...") {
		for prefix, bans := range forbidden {
			if !strings.HasPrefix(pkg, prefix) {
				continue
			}
			for _, imp := range imports {
				for _, ban := range bans {
					if strings.HasPrefix(imp, ban) {
						t.Errorf("%s imports %s: a layer may not reach back up the chain", pkg, imp)
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
	for pkg, imports := range goList(t, "-deps", module+"cmd/motebok") {
		if strings.HasPrefix(pkg, module) && slices.Contains(imports, "testing") {
			t.Errorf("%s imports testing, and the binary with it", pkg)
		}
	}
}

// goList maps each package go list names for args to its imports; the
// test is skipped where go list does not run.
func goList(t *testing.T, args ...string) map[string][]string {
	args = append([]string{"list", "-f", `{{.ImportPath}} {{join .Imports " "}}`}, args...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		t.Skipf("go list unavailable: %v", err)
	}
	pkgs := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			pkgs[f[0]] = f[1:]
		}
	}
	return pkgs
}
