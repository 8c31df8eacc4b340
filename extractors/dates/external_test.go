package dates

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// TestDuckling reports the pass rate on the rows of Duckling's Norwegian
// time corpus that are calendar dates: day, week, month, quarter and year
// instants and day intervals, without holidays, times of day or seasons
// (Duckling's seasons are astronomical). Duckling resolves a missing year
// to the future; Find takes the nearest occurrence, so some rows differ by
// design.
func TestDuckling(t *testing.T) {
	// Third-party Norwegian date test data (Duckling, BSD licence), among
	// the external test documents $MOTEBOK_EXTERNAL names (make test-external).
	f, err := os.Open(filepath.Join(os.Getenv("MOTEBOK_EXTERNAL"), "dates", "duckling_time_nb.tsv"))
	if err != nil {
		t.Skip("external date corpus absent:", err)
	}
	defer f.Close()
	var total, pass int
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		want, ok := ducklingValue(c)
		if !ok {
			continue
		}
		ref, _ := time.Parse(time.RFC3339, c[1])
		total++
		if found(Find(c[0], ref), want) {
			pass++
		} else {
			t.Logf("miss %-35q want %s got %+v", c[0], want, Find(c[0], ref))
		}
	}
	rate := float64(pass) / float64(total)
	t.Logf("Duckling nb calendar rows: %d/%d = %.3f", pass, total, rate)
	if rate < 0.5 {
		t.Errorf("pass rate %.3f fell below 0.5", rate)
	}
}

// ducklingValue converts an in-scope row to the EDTF value Find should give.
func ducklingValue(c []string) (string, bool) {
	expr, val, grain, kind := c[0], c[2], c[3], c[4]
	if len(c) > 5 && c[5] != "" || strings.Contains(expr, "sommer") || strings.Contains(expr, "vinter") {
		return "", false
	}
	day := func(s string) (time.Time, bool) {
		d, err := time.Parse(time.RFC3339, s)
		return d, err == nil
	}
	switch kind {
	case "instant":
		d, ok := day(val)
		if !ok {
			return "", false
		}
		p := dayOf(d)
		switch grain {
		case "day":
		case "week":
			y, w := d.ISOWeek()
			p = period{g: gWeek, y: y, code: w}
		case "month":
			p.g = gMonth
		case "quarter":
			p = period{g: gSeason, y: d.Year(), code: quarter + (int(d.Month())-1)/3}
		case "year":
			p.g = gYear
		default:
			return "", false
		}
		return p.edtf(), true
	case "interval":
		a, b, _ := strings.Cut(val, "/")
		da, ok1 := day(a)
		db, ok2 := day(b)
		if grain != "day" || !ok1 || !ok2 {
			return "", false
		}
		return dayOf(da).edtf() + "/" + dayOf(db.AddDate(0, 0, -1)).edtf(), true
	}
	return "", false
}

// found reports whether one of the dates has the value.
func found(got []doc.Date, want string) bool {
	for _, d := range got {
		if d.Value == want {
			return true
		}
	}
	return false
}
