package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/extractors/doc"
)

// errWorkerStart stops the run: without its worker process no isolated
// document can be read, and that is a setup error, not a document's.
var errWorkerStart = errors.New("cannot start the worker process")

// child is one worker process, owned by one extract goroutine. It is
// started on first use and replaced after a crash, a timeout or MaxDocs
// documents.
type child struct {
	iso    *Isolation
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	enc    *json.Encoder
	dec    *json.Decoder
	stderr *headBuffer
	served int
	id     uint64
}

func (c *child) start() error {
	cmd := exec.Command(c.iso.Command[0], c.iso.Command[1:]...)
	cmd.Env = append(os.Environ(), c.iso.Env...)
	c.stderr = &headBuffer{max: 4096}
	cmd.Stderr = c.stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("%w: %w", errWorkerStart, err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return fmt.Errorf("%w: %w", errWorkerStart, err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%w: %s: %w", errWorkerStart, strings.Join(c.iso.Command, " "), err)
	}
	c.cmd, c.stdin, c.served = cmd, stdin, 0
	c.enc = json.NewEncoder(stdin)
	c.dec = json.NewDecoder(bufio.NewReaderSize(stdout, 64<<10))
	if err := c.enc.Encode(workerHello{MemLimit: c.iso.MemLimit, MaxStack: c.iso.MaxStack}); err != nil {
		c.kill()
		return fmt.Errorf("%w: %w", errWorkerStart, err)
	}
	return nil
}

type decoded struct {
	resp workerResponse
	err  error
}

// extract has the worker extract path, killing it when it takes longer
// than the timeout or the run is cancelled.
func (c *child) extract(ctx context.Context, path string, opts extractors.Options) (*doc.Record, error) {
	if c.cmd == nil {
		if err := c.start(); err != nil {
			return nil, err
		}
	}
	c.id++
	c.stderr.reset()
	ch := make(chan decoded, 1)
	go func(dec *json.Decoder) {
		var d decoded
		d.err = dec.Decode(&d.resp)
		ch <- d
	}(c.dec)
	if err := c.enc.Encode(newRequest(c.id, path, opts)); err != nil {
		return nil, c.crashed(path)
	}
	timer := time.NewTimer(c.iso.Timeout)
	defer timer.Stop()
	select {
	case d := <-ch:
		if d.err != nil || d.resp.ID != c.id {
			return nil, c.crashed(path)
		}
		if c.served++; c.served >= c.iso.MaxDocs {
			c.close()
		}
		return d.resp.result()
	case <-timer.C:
		c.kill()
		return nil, fmt.Errorf("%s: %w after %s; worker killed", path, ErrTimeout, c.iso.Timeout)
	case <-ctx.Done():
		c.kill()
		return nil, ctx.Err()
	}
}

// crashed reaps a worker that stopped answering and says why it died.
func (c *child) crashed(path string) error {
	state := c.kill()
	why := c.stderr.reason()
	err := fmt.Errorf("%s: %w (%s)", path, ErrWorkerCrashed, state)
	if outOfMemory(why) {
		err = fmt.Errorf("%w: %s (the worker's memory limit, --memory-mb, is too low for it: %w)", err, why, ErrEnvironment)
	} else if why != "" {
		err = fmt.Errorf("%w: %s", err, why)
	}
	return err
}

// kill ends the worker at once and returns how it ended.
func (c *child) kill() string {
	if c.cmd == nil {
		return ""
	}
	c.cmd.Process.Kill()
	c.cmd.Wait()
	state := c.cmd.ProcessState.String()
	c.cmd = nil
	return state
}

// close lets the worker finish: it exits when its stdin ends. One that
// does not within a few seconds is killed.
func (c *child) close() {
	if c.cmd == nil {
		return
	}
	c.stdin.Close()
	cmd := c.cmd
	t := time.AfterFunc(5*time.Second, func() { cmd.Process.Kill() })
	cmd.Wait()
	t.Stop()
	c.cmd = nil
}

// headBuffer keeps the start of what a worker wrote to stderr since the
// current document began: where the Go runtime puts the reason of a crash.
type headBuffer struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (h *headBuffer) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if room := h.max - len(h.buf); room > 0 {
		h.buf = append(h.buf, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (h *headBuffer) reset() {
	h.mu.Lock()
	h.buf = h.buf[:0]
	h.mu.Unlock()
}

// reason picks the telling line: the runtime's "fatal error" or "panic",
// else the first line written.
func (h *headBuffer) reason() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	lines := strings.Split(strings.TrimSpace(string(h.buf)), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") {
			return l
		}
	}
	return lines[0]
}
