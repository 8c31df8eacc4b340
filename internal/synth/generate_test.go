package synth

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// readTree maps every file under dir to its contents.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestGenerateIsDeterministic(t *testing.T) {
	o := Options{N: 40, Seed: 5, Formats: Formats}
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := Generate(dir, o); err != nil {
			t.Fatal(err)
		}
	}
	fa, fb := readTree(t, a), readTree(t, b)
	if len(fa) != o.N+1 || len(fa) != len(fb) {
		t.Fatalf("got %d and %d files, want %d", len(fa), len(fb), o.N+1)
	}
	for name, data := range fa {
		if !bytes.Equal(data, fb[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	o.Seed = 6
	c := t.TempDir()
	if _, err := Generate(c, o); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(fa[TruthFile], readTree(t, c)[TruthFile]) {
		t.Error("seeds 5 and 6 gave the same archive")
	}
}

// TestTruthFile checks truth.jsonl against what truthscore.py reads: every
// row names an existing file and has date, present, absent, cases and
// decided, with arrays never null and a date exactly for minutes.
func TestTruthFile(t *testing.T) {
	dir := t.TempDir()
	rows, err := Generate(dir, Options{N: 60, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, TruthFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for ; sc.Scan(); n++ {
		var row map[string]any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		for _, k := range []string{"present", "absent", "cases", "decided"} {
			if _, ok := row[k].([]any); !ok {
				t.Errorf("line %d: %s is %v, want an array", n+1, k, row[k])
			}
		}
		date, isMinutes := row["date"].(string)
		if isMinutes != (row["kind"] == doc.KindMinutes) || isMinutes && len(date) != 10 {
			t.Errorf("line %d: kind %v with date %v", n+1, row["kind"], row["date"])
		}
		if st, err := os.Stat(filepath.Join(dir, row["file"].(string))); err != nil || st.Size() != int64(row["size"].(float64)) {
			t.Errorf("line %d: file %v: %v", n+1, row["file"], err)
		}
	}
	if n != len(rows) {
		t.Errorf("truth.jsonl has %d rows, Generate returned %d", n, len(rows))
	}
}

func TestGenerateRejectsBadOptions(t *testing.T) {
	for name, o := range map[string]Options{
		"negative count": {N: -1},
		"unknown format": {N: 1, Formats: []string{"doc"}},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Generate(t.TempDir(), o); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestMinutesShare(t *testing.T) {
	for _, share := range []float64{0.2, 0.8, 1} {
		n := 0
		for i := range 500 {
			if m, _ := Document(Options{Seed: 1, MinutesShare: share}, i); m.Kind == doc.KindMinutes {
				n++
			}
		}
		if got := float64(n) / 500; got < share-0.07 || got > share+0.07 {
			t.Errorf("share %.1f: got %.2f minutes", share, got)
		}
	}
}
