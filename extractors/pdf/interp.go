package pdf

import (
	"context"
	"errors"
	"fmt"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/motebok/motebok/extractors/doc"
)

// Limits of one page's content, so that a hostile page ends with an error.
const (
	maxOps        = 5_000_000
	maxWords      = 400_000
	maxGStack     = 256
	maxFormDepth  = 8
	maxForms      = 2000
	maxStackArgs  = 64
	ctxCheckEvery = 4096
)

var errTooComplex = errors.New("page content too complex")

type gstate struct {
	ctm        mat
	font       *font
	size       float64
	tc, tw, th float64
	tl         float64
}

// interp runs content streams and collects the words and rulings drawn.
type interp struct {
	ctx    context.Context
	fonts  *fontCache
	budget *budget
	warn   func(string)

	gs         gstate
	stack      []gstate
	tm, tlm    mat
	path       path
	out        pageContent
	spaceAfter bool // the last string shown ended with a space
	ops        int
	forms      int
}

func newInterp(ctx context.Context, fonts *fontCache, b *budget, warn func(string)) *interp {
	return &interp{ctx: ctx, fonts: fonts, budget: b, warn: warn,
		gs: gstate{ctm: identity, th: 1}, tm: identity, tlm: identity}
}

// run interprets one content stream with its resources.
func (in *interp) run(data []byte, res lpdf.Value, depth int) error {
	s := newScanner(data, maxStackArgs)
	fonts := map[string]*font{}
	for {
		op, ok := s.nextOp()
		if !ok {
			if s.deep {
				in.warn(fmt.Sprintf("content stream nests arrays deeper than %d levels: inner levels skipped", maxArrayDepth))
			}
			return nil
		}
		if in.ops++; in.ops%ctxCheckEvery == 0 {
			if err := in.ctx.Err(); err != nil {
				return err
			}
			if in.ops > maxOps {
				return fmt.Errorf("%w: over %d operators: %w", errTooComplex, maxOps, doc.ErrLimit)
			}
		}
		if !in.state(op, s) && !in.text(op, s, res, fonts) && !in.graphics(op, s) && op == "Do" {
			if err := in.form(s.last(0).text, res, depth); err != nil {
				return err
			}
		}
	}
}

// state handles the graphics-state operators; it reports whether op was one.
func (in *interp) state(op string, s *scanner) bool {
	switch op {
	case "q":
		if len(in.stack) < maxGStack {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs, in.stack = in.stack[n-1], in.stack[:n-1]
		}
	case "cm":
		if m, ok := lastMatrix(s); ok {
			in.gs.ctm = m.mul(in.gs.ctm)
		}
	default:
		return false
	}
	return true
}

// lastMatrix reads the six numbers before a cm or Tm operator.
func lastMatrix(s *scanner) (mat, bool) {
	if len(s.args) < 6 {
		return mat{}, false
	}
	var m mat
	for i := range m {
		o := s.last(5 - i)
		if o.kind != tNum {
			return mat{}, false
		}
		m[i] = o.num
	}
	return m, finite(m[:]...)
}

// form runs a Form XObject drawn by Do, inside its own graphics state.
func (in *interp) form(name string, res lpdf.Value, depth int) error {
	xo := res.Key("XObject").Key(name)
	if xo.Kind() != lpdf.Stream || xo.Key("Subtype").Name() != "Form" {
		return nil
	}
	if depth >= maxFormDepth || in.forms >= maxForms {
		in.warn(fmt.Sprintf("form XObject %s skipped: nesting or count limit", name))
		return nil
	}
	in.forms++
	data, err := in.budget.read(xo)
	if err != nil {
		in.warn(fmt.Sprintf("form XObject %s: %v", name, err))
	}
	saved, n := in.gs, len(in.stack)
	if m, ok := arrayMatrix(xo.Key("Matrix")); ok {
		in.gs.ctm = m.mul(in.gs.ctm)
	}
	sub := xo.Key("Resources")
	if sub.Kind() != lpdf.Dict {
		sub = res
	}
	err = in.run(data, sub, depth+1)
	in.gs, in.stack = saved, in.stack[:min(n, len(in.stack))]
	return err
}

func arrayMatrix(v lpdf.Value) (mat, bool) {
	if v.Len() != 6 {
		return mat{}, false
	}
	var m mat
	for i := range m {
		m[i] = v.Index(i).Float64()
	}
	return m, finite(m[:]...)
}
