package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// process is a motebok command running in the background.
type process struct {
	proc           *os.Process
	stdout, stderr *bytes.Buffer // read only once done is closed
	done           chan struct{}
	err            error
	cancel         context.CancelFunc
}

// start starts motebok with args without waiting for it. The test's end
// kills it if it still runs.
func (c cli) start(t *testing.T, args ...string) *process {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
	cmd, stdout, stderr := c.command(ctx, args...)
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	p := &process{proc: cmd.Process, stdout: stdout, stderr: stderr, done: make(chan struct{}), cancel: cancel}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() { cancel(); <-p.done })
	return p
}

// running reports whether the process has not yet exited.
func (p *process) running() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// wait waits for the process to end and returns what it did.
func (p *process) wait(t *testing.T) result {
	t.Helper()
	<-p.done
	p.cancel()
	return result{p.stdout.String(), p.stderr.String(), statusOf(t, p.err)}
}

// pollInterval is how often a test looks at a running ingest's data
// directory.
const pollInterval = 2 * time.Millisecond

// await polls cond until it holds, and reports false if the process ended
// first.
func (p *process) await(cond func() bool) bool {
	for {
		if cond() {
			return true
		}
		if !p.running() {
			return cond()
		}
		time.Sleep(pollInterval)
	}
}

// exists reports whether the data directory holds name.
func exists(data, name string) func() bool {
	return func() bool {
		_, err := os.Stat(filepath.Join(data, name))
		return err == nil
	}
}
