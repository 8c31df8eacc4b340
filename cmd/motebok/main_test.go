package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// binary is the motebok executable the end-to-end tests run, built once by
// TestMain.
var binary string

// commandTimeout bounds every command a test runs: a hang fails the test
// instead of the whole package.
const commandTimeout = 2 * time.Minute

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "motebok-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := buildAndRun(m, dir)
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildAndRun builds the command into dir and runs the tests.
func buildAndRun(m *testing.M, dir string) int {
	binary = filepath.Join(dir, "motebok")
	if exe := filepath.Ext(os.Args[0]); exe == ".exe" {
		binary += exe
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building motebok:", err)
		return 1
	}
	// An unprivileged user must be able to run it (see asNobody).
	if err := os.Chmod(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout: %.2000s\nstderr: %.2000s", r.code, r.stdout, r.stderr)
}

// cli runs motebok commands; attr, when set, starts them as another user.
type cli struct {
	attr    *syscall.SysProcAttr
	timeout time.Duration // default commandTimeout
}

// command prepares a run of motebok with args.
func (c cli) command(ctx context.Context, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	cmd := exec.CommandContext(ctx, binary, args...)
	// A command run without --data must not write into the source tree.
	cmd.Env = append(os.Environ(), "MOTEBOK_DATA="+filepath.Join(filepath.Dir(binary), "default-data"), "COLUMNS=")
	cmd.SysProcAttr = c.attr
	cmd.WaitDelay = 5 * time.Second // worker processes must not hold the output open
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	return cmd, &stdout, &stderr
}

// run runs motebok with args to the end and returns what it did.
func (c cli) run(t *testing.T, args ...string) result {
	t.Helper()
	timeout := cmp.Or(c.timeout, commandTimeout)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd, stdout, stderr := c.command(ctx, args...)
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("motebok %s: no answer after %s", strings.Join(args, " "), timeout)
	}
	return result{stdout.String(), stderr.String(), statusOf(t, err)}
}

// statusOf is the exit status err reports, -1 for a process killed by a
// signal.
func statusOf(t *testing.T, err error) int {
	t.Helper()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode() // -1 when killed by a signal
	}
	t.Fatalf("running motebok: %v", err)
	return -1
}

// mustRun runs motebok and fails the test unless it exits with want.
func (c cli) mustRun(t *testing.T, want int, args ...string) result {
	t.Helper()
	r := c.run(t, args...)
	if r.code != want {
		t.Fatalf("motebok %s: want exit %d, got %s", strings.Join(args, " "), want, r)
	}
	return r
}

// motebok runs motebok as the test's own user.
func motebok(t *testing.T, args ...string) result {
	t.Helper()
	return cli{}.run(t, args...)
}

// mustMotebok runs motebok as the test's own user and checks its exit code.
func mustMotebok(t *testing.T, want int, args ...string) result {
	t.Helper()
	return cli{}.mustRun(t, want, args...)
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
