package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// initBudget bounds the bytes motebok's own packages allocate before main
// runs. Compiled eagerly, the minutes lexicon alone took 2.9 MB and 8 ms of
// every command's start; lexicons are compiled at their first use instead
// (internal/lazy).
const initBudget = 512 << 10

// TestStartAllocations runs `motebok --version` with the runtime's init
// trace and sums what the module's packages allocate in their init.
func TestStartAllocations(t *testing.T) {
	cmd := exec.Command(binary, "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("motebok --version: %v\n%s", err, out)
	}
	total, lines := 0, []string{}
	for _, line := range strings.Split(string(out), "\n") {
		// init github.com/motebok/motebok/index @2.1 ms, 0.12 ms clock, 13608 bytes, 125 allocs
		f := strings.Fields(line)
		if len(f) < 10 || f[0] != "init" || !strings.HasPrefix(f[1], "github.com/motebok/motebok") {
			continue
		}
		n, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("reading %q: %v", line, err)
		}
		total += n
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		t.Fatalf("no init trace of motebok's packages in:\n%s", out)
	}
	if total > initBudget {
		t.Errorf("motebok's packages allocate %d bytes at start, budget %d:\n%s", total, initBudget, strings.Join(lines, "\n"))
	}
}
