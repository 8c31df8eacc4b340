package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/motebok/motebok/extractors/doc"
)

// acceptedHeader is what the library insists on at offset 0.
var acceptedHeader = []byte("%PDF-1.7\n")

const (
	headWindow = 1024     // junk allowed before %PDF-
	tailWindow = 64 << 10 // where to look for the last %%EOF
)

var errReadLoop = errors.New("reads exceed the file size many times over (xref loop?)")

// view presents a PDF the way the library accepts it: starting at %PDF-,
// with a 1.x header, ending at the last %%EOF. It also aborts reads when
// ctx is done or, while opening, when a cross-reference loop keeps reading.
type view struct {
	ctx        context.Context
	r          io.ReaderAt
	base, size int64
	patch      bool  // overlay acceptedHeader at offset 0
	left       int64 // bytes still allowed while opening; < 0: no cap
}

func (v *view) ReadAt(p []byte, off int64) (int, error) {
	if err := v.ctx.Err(); err != nil {
		panic(err)
	}
	if v.left >= 0 {
		if v.left -= int64(len(p)); v.left < 0 {
			panic(errReadLoop)
		}
	}
	if off < 0 || off >= v.size {
		return 0, io.EOF
	}
	if rest := v.size - off; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := v.r.ReadAt(p, v.base+off)
	if v.patch && off < int64(len(acceptedHeader)) {
		copy(p[:n], acceptedHeader[off:])
	}
	if err == nil && off+int64(n) == v.size {
		err = io.EOF
	}
	return n, err
}

// open returns the library's reader, working around refused headers and
// trailing junk. Junk before %PDF- is tried both ways: offsets counted from
// %PDF- (usual) and from the start of the file.
func open(ctx context.Context, r io.ReaderAt, size int64) (*lpdf.Reader, *view, error) {
	head := make([]byte, min(size, headWindow))
	n, _ := r.ReadAt(head, 0)
	h := bytes.Index(head[:n], []byte("%PDF-"))
	if h < 0 {
		return nil, nil, fmt.Errorf("%w: no %%PDF- header", doc.ErrCorrupt)
	}
	end := tailEnd(r, size)
	bases := []int64{int64(h)}
	if h > 0 {
		bases = append(bases, 0)
	}
	var last error
	for _, base := range bases {
		v := &view{ctx: ctx, r: r, base: base, size: end - base, left: 16*size + 1<<20}
		v.patch = !accepted(head[base:n])
		rd, err := newReader(v)
		if err == nil {
			v.left = -1
			return rd, v, nil
		}
		if errors.Is(err, doc.ErrEncrypted) || ctx.Err() != nil {
			return nil, nil, err
		}
		last = err
	}
	return nil, nil, last
}

func accepted(b []byte) bool {
	return len(b) >= 9 && bytes.HasPrefix(b, []byte("%PDF-1.")) && b[7] >= '0' && b[7] <= '7' && (b[8] == '\r' || b[8] == '\n')
}

// tailEnd returns the offset just after the last %%EOF near the end of the
// file, or size when there is none.
func tailEnd(r io.ReaderAt, size int64) int64 {
	start := max(0, size-tailWindow)
	buf := make([]byte, size-start)
	n, _ := r.ReadAt(buf, start)
	if i := bytes.LastIndex(buf[:n], []byte("%%EOF")); i >= 0 {
		return start + int64(i) + 5
	}
	return size
}

// newReader opens v with the library and checks that the page tree root
// can be reached (wrong offsets only show when objects are loaded).
func newReader(v *view) (rd *lpdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			rd, err = nil, fmt.Errorf("%w: %v", doc.ErrCorrupt, x)
		}
	}()
	rd, err = lpdf.NewReader(v, v.size)
	if err != nil {
		if ctxErr := v.ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		if errors.Is(err, lpdf.ErrInvalidPassword) || strings.Contains(strings.ToLower(err.Error()), "encrypt") {
			return nil, fmt.Errorf("%w: %v", doc.ErrEncrypted, err)
		}
		// The library doubles the percent sign of its "missing %EOF".
		return nil, fmt.Errorf("%w: %s", doc.ErrCorrupt, strings.ReplaceAll(err.Error(), "%%EOF", "%EOF"))
	}
	if rd.Trailer().Key("Root").Key("Pages").Kind() != lpdf.Dict {
		return nil, fmt.Errorf("%w: no page tree", doc.ErrCorrupt)
	}
	return rd, nil
}
