package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// headSize is how much of a file's start is kept to sniff a PDF header,
// which may follow some junk.
const headSize = 1024

// hashStage hashes the files of the jobs it receives.
func (r *run) hashStage(ctx context.Context, in <-chan *job, out chan<- *job) error {
	for j := range in {
		start := time.Now()
		r.hashJob(j)
		r.t.timed(stageHash, start)
		if err := send(ctx, out, j); err != nil {
			return err
		}
	}
	return nil
}

func (r *run) hashJob(j *job) {
	if j.err != nil {
		return
	}
	sum, st, pdf, err := hashFile(j.path, r.cfg.Options.Limits)
	switch {
	case errors.Is(err, os.ErrNotExist):
		j.gone = true
	case err != nil:
		j.err = err
	default:
		j.sha, j.st, j.looksPDF = sum, st, pdf
		p := j.prev
		j.touched = p != nil && p.Status == StatusOK && p.SHA256 == sum && p.Version == r.key
	}
}

// hashFile streams a file through SHA-256. It opens without blocking (a
// FIFO put in place of a file must not hang the run), refuses what is not
// a regular file or is too large, and re-stats the path afterwards: a file
// that changed meanwhile gives errChanged. The stat returned is the one
// taken before reading, so that a later change is seen next run.
func hashFile(path string, lim doc.Limits) (sum string, st fileStat, looksPDF bool, err error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return "", st, false, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", st, false, err
	}
	if !fi.Mode().IsRegular() {
		return "", st, false, &doc.ExtractError{Path: path, Offset: -1, Err: fmt.Errorf("not a regular file: %w", doc.ErrUnsupported)}
	}
	st = statOf(fi)
	if err := checkSize(path, st.Size, lim); err != nil {
		return "", st, false, err
	}
	h := sha256.New()
	head := make([]byte, headSize)
	n, err := io.ReadFull(f, head)
	if err == nil || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		h.Write(head[:n])
		_, err = io.Copy(h, f)
	}
	if err != nil {
		return "", st, false, fmt.Errorf("reading %s: %w", path, err)
	}
	after, err := os.Lstat(path)
	if err != nil {
		return "", st, false, err
	}
	if !statOf(after).same(st) {
		return "", st, false, fmt.Errorf("%s: %w", path, errChanged)
	}
	return hex.EncodeToString(h.Sum(nil)), st, bytes.Contains(head[:n], []byte("%PDF-")), nil
}
