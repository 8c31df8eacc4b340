package pdf

import "math"

// mat is a PDF transformation matrix [a b c d e f]; points are row vectors,
// so p' = p × m.
type mat [6]float64

var identity = mat{1, 0, 0, 1, 0, 0}

// mul returns m × n: first m, then n.
func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m mat) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

func translate(tx, ty float64) mat { return mat{1, 0, 0, 1, tx, ty} }

// quadrant returns the direction of m's x axis rounded to a multiple of 90°:
// 0 right, 1 up, 2 left, 3 down.
func (m mat) quadrant() uint8 {
	a := math.Atan2(m[1], m[0])
	q := int(math.Round(a/(math.Pi/2))) % 4
	if q < 0 {
		q += 4
	}
	return uint8(q)
}

// rotate maps a device point into the frame of quadrant q, where text of
// that direction runs left to right and y grows upwards.
func rotate(q uint8, x, y float64) (float64, float64) {
	switch q {
	case 1:
		return y, -x
	case 2:
		return -x, -y
	case 3:
		return -y, x
	}
	return x, y
}

func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}
