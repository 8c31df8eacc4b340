package pdf

import (
	"fmt"
	"io"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/motebok/motebok/extractors/doc"
)

// maxStream caps one decoded stream; a flate bomb stops here.
const maxStream = 64 << 20

// budget is what is left of lim.MaxUncompressed for the whole document.
type budget struct{ left int64 }

// read decodes a stream, or each stream of an array, within the budget. A
// damaged stream returns what could be decoded together with the error.
func (b *budget) read(v lpdf.Value) ([]byte, error) {
	if v.Kind() != lpdf.Array {
		return b.readOne(v)
	}
	var out []byte
	var first error
	for i := 0; i < v.Len(); i++ {
		data, err := b.readOne(v.Index(i))
		out = append(append(out, data...), '\n')
		if err != nil && first == nil {
			first = err
		}
	}
	return out, first
}

func (b *budget) readOne(v lpdf.Value) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: decoding stream: %v", doc.ErrCorrupt, r)
		}
	}()
	if v.Kind() != lpdf.Stream {
		return nil, nil
	}
	limit := min(b.left, maxStream)
	data, err = io.ReadAll(io.LimitReader(v.Reader(), limit+1))
	if int64(len(data)) > limit {
		b.left = 0
		return nil, fmt.Errorf("stream over %d bytes: %w", limit, doc.ErrLimit)
	}
	b.left -= int64(len(data))
	if err != nil {
		err = fmt.Errorf("%w: decoding stream: %v", doc.ErrCorrupt, err)
	}
	return data, err
}
