package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/extractors/doc"
)

// The worker protocol: JSON lines on the child's stdin and stdout. The
// parent sends one workerHello, then requests; the child answers each
// request with one response carrying the same ID.

// workerHello carries the limits the child applies to itself.
type workerHello struct {
	MemLimit int64 `json:"mem_limit"` // RLIMIT_AS in bytes; 0 or less for none
	MaxStack int   `json:"max_stack"` // goroutine stack limit in bytes; 0 for the runtime's
}

type workerRequest struct {
	ID      uint64             `json:"id"`
	Path    string             `json:"path,omitempty"`
	RawPath []byte             `json:"raw_path,omitempty"` // the path when it is not valid UTF-8
	Options extractors.Options `json:"options"`
}

type workerResponse struct {
	ID     uint64      `json:"id"`
	Record *doc.Record `json:"record,omitempty"`
	Error  string      `json:"error,omitempty"`
	Cause  string      `json:"cause,omitempty"` // the sentinel the error wrapped, by name
}

// causes name the sentinel errors that survive the trip between processes,
// the first that matches winning.
var causes = []struct {
	name string
	err  error
}{
	{"environment", ErrEnvironment}, {"limit", doc.ErrLimit}, {"encrypted", doc.ErrEncrypted},
	{"no-text", doc.ErrNoText}, {"unsupported", doc.ErrUnsupported}, {"corrupt", doc.ErrCorrupt},
	{"timeout", ErrTimeout},
}

// causeOf names the sentinel err wraps; environmental errors of any kind
// are "environment".
func causeOf(err error) string {
	if Environmental(err) {
		return "environment"
	}
	for _, c := range causes {
		if errors.Is(err, c.err) {
			return c.name
		}
	}
	return ""
}

// causeNamed is the sentinel of a cause name, nil if unknown.
func causeNamed(name string) error {
	for _, c := range causes {
		if c.name == name {
			return c.err
		}
	}
	return nil
}

func newRequest(id uint64, path string, opts extractors.Options) workerRequest {
	req := workerRequest{ID: id, Path: path, Options: opts}
	if !utf8.ValidString(path) {
		req.Path, req.RawPath = "", []byte(path)
	}
	return req
}

func (q *workerRequest) path() string {
	if q.RawPath != nil {
		return string(q.RawPath)
	}
	return q.Path
}

func newResponse(id uint64, rec *doc.Record, err error) workerResponse {
	resp := workerResponse{ID: id, Record: rec}
	if err != nil {
		resp.Record, resp.Error, resp.Cause = nil, err.Error(), causeOf(err)
	}
	return resp
}

// remoteError is an error from a worker; it unwraps to the sentinel named
// by its cause.
type remoteError struct {
	msg   string
	cause error
}

func (e *remoteError) Error() string { return e.msg }
func (e *remoteError) Unwrap() error { return e.cause }

func (p *workerResponse) result() (*doc.Record, error) {
	if p.Error != "" {
		return nil, &remoteError{msg: p.Error, cause: causeNamed(p.Cause)}
	}
	return p.Record, nil
}

// ServeWorker is the child side of isolation, run by `motebok worker` on
// its stdin and stdout. It applies the limits the parent sends first to its
// own process, then answers requests until stdin ends. A panic in extract
// becomes an error response; what cannot be recovered (a stack overflow,
// running out of memory) ends the process, and the parent reports the
// crash and starts another.
func ServeWorker(ctx context.Context, stdin io.Reader, stdout io.Writer, extract ExtractFunc) error {
	dec := json.NewDecoder(bufio.NewReaderSize(stdin, 64<<10))
	bw := bufio.NewWriterSize(stdout, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var hello workerHello
	if err := dec.Decode(&hello); err != nil {
		return ignoreEOF(err, "reading the worker hello")
	}
	if err := applyLimits(hello); err != nil {
		return err
	}
	for {
		var req workerRequest
		if err := dec.Decode(&req); err != nil {
			return ignoreEOF(err, "reading a worker request")
		}
		rec, err := safeExtract(ctx, extract, req.path(), req.Options)
		if err := enc.Encode(newResponse(req.ID, rec, err)); err != nil {
			return fmt.Errorf("writing a worker response: %w", err)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("writing a worker response: %w", err)
		}
	}
}

func ignoreEOF(err error, doing string) error {
	if errors.Is(err, io.EOF) {
		return nil
	}
	return fmt.Errorf("%s: %w", doing, err)
}

func applyLimits(h workerHello) error {
	if h.MaxStack > 0 {
		debug.SetMaxStack(h.MaxStack)
	}
	if h.MemLimit > 0 {
		if err := setMemLimit(h.MemLimit); err != nil {
			return fmt.Errorf("setting the worker memory limit: %w", err)
		}
	}
	return nil
}
