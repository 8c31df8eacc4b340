package pdf

import "math"

// ruling is a horizontal or vertical line drawn on the page (a table
// border, an underline), in device space with x0 <= x1 and y0 <= y1.
type ruling struct{ x0, y0, x1, y1 float64 }

func (r ruling) horizontal() bool { return r.y1-r.y0 < r.x1-r.x0 }

const (
	maxRulings   = 20000
	minRuleLen   = 4   // points
	thinRect     = 2.5 // a filled rectangle this thin is a line
	maxPathParts = 4096
)

// path is the path under construction, already in device space.
type path struct {
	segs       []ruling
	cur, start [2]float64
}

// graphics handles path construction and painting; it reports whether op
// was one of them.
func (in *interp) graphics(op string, s *scanner) bool {
	p, ctm := &in.path, in.gs.ctm
	switch op {
	case "m":
		x, y := ctm.apply(s.last(1).num, s.last(0).num)
		p.cur, p.start = [2]float64{x, y}, [2]float64{x, y}
	case "l":
		x, y := ctm.apply(s.last(1).num, s.last(0).num)
		p.line(p.cur, [2]float64{x, y})
		p.cur = [2]float64{x, y}
	case "c", "v", "y":
		x, y := ctm.apply(s.last(1).num, s.last(0).num)
		p.cur = [2]float64{x, y}
	case "h":
		p.line(p.cur, p.start)
		p.cur = p.start
	case "re":
		p.rect(ctm, s.last(3).num, s.last(2).num, s.last(1).num, s.last(0).num)
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
		in.commitPath()
	case "n":
		p.segs = p.segs[:0]
	default:
		return false
	}
	return true
}

func (p *path) line(a, b [2]float64) {
	if len(p.segs) < maxPathParts {
		p.segs = append(p.segs, ruling{a[0], a[1], b[0], b[1]})
	}
}

// rect adds a rectangle: a thin one as a single line, others as 4 edges.
func (p *path) rect(ctm mat, x, y, w, h float64) {
	switch {
	case math.Abs(h) <= thinRect:
		p.addLine(ctm, x, y+h/2, x+w, y+h/2)
	case math.Abs(w) <= thinRect:
		p.addLine(ctm, x+w/2, y, x+w/2, y+h)
	default:
		p.addLine(ctm, x, y, x+w, y)
		p.addLine(ctm, x+w, y, x+w, y+h)
		p.addLine(ctm, x+w, y+h, x, y+h)
		p.addLine(ctm, x, y+h, x, y)
	}
	x0, y0 := ctm.apply(x, y)
	p.cur, p.start = [2]float64{x0, y0}, [2]float64{x0, y0}
}

func (p *path) addLine(ctm mat, x0, y0, x1, y1 float64) {
	ax, ay := ctm.apply(x0, y0)
	bx, by := ctm.apply(x1, y1)
	p.line([2]float64{ax, ay}, [2]float64{bx, by})
}

// commitPath keeps the axis-parallel segments of the painted path.
func (in *interp) commitPath() {
	for _, s := range in.path.segs {
		if len(in.out.rules) >= maxRulings || !finite(s.x0, s.y0, s.x1, s.y1) {
			break
		}
		r := ruling{math.Min(s.x0, s.x1), math.Min(s.y0, s.y1), math.Max(s.x0, s.x1), math.Max(s.y0, s.y1)}
		w, h := r.x1-r.x0, r.y1-r.y0
		if (h < 1 && w >= minRuleLen) || (w < 1 && h >= minRuleLen) {
			in.out.rules = append(in.out.rules, r)
		}
	}
	in.path.segs = in.path.segs[:0]
}

// rotateRules maps rulings into the frame of text direction q.
func rotateRules(rules []ruling, q uint8) []ruling {
	out := make([]ruling, 0, len(rules))
	for _, r := range rules {
		x0, y0 := rotate(q, r.x0, r.y0)
		x1, y1 := rotate(q, r.x1, r.y1)
		out = append(out, ruling{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)})
	}
	return out
}

// edgeTol is how close to the page box's edge a ruling is taken as the
// edge of a background or a frame rather than a border inside the page.
const edgeTol = 1.5

// insideBox drops the rulings that lie on or beyond an edge of the page box
// (x0, y0, x1, y1): slide backgrounds and page frames, which separate
// nothing, even text that overflows the page.
func insideBox(rules []ruling, box [4]float64) []ruling {
	out := rules[:0:0]
	for _, r := range rules {
		var lo, hi, e0, e1 float64
		if r.horizontal() {
			lo, hi, e0, e1 = r.y0, r.y1, box[1], box[3]
		} else {
			lo, hi, e0, e1 = r.x0, r.x1, box[0], box[2]
		}
		if lo > e0+edgeTol && hi < e1-edgeTol {
			out = append(out, r)
		}
	}
	return out
}
